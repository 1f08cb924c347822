// Words run together on built pages: Astro drops the white space at a line's end before an inline element, and text
// that only CSS separates (a `::before` separator, a block label) is one word when copied, read as text or indexed.
// Reported: "Withoutmode=test", "Downloads:JSON" (quiz pages), "available.Reload to update" (the offline footer),
// "offensiveParagraph", "ExpressNamed" (source pages' facts), "TuesdayTuesday," (the timeline), /compare/ badges and
// notes, "Karabakh Armenianauthorities" (diagram labels), "injuredD." (answer keys). glued-links.test.ts checks links
// and inline code in the main content; this checks every inline element of the whole page, the footer included.
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { readablePages } from '../../support/site-pages';

const pages = readablePages();
const EDGE = '\u0001';
// A word (or a word-ending mark) and a word with nothing but an inline element's edge between them: "available.|Reload",
// "Tuesday|Tuesday", "Report A|(". Not "report|’s", "[A7]|." or "|21" after a space: punctuation and spaces separate.
const glued = new RegExp(`[\\p{L}\\p{N}.,:;!?)\\]]${EDGE}+[\\p{L}\\p{N}(]`, 'gu');
// Two words joined where one starts with a capital ("offensiveParagraph", "grid:Who"), in the page's visible text:
// catches text that runs together across an element of any kind. Names written so are allowed.
const camel = /\S*(?:\p{Ll}\p{Lu}|\p{Ll}[.:;!?]\p{Lu}\p{Ll})\S*/gu;
const NAMES = new Set([
	'McNulty',
	'McNulty,',
	'JavaScript',
	'JavaScript.',
	'JavaScript,',
	'JavaScript;',
	'JavaScript:',
]);
const isAddress = (word: string) => /[/@=]|\.(?:json|xml|zip|csv|txt|imscc|html)\b/.test(word);

describeBrowser('words are not run together', () => {
	const session = useBrowser();

	it('no inline element of any page, footer included, touches a word on either side without a space', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const found: string[] = [];
		for (const path of pages) {
			await page.goto(siteUrl(path), { waitUntil: 'load' });
			const { marked, plain } = await page.evaluate((edge) => {
				// The footer's "Available offline" shows only with JavaScript; its text is checked as it would show.
				for (const el of document.querySelectorAll('offline-status, offline-status [hidden]'))
					el.removeAttribute('hidden');
				const plain = document.body.innerText;
				const inline = [...document.body.querySelectorAll('*')].filter((el) =>
					// In a figure's SVG, a label's lines (tspan) are words of one text.
					el.closest('svg')
						? el.localName === 'tspan'
						: getComputedStyle(el).display.startsWith('inline') && (el.textContent ?? '').trim() !== '',
				);
				for (const el of inline) {
					el.before(edge);
					el.after(edge);
				}
				return { marked: document.body.innerText, plain };
			}, EDGE);
			for (const line of marked.split('\n'))
				for (const match of line.matchAll(glued))
					found.push(`${path}: …${line.slice(Math.max(0, match.index - 30), match.index + 30).replaceAll(EDGE, '|')}…`);
			for (const match of plain.matchAll(camel))
				if (!NAMES.has(match[0]) && !isAddress(match[0])) found.push(`${path}: ${match[0]}`);
		}
		await context.close();
		expect(found).toEqual([]);
	}, 240_000);
});
