// The home page leads with the learning path (lesson 1 first, then the other lessons and the quizzes); the reports
// come after it.
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../../support/browser';

describeBrowser('home page order', () => {
	const session = useBrowser();

	it('puts lesson 1 first, then the lessons and quizzes, then the sources', async () => {
		const { page } = await session.open('/', { javaScriptEnabled: false });
		const links = await page.$$eval('main .sl-markdown-content a[href]:not(.sl-anchor-link)', (as) =>
			as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
		const at = (path: string) => links.findIndex((href) => href.endsWith(path));
		expect(links[0]).toMatch(/\/lessons\/background\/$/);
		for (const lesson of ['actors', 'ceasefire-terms', 'open-questions', 'comparing-reports'])
			expect(at(`/lessons/${lesson}/`)).toBeGreaterThan(0);
		expect(at('/quizzes/')).toBeGreaterThan(at('/lessons/comparing-reports/'));
		expect(at('/sources/')).toBeGreaterThan(at('/quizzes/'));
		const headings = await page.locator('main h2').allInnerTexts();
		expect(headings.indexOf('Learning path')).toBeLessThan(headings.indexOf('The sources'));
	});
});
