// Quiz modes (contracts.md, "Quiz modes" and "Scoring") in a real Chromium: test mode end to end, the first check
// counting in practice, marks per part, written answers kept, and Enter never submitting the page.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ExportedQuestion, ExportedQuiz } from '../../../src/lib/exports/json';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { answer } from '../../support/quiz-answer';

async function loadExport(page: Page, id: string): Promise<ExportedQuiz> {
	return (await (await page.request.get(siteUrl(`/exports/${id}.json`))).json()) as ExportedQuiz;
}
const graded = (quiz: ExportedQuiz) => quiz.questions.filter((q) => q.type !== 'discussion');
const box = (page: Page, q: ExportedQuestion) => page.locator(`fieldset[data-qid="${q.id}"]`);
const feedbackOf = (page: Page, q: ExportedQuestion) => box(page, q).locator('.feedback').textContent();

describeBrowser('test mode (?mode=test)', () => {
	const session = useBrowser();

	it('no verdict before "Hand in"; then every mark, the score of the handed-in answers, answers locked; reload; new attempt', async () => {
		const { page, errors } = await session.open('/quizzes/background/?mode=test&seed=class-4b');
		await page.locator('quiz-form[data-ready="test"]').waitFor();
		const quiz = await loadExport(page, 'background');
		const questions = graded(quiz);
		await expect(page.getByRole('button', { name: /^Check/ }).count()).resolves.toBe(0);
		const handIn = page.getByRole('button', { name: /^Hand in/ });
		await expect(handIn.isVisible()).resolves.toBe(true);
		await page.getByRole('textbox', { name: 'Your name' }).fill('Ani');
		// The first two questions wrong, the rest right: the score is M − 2.
		for (const [i, q] of questions.entries()) await answer(page, q, i < 2, { check: false });
		for (const q of questions) await expect(feedbackOf(page, q), q.id).resolves.toBe('');
		await handIn.click();
		for (const [i, q] of questions.entries())
			await expect(feedbackOf(page, q), q.id).resolves.toMatch(i < 2 ? /^(Incorrect|Partly correct)/ : /^Correct\./);
		const summary = page.locator('.summary');
		const expected = `You scored ${questions.length - 2} of ${questions.length}.`;
		await expect(summary.textContent()).resolves.toContain(expected);
		await expect(page.locator('fieldset input:not([disabled]), fieldset select:not([disabled])').count()).resolves.toBe(
			0,
		);
		await expect(handIn.isVisible()).resolves.toBe(false);

		await page.reload();
		await page.locator('quiz-form[data-ready="test"]').waitFor();
		await expect(summary.textContent()).resolves.toContain(expected);
		await expect(feedbackOf(page, questions[2]!)).resolves.toMatch(/^Correct\./);
		await expect(box(page, questions[0]!).locator('input, select').first().isDisabled()).resolves.toBe(true);

		await page.getByRole('button', { name: 'Start a new attempt' }).click();
		await expect(summary.textContent()).resolves.toBe('');
		await expect(feedbackOf(page, questions[2]!)).resolves.toBe('');
		await expect(page.locator('fieldset input:disabled').count()).resolves.toBe(0);
		await expect(handIn.isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
	});

	it('hands in an unanswered quiz only when asked twice, scoring the gaps 0', async () => {
		const { page } = await session.open('/quizzes/review/?mode=test');
		await page.locator('quiz-form[data-ready="test"]').waitFor();
		const quiz = await loadExport(page, 'review');
		const first = graded(quiz)[0]!;
		await answer(page, first, false, { check: false });
		const handIn = page.getByRole('button', { name: /^Hand in/ });
		await handIn.click();
		await expect(page.locator('.summary').textContent()).resolves.toMatch(
			/questions have no answer, and your name is empty/,
		);
		await expect(feedbackOf(page, first)).resolves.toBe('');
		await handIn.click();
		await expect(page.locator('.summary').textContent()).resolves.toContain(`You scored 1 of ${graded(quiz).length}.`);
	});

	it('the seed orders the test as it orders practice, and a lesson page stays practice', async () => {
		const labels = async (path: string) => {
			const { page } = await session.open(path);
			await page.locator('quiz-form[data-ready]').waitFor();
			return page.locator('fieldset[data-qid="killed-according-to-officials"] label').allTextContents();
		};
		expect(await labels('/quizzes/background/?mode=test&seed=class-4b')).toEqual(
			await labels('/quizzes/background/?seed=class-4b'),
		);
		const { page } = await session.open('/lessons/background/?mode=test');
		await page.locator('quiz-form[data-ready]').waitFor();
		await expect(page.locator('quiz-form').getAttribute('data-ready')).resolves.toBe('practice');
		await expect(
			page
				.getByRole('button', { name: /^Check/ })
				.first()
				.isVisible(),
		).resolves.toBe(true);
	});

	it('a phone sees no layout shift as the quiz starts, in test mode or practice (the first paint waits for the mode)', async () => {
		const shifts: string[] = [];
		for (let load = 0; load < 5; load++)
			for (const path of [
				'/quizzes/review/?mode=test&seed=3',
				'/quizzes/background/?mode=test&seed=1',
				'/quizzes/actors/',
			]) {
				const context = await session.browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
				const page = await context.newPage();
				await page.addInitScript(() => {
					const seen: string[] = [];
					(window as unknown as { shifts: string[] }).shifts = seen;
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
							seen.push(entry.value.toFixed(4));
					}).observe({ type: 'layout-shift', buffered: true });
				});
				await page.goto(siteUrl(path), { waitUntil: 'load' });
				await page.locator('quiz-form[data-ready]').waitFor();
				const seen = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
				shifts.push(...seen.map((value) => `${path}: ${value}`));
				await context.close();
			}
		expect(shifts).toEqual([]);
	});
});

