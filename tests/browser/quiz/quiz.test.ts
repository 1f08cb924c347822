import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import type { ExportedQuiz } from '../../../src/lib/exports/json';
import { answer } from '../../support/quiz-answer';

async function loadExport(page: Page, id: string): Promise<ExportedQuiz> {
	const response = await page.request.get(siteUrl(`/exports/${id}.json`));
	return (await response.json()) as ExportedQuiz;
}

describeBrowser('quiz', () => {
	const session = useBrowser();

	it('follows the markup contract: named form, fieldsets with legends, labelled native controls, Check buttons', async () => {
		const { page, errors } = await session.open('/quizzes/background/');
		const quiz = await loadExport(page, 'background');
		const form = page.getByRole('form', { name: quiz.title });
		await expect(form.count()).resolves.toBe(1);
		for (const q of quiz.questions) {
			const box = form.getByRole('group', { name: new RegExp(q.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
			await expect(box.count(), q.id).resolves.toBe(1);
			if ('options' in q)
				for (const o of q.options)
					await expect(box.getByLabel(o.text, { exact: true }).count(), o.text).resolves.toBe(1);
			if ('items' in q) {
				for (const item of q.items) {
					const select = box.getByRole('combobox', { name: item, exact: true });
					const labels = await select.locator('option').allTextContents();
					expect(labels.filter((l) => l !== 'Choose')).toEqual(q.items.map((_, i) => String(i + 1)));
				}
			}
			if ('pairs' in q) {
				for (const pair of q.pairs) {
					const labels = await box
						.getByRole('combobox', { name: pair.left, exact: true })
						.locator('option')
						.allTextContents();
					// Every right-hand text, including the spare ones that match no left-hand item.
					expect(labels.filter((l) => l !== 'Choose').sort()).toEqual(
						[...q.pairs.map((p) => p.right), ...(q.distractors ?? [])].sort(),
					);
				}
			}
			if (q.type !== 'discussion') await expect(box.getByRole('button', { name: /^Check/ }).count()).resolves.toBe(1);
		}
		expect(errors).toEqual([]);
	});

	it('a whole quiz answered right says "You scored M of M", and a reload restores answers and score', async () => {
		const { page, errors } = await session.open('/quizzes/background/');
		const quiz = await loadExport(page, 'background');
		const graded = quiz.questions.filter((q) => q.type !== 'discussion');
		for (const q of graded) {
			await answer(page, q);
			const feedback = page.locator(`fieldset[data-qid="${q.id}"] [role="status"]`);
			await expect(feedback.textContent(), q.id).resolves.toMatch(/^Correct/);
		}
		const summary = page.locator('.summary');
		await expect(summary.textContent()).resolves.toContain(`You scored ${graded.length} of ${graded.length}.`);
		await expect(page.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);

		await page.reload();
		await page.locator('quiz-form[data-ready]').waitFor();
		await expect(summary.textContent()).resolves.toContain(`You scored ${graded.length} of ${graded.length}.`);
		const fill = graded.find((q) => q.type === 'fill-in')!;
		await expect(page.locator(`fieldset[data-qid="${fill.id}"]`).getByRole('textbox').inputValue()).resolves.not.toBe(
			'',
		);
		await expect(page.locator(`fieldset[data-qid="${graded[0]!.id}"] [role="status"]`).textContent()).resolves.toMatch(
			/^Correct/,
		);
		expect(errors).toEqual([]);
	});

	it('a wrong answer given by keyboard says "Incorrect", explains, quotes and links to the paragraph, and takes focus', async () => {
		const { page } = await session.open('/quizzes/ceasefire-terms/');
		const box = page.locator('fieldset[data-qid="report-b-source-for-terms"]');
		const quiz = await loadExport(page, 'ceasefire-terms');
		const q = quiz.questions.find((x) => x.id === 'report-b-source-for-terms')!;
		const wrongText = 'options' in q ? q.options.find((o) => !o.correct)!.text : '';
		await box.getByRole('radio').first().focus();
		// Space selects the focused radio; arrow keys move through the group. Stop on a wrong option.
		await page.keyboard.press('Space');
		const chosen = () => box.locator('input:checked').evaluate((el) => el.closest('label')!.textContent.trim());
		for (let i = 0; i < 4 && (await chosen()) !== wrongText; i++) await page.keyboard.press('ArrowDown');
		expect(await chosen()).toBe(wrongText);
		await page.keyboard.press('Tab');
		await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toMatch(/^Check/);
		await page.keyboard.press('Enter');
		const feedback = box.getByRole('status');
		await expect(feedback.textContent()).resolves.toMatch(/^Incorrect\./);
		await expect(feedback.textContent()).resolves.toContain("according to Azerbaijan's Defence Ministry");
		await expect(feedback.getByRole('link', { name: 'Report B, paragraph 24' }).getAttribute('href')).resolves.toBe(
			'/sources/report-b/#p24',
		);
		await expect(page.evaluate(() => document.activeElement?.getAttribute('role'))).resolves.toBe('status');
	});

	it('without JavaScript it is a worksheet: every prompt shows, nothing is ticked, answers wait behind "Show answer"', async () => {
		const { page } = await session.open('/quizzes/background/', { javaScriptEnabled: false });
		const quiz = await loadExport(page, 'background');
		for (const q of quiz.questions)
			await expect(page.getByText(q.prompt, { exact: false }).first().isVisible(), q.id).resolves.toBe(true);
		await expect(page.locator('input:checked').count()).resolves.toBe(0);
		await expect(page.locator('details.answer[open]').count()).resolves.toBe(0);
		await expect(page.getByRole('button', { name: /^Check/ }).count()).resolves.toBe(0);
		// contracts.md: every question, discussion included, has a closed <details> whose <summary> reads "Show answer".
		const summaries = await page
			.locator('fieldset')
			.evaluateAll((boxes) => boxes.map((b) => b.querySelector(':scope details > summary')?.textContent?.trim()));
		expect(summaries).toEqual(quiz.questions.map(() => 'Show answer'));
		const first = page.locator('fieldset').first();
		const explanation = first.locator('.explanation');
		await expect(explanation.isVisible()).resolves.toBe(false);
		await first.getByText('Show answer').click();
		await expect(explanation.isVisible()).resolves.toBe(true);
		await expect(first.locator('.answer-text').textContent()).resolves.toContain('Azerbaijan');
	});

	it('corrupt saved progress is ignored: the quiz still grades, with no console error', async () => {
		const page = await session.browser.newPage();
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.addInitScript(() => {
			localStorage.setItem('karabakh-guide:quiz:v1:background', '{"v":1,"seed":');
			localStorage.setItem('karabakh-guide:quiz:v2:background', JSON.stringify({ v: 2, seed: 's', done: 'x' }));
			localStorage.setItem('karabakh-guide:test:v1:background', '[');
			localStorage.setItem('karabakh-guide:quiz:v1:actors', JSON.stringify({ v: 1, seed: 7, answers: 'x' }));
		});
		await page.goto(siteUrl('/quizzes/background/'));
		await page.locator('quiz-form[data-ready]').waitFor();
		const box = page.locator('fieldset[data-qid="recognised-as-part-of"]');
		await box.getByRole('radio', { name: 'Azerbaijan', exact: true }).check();
		await box.getByRole('button', { name: /^Check/ }).click();
		await expect(box.getByRole('status').textContent()).resolves.toMatch(/^Correct/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('storage that throws (as in some private modes) leaves a working quiz', async () => {
		const page = await session.browser.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await page.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage']) {
				Object.defineProperty(window, name, {
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
			}
		});
		await page.goto(siteUrl('/quizzes/background/'));
		await page.locator('quiz-form[data-ready]').waitFor();
		const box = page.locator('fieldset[data-qid="most-ethnic-armenian-in-b"]');
		await box.getByRole('radio', { name: 'False' }).check();
		await box.getByRole('button', { name: /^Check/ }).click();
		await expect(box.getByRole('status').textContent()).resolves.toMatch(/^Correct/);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a ?seed= link gives every student the same order; Reset clears the quiz', async () => {
		const order = async (path: string) => {
			const { page } = await session.open(path);
			await page.locator('quiz-form[data-ready]').waitFor();
			return {
				page,
				labels: await page.locator('fieldset[data-qid="killed-according-to-officials"] label').allTextContents(),
			};
		};
		const a = await order('/quizzes/background/?seed=class-7b');
		const b = await order('/quizzes/background/?seed=class-7b');
		expect(a.labels).toEqual(b.labels);
		const seeds = await Promise.all(
			['1', '2', '3', '4'].map(async (s) => (await order(`/quizzes/background/?seed=${s}`)).labels.join('|')),
		);
		expect(new Set([...seeds, a.labels.join('|')]).size).toBeGreaterThan(1);

		const { page } = a;
		const box = page.locator('fieldset[data-qid="most-ethnic-armenian-in-b"]');
		await box.getByRole('radio', { name: 'False' }).check();
		await box.getByRole('button', { name: /^Check/ }).click();
		await page.getByRole('button', { name: 'Reset this quiz' }).click();
		await expect(box.getByRole('radio', { name: 'False' }).isChecked()).resolves.toBe(false);
		const kept = await page.evaluate(() => localStorage.getItem('karabakh-guide:quiz:v2:background'));
		expect(JSON.parse(kept!)).toMatchObject({ answers: {}, counted: {}, checked: {}, done: [] });
	});

	it('/progress/ shows the last practice score kept in this browser (first checks)', async () => {
		const { page } = await session.open('/quizzes/review/');
		const quiz = await loadExport(page, 'review');
		const graded = quiz.questions.filter((q) => q.type !== 'discussion');
		for (const q of graded) await answer(page, q, q === graded[0]);
		await expect(page.locator('.summary').textContent()).resolves.toContain(
			`You scored ${graded.length - 1} of ${graded.length}.`,
		);
		await page.goto(siteUrl('/progress/'));
		const row = page.locator('tr[data-quiz-id="review"]');
		await expect(row.locator('.practice').textContent()).resolves.toMatch(
			new RegExp(`^${graded.length - 1} of ${graded.length}, `),
		);
		await expect(page.locator('tr[data-quiz-id="background"] .practice').textContent()).resolves.toBe(
			'Not finished yet',
		);
	});
});
