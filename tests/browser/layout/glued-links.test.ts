// Issue 24: no link glued to a word in the rendered text of any page's main content ("Theanswer key",
// "reportsexplains", "Downloads:JSON"), the usual sign of white space lost around an inline element in MDX or Astro.
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { readablePages } from '../../support/site-pages';

const pages = readablePages();
const START = '\u0001';
const END = '\u0002';
// Before a link: a letter, digit or a word-ending mark (".", ",", ":", ";", ")") with no space between.
const gluedBefore = new RegExp(`[\\p{L}\\p{N}.,:;)\\]]${START}`, 'gu');
// After a link: a letter or digit, or a mark that is itself followed by a letter ("JSON:and"), with no space between.
// A link followed by punctuation (".", ",", ")", "’s", ":" then a space) is how sentences go on.
const gluedAfter = new RegExp(`${END}(?:[\\p{L}\\p{N}(]|[.,:;][\\p{L}\\p{N}])`, 'gu');

describeBrowser('links are not glued to words', () => {
	const session = useBrowser();

	it('every page’s main content has a space or punctuation around each link', async () => {
		const context = await session.browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const glued: string[] = [];
		for (const path of pages) {
			await page.goto(siteUrl(path), { waitUntil: 'load' });
			const text = await page.evaluate(
				([start, end]) => {
					const main = document.querySelector('main');
					if (!main) return '';
					// Links and inline code; not Starlight's heading anchors, an icon beside the heading.
					for (const a of main.querySelectorAll<HTMLElement>('a[href]:not(.sl-anchor-link), :not(pre) > code')) {
						// Not shown (e.g. a glossary term's no-JavaScript link where its button shows): innerText would be its text.
						if (!a.innerText.trim() || a.getClientRects().length === 0) continue;
						a.before(start!);
						a.after(end!);
					}
					return main.innerText;
				},
				[START, END],
			);
			for (const line of text.split('\n')) {
				for (const match of [...line.matchAll(gluedBefore), ...line.matchAll(gluedAfter)]) {
					const around = line.slice(Math.max(0, match.index - 30), match.index + 30);
					glued.push(`${path}: …${around.replaceAll(START, '|').replaceAll(END, '|')}…`);
				}
			}
		}
		await context.close();
		expect(glued).toEqual([]);
	}, 240_000);
});