describeBrowser('practice mode', () => {
	const session = useBrowser();

	it('the first check counts: a key copied in after a wrong check reads Correct but does not raise the score', async () => {
		const { page } = await session.open('/quizzes/ceasefire-terms/');
		const quiz = await loadExport(page, 'ceasefire-terms');
		const questions = graded(quiz);
		const [first, ...rest] = questions;
		await answer(page, first!, true);
		await expect(feedbackOf(page, first!)).resolves.toMatch(/^Incorrect/);
		await answer(page, first!);
		await expect(feedbackOf(page, first!)).resolves.toMatch(/^Correct/);
		for (const q of rest) await answer(page, q);
		await expect(page.locator('.summary').textContent()).resolves.toContain(
			`You scored ${questions.length - 1} of ${questions.length}.`,
		);
	});

	it('marks each tick, row and position right or wrong in words, and says "Partly correct" with the points', async () => {
		const { page } = await session.open('/quizzes/background/');
		const quiz = await loadExport(page, 'background');
		const multiple = graded(quiz).find((q) => q.type === 'multiple')!;
		if (!('options' in multiple)) throw new Error('no options');
		const right = multiple.options.find((o) => o.correct)!;
		const wrong = multiple.options.find((o) => !o.correct)!;
		const b = box(page, multiple);
		await b.getByRole('checkbox', { name: right.text, exact: true }).check();
		await b.getByRole('checkbox', { name: wrong.text, exact: true }).check();
		await b.getByRole('button', { name: /^Check/ }).click();
		const k = multiple.options.filter((o) => o.correct).length;
		const feedback = b.getByRole('status');
		await expect(feedback.textContent()).resolves.toMatch(/^Incorrect\./); // +1/k − 1/k = 0
		await expect(feedback.textContent()).resolves.toContain('1 of 2 ticked options are right.');
		await expect(feedback.textContent()).resolves.toContain(`“${wrong.text}”: ${wrong.feedback}`);
		await expect(b.locator('label', { hasText: right.text }).locator('.mark').textContent()).resolves.toBe('✓ Right');
		await expect(b.locator('label', { hasText: wrong.text }).locator('.mark').textContent()).resolves.toBe('✗ Wrong');
		// One right tick alone: 1/k.
		await b.getByRole('checkbox', { name: wrong.text, exact: true }).uncheck();
		await b.getByRole('button', { name: /^Check/ }).click();
		if (k > 1)
			await expect(feedback.textContent()).resolves.toMatch(
				new RegExp(`^Partly correct: ${Math.round(10 / k) / 10} of 1 point\\.`),
			);

		const order = graded(quiz).find((q) => q.type === 'order')!;
		if (!('items' in order)) throw new Error('no items');
		const o = box(page, order);
		// Swap the first two items: every other item is in its place.
		for (const [i, item] of order.items.entries())
			await o
				.getByRole('combobox', { name: item, exact: true })
				.selectOption(String(i === 0 ? 2 : i === 1 ? 1 : i + 1));
		await o.getByRole('button', { name: /^Check/ }).click();
		const n = order.items.length;
		await expect(o.getByRole('status').textContent()).resolves.toMatch(
			new RegExp(
				`^Partly correct: ${Math.round(((n - 2) / n) * 10) / 10} of 1 point\\.${n - 2} of ${n} items are in the right place\\.`,
			),
		);
		await expect(o.locator('.mark').allTextContents()).resolves.toEqual(
			expect.arrayContaining(['✗ Wrong place', '✓ Right place']),
		);
	});

	it('a written (discussion) answer survives a reload, in practice and in test mode', async () => {
		for (const path of ['/quizzes/open-questions/', '/quizzes/open-questions/?mode=test']) {
			const { page } = await session.open(path);
			await page.locator('quiz-form[data-ready]').waitFor();
			const notes = page.locator('fieldset[data-type="discussion"] textarea').first();
			await notes.fill('The talks were to be held in Yevlakh; the reports do not say what was agreed.');
			await page.reload();
			await page.locator('quiz-form[data-ready]').waitFor();
			await expect(notes.inputValue(), path).resolves.toBe(
				'The talks were to be held in Yevlakh; the reports do not say what was agreed.',
			);
			// Printed with the page: the box grows to its text, so nothing is cut off.
			await notes.fill('A longer answer.\n'.repeat(12));
			await page.emulateMedia({ media: 'print' });
			const cut = await notes.evaluate((el) => el.scrollHeight - el.clientHeight);
			expect(cut, path).toBeLessThanOrEqual(1);
			await expect(notes.isVisible()).resolves.toBe(true);
		}
	});
});

describeBrowser('Enter in a text box', () => {
	const session = useBrowser();

	it('without JavaScript, never submits the page, changes the URL or loses the answer', async () => {
		const { page } = await session.open('/quizzes/actors/', { javaScriptEnabled: false });
		const text = page.locator('fieldset[data-type="fill-in"] input[type="text"]').first();
		await text.fill('Armenpress');
		await text.press('Enter');
		await page.waitForTimeout(300);
		expect(page.url()).toBe(siteUrl('/quizzes/actors/'));
		await expect(text.inputValue()).resolves.toBe('Armenpress');
	});

	it('with JavaScript, checks that answer in practice and does nothing in test mode', async () => {
		const { page } = await session.open('/quizzes/actors/?mode=test');
		await page.locator('quiz-form[data-ready="test"]').waitFor();
		const text = page.locator('fieldset[data-type="fill-in"] input[type="text"]').first();
		await text.fill('Armenpress');
		await text.press('Enter');
		expect(page.url()).toBe(siteUrl('/quizzes/actors/?mode=test'));
		await expect(page.locator('fieldset[data-type="fill-in"] .feedback').first().textContent()).resolves.toBe('');
	});
});
