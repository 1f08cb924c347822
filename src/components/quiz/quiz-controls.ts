// Reading and writing a question's controls in canonical order, whatever order the page shows, putting the options,
// order items and match choices in a seed's order, and locking the controls of a handed-in attempt.
import type { Response } from '../../lib/quiz/grading';
import { seededOrder } from '../../lib/quiz/shuffle';

export const $$ = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];

/** Reorders options, items and match choices for this seed; values stay canonical indices. */
export function arrange(root: HTMLElement, quizId: string, seed: string): void {
	for (const box of $$<HTMLFieldSetElement>(root, 'fieldset[data-qid]')) {
		for (const list of $$<HTMLElement>(box, '[data-shuffle]')) {
			const children = $$<HTMLElement>(list, ':scope > [data-i]');
			const byIndex = new Map(children.map((el) => [Number(el.dataset['i']), el]));
			const question = { id: box.dataset['qid']!, type: box.dataset['type'] ?? '' };
			for (const i of seededOrder(seed, quizId, question, children.length)) list.append(byIndex.get(i)!);
		}
	}
}

/** The response in canonical order (see grading.ts). */
export function readResponse(box: HTMLFieldSetElement): Response {
	const text = box.querySelector<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea');
	if (text) return text.value;
	const selects = $$<HTMLSelectElement>(box, 'select').sort((a, b) => Number(a.dataset['i']) - Number(b.dataset['i']));
	if (selects.length)
		return selects.map((s) => (s.value === '' ? (box.dataset['type'] === 'order' ? 0 : -1) : Number(s.value)));
	return $$<HTMLInputElement>(box, 'input:checked').map((i) => Number(i.value));
}

/** Shows a saved response in the question's controls. */
export function writeResponse(box: HTMLFieldSetElement, response: Response): void {
	const text = box.querySelector<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], textarea');
	if (text) {
		text.value = typeof response === 'string' ? response : '';
		return;
	}
	if (!Array.isArray(response)) return;
	for (const select of $$<HTMLSelectElement>(box, 'select')) {
		const value = response[Number(select.dataset['i'])];
		select.value = value === undefined || value < (box.dataset['type'] === 'order' ? 1 : 0) ? '' : String(value);
	}
	for (const input of $$<HTMLInputElement>(box, 'input[type="radio"], input[type="checkbox"]'))
		input.checked = response.includes(Number(input.value));
}

/** Locks (disables) or unlocks every control of the quiz's questions and its name box. */
export function lock(root: HTMLElement, locked: boolean): void {
	for (const el of $$<HTMLInputElement>(root, 'fieldset input, fieldset select, fieldset textarea, .name input'))
		el.disabled = locked;
}

/** Puts saved answers (written ones included) and the name back into the page. */
export function restore(root: HTMLElement, saved: { answers: Record<string, Response>; name: string }): void {
	for (const box of $$<HTMLFieldSetElement>(root, 'fieldset[data-qid]')) {
		const answer = saved.answers[box.dataset['qid']!];
		if (answer !== undefined) writeResponse(box, answer);
	}
	const name = root.querySelector<HTMLInputElement>('.name input');
	if (name) name.value = saved.name;
}
