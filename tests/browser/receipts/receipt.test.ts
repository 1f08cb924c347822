// Receipts on the quiz page and /progress/ (contracts.md, "Receipts and class results"): a "Your name" box in test
// mode, the receipt after "Hand in" in a read-only box named "Receipt…", copy and download, and /progress/ again.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ExportedQuiz } from '../../../src/lib/exports/json';
import { decodeReceipt, RECEIPT_CODE } from '../../../src/lib/receipts/codec';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { answer } from '../../support/quiz-answer';

const readCode = (text: string) => {
	const [, version, code] = new RegExp(RECEIPT_CODE.source).exec(text)!;
	return decodeReceipt(Number(version), code!);
};
async function handIn(page: Page, quiz: ExportedQuiz, name: string) {
	await page.locator('quiz-form[data-ready="test"]').waitFor();
	await page.getByRole('textbox', { name: 'Your name' }).fill(name);
	for (const [i, q] of quiz.questions.entries()) await answer(page, q, i === 0, { check: false });
	await page.getByRole('button', { name: /^Hand in/ }).click();
}

describeBrowser('receipts', () => {
	const session = useBrowser();

	it('after "Hand in", a receipt box, named "Receipt…", holds a readable line and a code with every answer', async () => {
		const { page, errors } = await session.open('/quizzes/ceasefire-terms/?mode=test&seed=class-4b');
		const quiz = (await (await page.request.get(siteUrl('/exports/ceasefire-terms.json'))).json()) as ExportedQuiz;
		const receipt = page.getByRole('textbox', { name: /^Receipt/ });
		await expect(receipt.isVisible()).resolves.toBe(false);
		const notes = page.locator('fieldset[data-type="discussion"] textarea').first();
		await handIn(page, quiz, 'Ալինա Պետրոսյան');
		await receipt.waitFor({ state: 'visible' }); // filled by a script loaded on hand-in
		await expect(receipt.getAttribute('readonly')).resolves.not.toBeNull();
		const text = await receipt.inputValue();
		const graded = quiz.questions.filter((q) => q.type !== 'discussion').length;
		expect(text.split('\n')[0]).toMatch(
			new RegExp(`^Karabakh ceasefire guide · ${quiz.title} · Ալինա Պետրոսյան · [\\d.]+ of ${graded} · handed in `),
		);
		const read = readCode(text);
		if (!('receipt' in read)) throw new Error(`unreadable receipt: ${read.problem}`);
		expect(read.receipt).toMatchObject({
			quiz: 'ceasefire-terms',
			mode: 'test',
			seed: 'class-4b',
			name: 'Ալինա Պետրոսյան',
		});
		expect(read.receipt.questions.map((q) => q.id)).toEqual(quiz.questions.map((q) => q.id));
		expect(read.receipt.questions[0]!.points).toBe(0);
		expect(read.receipt.questions.filter((q) => q.points === 1)).toHaveLength(graded - 1);
		await expect(notes.isDisabled()).resolves.toBe(true);

		// Download: a .txt file with the same text.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'Download receipt' }).click(),
		]);
		expect(download.suggestedFilename()).toMatch(/^receipt-ceasefire-terms-.+\.txt$/);
		expect(readFileSync(await download.path(), 'utf8')).toBe(text);
		// Copy: the page says so (the clipboard itself may be closed to a headless browser).
		await page.getByRole('button', { name: 'Copy receipt' }).click();
		await expect.poll(() => page.locator('[data-receipt] [role="status"]').textContent()).toMatch(/^Receipt copied/);

		// A new attempt hides it; /progress/ offers it again.
		await page.getByRole('button', { name: 'Start a new attempt' }).click();
		await expect(receipt.isVisible()).resolves.toBe(false);
		await page.goto(siteUrl('/progress/'));
		const row = page.locator('tr[data-quiz-id="ceasefire-terms"]');
		await row.locator('summary').first().click();
		const again = row.getByRole('textbox', { name: /^Receipt for / });
		expect(readCode(await again.inputValue())).toEqual(read);
		expect(errors).toEqual([]);
	});

	it('asks for a name before handing in without one, and hands in on a second press', async () => {
		const { page } = await session.open('/quizzes/review/?mode=test');
		await page.locator('quiz-form[data-ready="test"]').waitFor();
		await page.getByRole('button', { name: /^Hand in/ }).click();
		await expect(page.locator('.summary').textContent()).resolves.toMatch(/your name is empty/);
		await page.getByRole('button', { name: /^Hand in/ }).click();
		await expect(page.locator('.summary').textContent()).resolves.toMatch(/^You scored 0 of \d+\.$/);
		await page.getByRole('textbox', { name: /^Receipt/ }).waitFor({ state: 'visible' });
		await expect(page.getByRole('textbox', { name: /^Receipt/ }).inputValue()).resolves.toContain('(no name given)');
	});
});
