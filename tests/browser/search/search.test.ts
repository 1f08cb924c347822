import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { runQueries, summarise } from '../../search/evaluate.mjs';
import { describeBrowser, useBrowser } from '../../support/browser';
import { searchInDialog, searchSite } from '../../support/pagefind';

describeBrowser('search and quizzes', () => {
	const session = useBrowser();

	it('a word from a quiz explanation brings up no excerpt containing it, and no quiz page', async () => {
		// "passive" appears on the site only in the explanation of comparing-reports → dozens-source.
		const { page } = await session.open('/');
		// Pagefind stems it to "pass", so prompts with "passed" may match: no excerpt may show the word itself, and the
		// quiz and lesson that hold the explanation must not come up for it.
		const hits = await searchSite(page, 'passive');
		expect(hits.filter((hit) => /passive/i.test(hit.excerpt))).toEqual([]);
		expect(hits.filter((hit) => /\/(quizzes|lessons)\/comparing-reports\//.test(hit.url))).toEqual([]);
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

describeBrowser('search quality and the search UI', () => {
	const session = useBrowser();

	it('finds the right page first for at least 85% of the query set and in the top 3 for 95% (tests/search/queries.json)', async () => {
		const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as {
			queries: { q: string; expected: string[] }[];
		};
		expect(queries.length).toBeGreaterThanOrEqual(30);
		const { page } = await session.open('/');
		const outcomes = await runQueries(page, queries);
		const summary = summarise(outcomes);
		const misses = outcomes
			.filter((o) => o.rank < 1 || o.rank > 3)
			.map((o) => `${o.q} → ${o.got.slice(0, 3).join(', ')}`);
		console.log(
			`search: hit@1 ${(summary.hitAt1 * 100).toFixed(1)}%, hit@3 ${(summary.hitAt3 * 100).toFixed(1)}%, median ${summary.medianMs.toFixed(1)} ms`,
		);
		expect(summary.hitAt3, `misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(0.95);
		expect(summary.hitAt1).toBeGreaterThanOrEqual(0.85);
	});

	it('offers a filter by kind, and results show their kind and an excerpt', async () => {
		const { page, errors } = await session.open('/');
		const dialog = await searchInDialog(page, 'Yevlakh');
		await dialog.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
		await expect
			.poll(() => dialog.locator('.pagefind-ui__result-title').allTextContents(), { timeout: 10_000 })
			.toEqual(expect.arrayContaining([expect.stringMatching(/^\s*Source report: /)]));
		await expect(dialog.locator('.pagefind-ui__result-excerpt').first().textContent()).resolves.toMatch(/\w{3,}/);

		const filter = dialog.locator('.pagefind-ui__filter-panel');
		await expect(filter.textContent()).resolves.toMatch(/kind/i);
		if (!(await dialog.getByRole('checkbox', { name: /Glossary/ }).isVisible()))
			await filter.locator('summary, .pagefind-ui__filter-name').first().click();
		await dialog.getByRole('checkbox', { name: /Glossary/ }).check();
		const pageTitles = () =>
			dialog
				.locator('.pagefind-ui__result')
				.evaluateAll((results) =>
					results.map((r) => r.querySelector('.pagefind-ui__result-title')?.textContent?.trim()),
				);
		await expect.poll(pageTitles, { timeout: 10_000 }).toEqual(['Glossary']);
		expect(errors).toEqual([]);
	});

	it('a misspelt word shows "Showing results for …" with the right pages, and a way to search what was typed', async () => {
		const { page, errors } = await session.open('/lessons/background/');
		await page.getByRole('button', { name: 'Search Ctrl K' }).click();
		const dialog = page.getByRole('dialog');
		const box = dialog.getByRole('textbox', { name: 'Search' });
		await box.fill('withdrawl');
		const notice = dialog.locator('.search-correction[role="status"]');
		await expect
			.poll(() => notice.textContent(), { timeout: 15_000 })
			.toMatch(/^Showing results for withdrawn\. Search for “withdrawl” instead$/);
		// One entry per page: a page's sub-results (its headings) are not other pages.
		const urls = () =>
			dialog
				.locator('.pagefind-ui__result-title .pagefind-ui__result-link')
				.evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
		// The lessons that explain the withdrawal term: the terms lesson, and the open question of Armenian troops.
		const explaining = (pages: string[]) =>
			pages.some((p) => ['/lessons/ceasefire-terms/', '/lessons/open-questions/'].includes(p));
		await expect.poll(async () => explaining((await urls()).slice(0, 3)), { timeout: 10_000 }).toBe(true);

		await notice.getByRole('button', { name: 'Search for “withdrawl” instead' }).click();
		await expect.poll(() => box.inputValue()).toBe('"withdrawl"');
		await expect.poll(() => notice.textContent(), { timeout: 10_000 }).toBe('');
		await expect
			.poll(() => dialog.locator('.pagefind-ui__message').textContent(), { timeout: 10_000 })
			.toMatch(/No results/i);
		expect(errors).toEqual([]);
	});

	it('another spelling of a name finds the lesson about what the person did, not only the glossary', async () => {
		const { page, errors } = await session.open('/');
		const dialog = await searchInDialog(page, 'Aliev');
		// One entry per page: a page's sub-results (its headings) are not other pages.
		const urls = () =>
			dialog
				.locator('.pagefind-ui__result-title .pagefind-ui__result-link')
				.evaluateAll((links) => [...new Set(links.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
		await expect
			.poll(async () => (await urls()).slice(0, 3), { timeout: 15_000 })
			.toEqual(expect.arrayContaining(['/lessons/actors/']));
		await expect(dialog.locator('.search-correction').textContent()).resolves.toBe('');
		expect(errors).toEqual([]);
	});

	it('does not index answer keys, worksheets, the progress page or the 404 page', async () => {
		const { page } = await session.open('/');
		for (const q of ['answer key', 'worksheet', 'progress', 'not found']) {
			const urls = (await searchSite(page, q)).map((hit) => hit.url);
			expect(
				urls.filter((url) => /answer-keys|worksheets|progress|404/.test(url)),
				q,
			).toEqual([]);
		}
	});
});
