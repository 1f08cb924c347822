// Lessons on paper: lesson 1 prints on at most 8 A4 pages without its quiz (a note names the worksheet instead),
// the map beside its text rather than pushed to page 2, the lesson's title and page numbers in the page margins.
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../../support/browser';
import { printedPages } from '../../support/pdf-pages';

const LESSONS = ['background', 'actors', 'ceasefire-terms', 'open-questions', 'comparing-reports'];

describeBrowser('lessons in print', () => {
	const session = useBrowser();

	it('lesson 1 prints on at most 8 A4 pages; every lesson’s count is reported', async () => {
		const counts: Record<string, number> = {};
		for (const lesson of LESSONS) {
			const { page, errors } = await session.open(`/lessons/${lesson}/`);
			counts[lesson] = await printedPages(page, 'A4');
			expect(errors).toEqual([]);
			await page.context().close();
		}
		console.info(`A4 pages per lesson: ${JSON.stringify(counts)}`);
		expect(counts.background).toBeLessThanOrEqual(8);
	});

	it('leaves the quiz out, names its worksheet, and sets the map beside the text', async () => {
		const { page } = await session.open('/lessons/background/', { javaScriptEnabled: false });
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.quiz fieldset').first().isVisible()).resolves.toBe(false);
		const note = await page.locator('.quiz').evaluate((q) => getComputedStyle(q, '::before').content);
		expect(note).toMatch(/On paper, use its worksheet: "?\s*attr\(data-worksheet\)|teachers\/worksheets\/background\//);
		await expect(page.locator('.quiz').getAttribute('data-worksheet')).resolves.toMatch(
			/\/teachers\/worksheets\/background\/$/,
		);
		const map = await page.locator('.locator-map').evaluate((f) => ({
			float: getComputedStyle(f).float,
			share: f.getBoundingClientRect().width / f.parentElement!.getBoundingClientRect().width,
		}));
		expect(map.float).not.toBe('none');
		expect(map.share).toBeLessThan(0.6);
		// On screen the quiz is there as always.
		await page.emulateMedia({ media: 'screen' });
		await expect(page.locator('.quiz fieldset').first().isVisible()).resolves.toBe(true);
	});

	it('puts the lesson title at the top of each printed page and "Page N of M" at the foot', async () => {
		const { page } = await session.open('/lessons/background/');
		const title = await page.locator('h1').innerText();
		const rules = await page.evaluate(() =>
			[...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n'),
		);
		expect(rules).toMatch(/@top-left\s*\{[^}]*content:/);
		expect(rules).toContain(JSON.stringify(title.replace(/\s+/g, ' ')));
		expect(rules).toMatch(/@bottom-right\s*\{[^}]*counter\(page\)[^}]*counter\(pages\)/);
	});
});
