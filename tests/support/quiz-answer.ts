// Answers a quiz question through its labelled controls, as a student would: on a page or inside a frame.
import type { FrameLocator, Page } from 'playwright-core';
import type { ExportedQuestion } from '../../src/lib/exports/json';

/**
 * Answers one question through the UI, correctly or (with `wrong`) not, then (in practice mode) presses its Check
 * button; `check: false` leaves it unchecked (test mode has no Check buttons).
 */
export async function answer(
	root: Page | FrameLocator,
	q: ExportedQuestion,
	wrong = false,
	{ check = true }: { check?: boolean } = {},
): Promise<void> {
	const box = root.locator(`fieldset[data-qid="${q.id}"]`);
	if ('options' in q) {
		const pick = q.options.filter((o) => o.correct !== wrong);
		for (const o of q.type === 'multiple' || wrong ? pick.slice(0, wrong ? 1 : undefined) : pick) {
			await box.getByRole(q.type === 'multiple' ? 'checkbox' : 'radio', { name: o.text, exact: true }).check();
		}
	} else if ('answers' in q) {
		await box.getByRole('textbox').fill(wrong ? 'not this' : ` ${q.answers[0]!.toUpperCase()} `);
	} else if ('items' in q) {
		for (const [i, item] of q.items.entries())
			await box
				.getByRole('combobox', { name: item, exact: true })
				.selectOption(String(wrong ? ((i + 1) % q.items.length) + 1 : i + 1));
	} else if ('pairs' in q) {
		for (const [i, pair] of q.pairs.entries()) {
			const right = q.pairs[wrong ? (i + 1) % q.pairs.length : i]!.right;
			await box.getByRole('combobox', { name: pair.left, exact: true }).selectOption({ label: right });
		}
	}
	if (q.type !== 'discussion' && check) await box.getByRole('button', { name: /^Check/ }).click();
}
