import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../support/browser';
import { searchSite } from '../support/pagefind';

describeBrowser('search and quizzes', () => {
	const session = useBrowser();

	it('a word from a quiz explanation brings up no excerpt containing it, and no quiz page', async () => {
		// "passive" appears on the site only in the explanation of comparing-reports → dozens-source.
		const { page } = await session.open('/');
		const hits = await searchSite(page, 'passive');
		expect(hits.filter((hit) => /passive/i.test(hit.excerpt))).toEqual([]);
		expect(hits.filter((hit) => hit.url.includes('/quizzes/'))).toEqual([]);
	});

	it('evidence quoted in a quiz answer does not surface in quiz page excerpts', async () => {
		// A quote used only as quiz evidence on the ceasefire-terms quiz page (it is also in the source page).
		const { page } = await session.open('/');
		const hits = await searchSite(page, 'Yevlkah');
		expect(hits.filter((hit) => hit.url.includes('/quizzes/'))).toEqual([]);
		expect(hits.some((hit) => hit.url.includes('/sources/report-a/'))).toBe(true);
	});

	it('quiz pages themselves can be found', async () => {
		const { page } = await session.open('/');
		const hits = await searchSite(page, 'review');
		expect(hits.some((hit) => hit.url.endsWith('/quizzes/review/'))).toBe(true);
	});
});
