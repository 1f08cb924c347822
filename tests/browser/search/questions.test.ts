// Students' questions in the search dialog (README "Search"): the page whose heading asks the question comes first, a
// name the reports never mention says so, "quiz on …" finds the quiz, and typos still find their pages.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../../support/browser';
import { searchInDialog } from '../../support/pagefind';
import { runQueries } from '../../search/evaluate.mjs';

const DIST = process.env.OUT_DIR ?? 'dist';

describeBrowser('search answers questions', () => {
	const session = useBrowser();

	it('ranks the page whose heading asks the question first, finds quizzes and keeps typos working', async () => {
		const { page, errors } = await session.open('/');
		const outcomes = await runQueries(page, [
			{ q: 'when did the ceasefire start', expected: ['/lessons/ceasefire-terms/'] },
			{ q: 'quiz on the ceasefire terms', expected: ['/quizzes/ceasefire-terms/'] },
			{ q: 'quiz about actors', expected: ['/quizzes/actors/'] },
			{ q: 'what is a blockade', expected: ['/glossary/'] },
		]);
		expect(outcomes.map((o) => [o.q, o.got[0]])).toEqual(outcomes.map((o) => [o.q, o.expected[0]]));
		const typos = await runQueries(page, [
			{ q: 'Azerbajan', expected: ['/lessons/background/', '/lessons/actors/', '/glossary/'] },
			{ q: 'Karabach', expected: ['/lessons/background/', '/glossary/'] },
			{ q: 'peacekeeper', expected: ['/glossary/', '/lessons/actors/'] },
		]);
		for (const o of typos) expect(o.rank, `${o.q}: ${o.got.join(' ')}`).toBeGreaterThanOrEqual(1);
		for (const o of typos) expect(o.rank, `${o.q}: ${o.got.join(' ')}`).toBeLessThanOrEqual(3);
		expect(errors).toEqual([]);
	});

	it('says the reports do not mention a name that no page has, and shows no page that only shares letters', async () => {
		const { page, errors } = await session.open('/');
		const dialog = await searchInDialog(page, 'Stepanakert');
		const notice = dialog.locator('.search-correction[role="status"]');
		await expect
			.poll(() => notice.textContent(), { timeout: 15_000 })
			.toBe('The reports do not mention “Stepanakert”.');
		await expect
			.poll(() => dialog.locator('.pagefind-ui__message').textContent(), { timeout: 10_000 })
			.toMatch(/No results/i);
		await expect(dialog.locator('.pagefind-ui__result').count()).resolves.toBe(0);
		const none = await runQueries(page, [
			{ q: 'Putin', expected: [] },
			{ q: 'refugees', expected: [] },
			{ q: 'what did putin say', expected: [] },
		]);
		expect(none.map((o) => [o.q, o.got])).toEqual(none.map((o) => [o.q, []]));
		expect(errors).toEqual([]);
	});

	it('keeps the words of terms and definitions, and of table cells, apart in the index', () => {
		const vocabulary = JSON.parse(readFileSync(`${DIST}/search/vocabulary.json`, 'utf8')) as { words: string[] };
		const joined = vocabulary.words.filter((w) =>
			['blockadecutting', 'peacekeeperssoldiers', 'quizprintimport', 'offlinemake'].some((j) => w.startsWith(j)),
		);
		expect(joined).toEqual([]);
		expect(vocabulary.words).toContain('blockade');
		expect(vocabulary.words).toContain('cutting');
	});
});
