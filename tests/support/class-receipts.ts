// Students hand in a quiz in test mode, each in a browser context of their own (a profile of their own), and copy the
// receipt from the "Receipt" box: what a teacher then pastes or opens on /teachers/results/.
import type { Browser } from 'playwright-core';
import type { ExportedQuiz } from '../../src/lib/exports/json';
import { siteUrl } from './browser';
import { answer } from './quiz-answer';

export interface HandedIn {
	name: string;
	/** The receipt's text as the box shows it. */
	text: string;
	/** "X of M" as the receipt's first line gives it (the quiz page's own score). */
	score: string;
}

/** `wrong(i)`: whether the student answers question i (of the graded ones) wrongly. */
export async function handInAs(
	browser: Browser,
	quizId: string,
	name: string,
	wrong: (i: number) => boolean,
): Promise<HandedIn> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(siteUrl(`/quizzes/${quizId}/?mode=test&seed=class-4b`));
		const quiz = (await (await page.request.get(siteUrl(`/exports/${quizId}.json`))).json()) as ExportedQuiz;
		await page.locator('quiz-form[data-ready="test"]').waitFor();
		await page.getByRole('textbox', { name: 'Your name' }).fill(name);
		const graded = quiz.questions.filter((q) => q.type !== 'discussion');
		for (const [i, q] of graded.entries()) await answer(page, q, wrong(i), { check: false });
		await page.getByRole('button', { name: /^Hand in/ }).click();
		const box = page.getByRole('textbox', { name: /^Receipt/ });
		await box.waitFor({ state: 'visible' });
		const text = await box.inputValue();
		const score = / · ([\d.]+ of \d+) · /.exec(text)![1]!;
		return { name, text, score };
	} finally {
		await context.close();
	}
}

/** A receipt with one character of its code changed: its checksum (or unpacking) fails. */
export function damaged(text: string): string {
	const [first, code] = text.split('\n');
	const i = Math.floor(code!.length / 2);
	return `${first}\n${code!.slice(0, i)}${code![i] === 'A' ? 'B' : 'A'}${code!.slice(i + 1)}\n`;
}
