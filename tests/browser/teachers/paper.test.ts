// Paper that marks fast (issue 24): every worksheet on at most two sides of A4 and of US Letter, every answer key opening
// with a marking grid that fits one page, and a sheet printed for ?seed=N in the order /quizzes/<id>/?mode=test&seed=N
// shows on screen (one seeded-order function behind both).
import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../../support/browser';
import { printedPages } from '../../support/pdf-pages';

const QUIZZES = readdirSync('src/content/quizzes')
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.slice(0, -5))
	.sort();
const SIZES = ['A4', 'Letter'] as const;

/** Each question's choices (options, order items, match choices) as canonical indices, in the order shown. */
const quizOrder = (page: Page) =>
	page.locator('fieldset[data-qid]').evaluateAll((boxes) =>
		boxes.map((box) => {
			const list = box.querySelector('[data-shuffle]');
			return [...(list?.querySelectorAll(':scope > [data-i]') ?? [])].map((el) =>
				Number((el as HTMLElement).dataset['i']),
			);
		}),
	);
const sheetOrder = (page: Page) =>
	page.locator('.sheet li[data-qid]').evaluateAll((items) =>
		items.map((li) => {
			const list = li.querySelector('[data-choices]');
			return [...(list?.querySelectorAll(':scope > [data-i]') ?? [])].map((el) =>
				Number((el as HTMLElement).dataset['i']),
			);
		}),
	);

describeBrowser('worksheets and answer keys on paper', () => {
	const session = useBrowser();

	for (const id of QUIZZES)
		it(`${id}: the worksheet prints on at most two sides and the key's grid on one page, on A4 and Letter`, async () => {
			// Each sheet is opened once and printed on both paper sizes.
			const counts: string[] = [];
			const sheet = await session.open(`/teachers/worksheets/${id}/`);
			const key = await session.open(`/teachers/answer-keys/${id}/`);
			for (const size of SIZES) {
				const sides = await printedPages(sheet.page, size);
				expect(sides, `${id} worksheet on ${size}`).toBeGreaterThan(0);
				expect(sides, `${id} worksheet on ${size}`).toBeLessThanOrEqual(2);
				counts.push(`${size}: worksheet ${sides}, key ${await printedPages(key.page, size)}`);
			}
			await key.page.locator('.answer-key .questions').evaluate((el) => ((el as HTMLElement).style.display = 'none'));
			for (const size of SIZES)
				await expect(printedPages(key.page, size), `${id} key grid on ${size}`).resolves.toBe(1);
			expect([...sheet.errors, ...key.errors]).toEqual([]);
			console.log(`${id}: ${counts.join('; ')}`);
		});

	it('the key opens with a grid row per question: number, answer, points and the part-marks rule', async () => {
		const { page } = await session.open('/teachers/answer-keys/route-one-lesson/');
		const grid = page.getByRole('table', { name: /Marking grid/ });
		const rows = await grid.locator('tbody tr').count();
		const sheet = await session.open('/teachers/worksheets/route-one-lesson/');
		await expect(sheet.page.locator('.sheet li[data-qid]').count()).resolves.toBe(rows);
		// One point per graded question of the route quiz, as its export lists them.
		const exported = (await (
			await page.request.get(new URL('/exports/route-one-lesson.json', page.url()).href)
		).json()) as {
			questions: { type: string }[];
		};
		const graded = exported.questions.filter((q) => q.type !== 'discussion').length;
		await expect(grid.locator('tfoot').textContent()).resolves.toMatch(new RegExp(`Total\\s*${graded} points`));
		await expect(grid.locator('tbody tr').first().locator('td').nth(1).textContent()).resolves.toBe('1');
		await expect(grid.locator('tbody tr').last().locator('td').nth(2).textContent()).resolves.toMatch(/not graded/);
	});

	for (const id of ['background', 'route-two-lessons'])
		it(`${id}: the sheets for ?seed=N list questions and choices in the order of the quiz with mode=test&seed=N`, async () => {
			for (const seed of ['class-4b', '7']) {
				const quiz = await session.open(`/quizzes/${id}/?mode=test&seed=${seed}`);
				await quiz.page.locator(`fieldset[data-qid]`).first().waitFor();
				const onScreen = await quizOrder(quiz.page);
				const qids = await quiz.page
					.locator('fieldset[data-qid]')
					.evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset['qid']));
				const sheets: Record<string, Page> = {};
				for (const sheetKind of ['worksheets', 'answer-keys']) {
					const { page, errors } = await session.open(`/teachers/${sheetKind}/${id}/?seed=${seed}`);
					sheets[sheetKind] = page;
					await expect(page.locator('[data-seed-note]').first().textContent()).resolves.toContain(`seed "${seed}"`);
					const sheetQids = await page
						.locator('.sheet li[data-qid]')
						.evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset['qid']));
					expect(sheetQids).toEqual(qids);
					if (sheetKind === 'worksheets') expect(await sheetOrder(page)).toEqual(onScreen);
					expect(errors).toEqual([]);
				}
				// Every letter the key names (grid and answers) is the letter the worksheet prints for that choice.
				const lettersOn = (page: Page) =>
					page
						.locator('[data-letter-of][data-for]')
						.evaluateAll((spans) =>
							Object.fromEntries(
								spans.map((s) => [
									`${(s as HTMLElement).dataset['for']}/${(s as HTMLElement).dataset['letterOf']}`,
									s.textContent,
								]),
							),
						);
				const key = await lettersOn(sheets['answer-keys']!);
				const sheet = await lettersOn(sheets['worksheets']!);
				expect(Object.keys(key).length).toBeGreaterThan(5);
				for (const [choice, letter] of Object.entries(key)) expect(sheet[choice], choice).toBe(letter);
				// Letters follow the order: the worksheet's choices read A, B, C… top to bottom.
				const letters = await sheets['worksheets']!.locator('.sheet [data-choices]').evaluateAll((lists) =>
					lists.map((l) => [...l.querySelectorAll(':scope > li [data-letter-of]')].map((s) => s.textContent)),
				);
				for (const list of letters) expect(list).toEqual(list.map((_, n) => String.fromCharCode(65 + n)));
			}
		});

	it("the key's grid gives the letter the worksheet prints beside the right option, for a seed too", async () => {
		for (const query of ['', '?seed=class-4b']) {
			const key = await session.open(`/teachers/answer-keys/background/${query}`);
			// As shown (innerText): each letter of a list carries its ", " separator, hidden before the first.
			const grid = (await key.page.locator('[data-grid-row="recognised-as-part-of"] td').first().innerText()).trim();
			const sheet = await session.open(`/teachers/worksheets/background/${query}`);
			const options = (
				await sheet.page.locator('li[data-qid="recognised-as-part-of"] [data-choices] > li').allTextContents()
			).map((text) => text.replace(/\s+/g, ' ').trim());
			expect(options, query).toContain(`${grid}. Azerbaijan`);
		}
	});
});
