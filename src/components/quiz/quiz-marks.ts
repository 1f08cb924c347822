// Feedback after a Check or a hand-in: the verdict with the points, a mark on each part the student answered (a
// symbol and a word, never colour alone), the feedback of each wrong option ticked, then the answer and evidence.
import type { AnswerKey, Response } from '../../lib/quiz/grading';
import { type Marked } from '../../lib/quiz/scoring';
import { formatScore } from '../../lib/quiz/storage';
import { $$ } from './quiz-controls';

export type Key = AnswerKey & { f?: Record<number, string> };

const VERDICT = { correct: 'Correct.', partly: 'Partly correct', incorrect: 'Incorrect.' } as const;
const PARTS = { order: 'items are in the right place', match: 'matches are right' } as const;

const el = (tag: string, className: string, text: string): HTMLElement => {
	const node = document.createElement(tag);
	node.className = className;
	node.textContent = text;
	return node;
};

/**
 * Puts a mark beside one part's control: ✓ Right or ✗ Wrong, a symbol and a word, never colour alone. The control
 * keeps its name (the option's text); the mark is its description, which a screen reader reads with it.
 */
function markPart(control: Element | null | undefined, text: string): void {
	if (!control?.parentElement) return;
	const mark = el('span', 'mark', text);
	const input = control as HTMLInputElement;
	const choice = input.type === 'radio' || input.type === 'checkbox';
	mark.id = `${control.id || input.name}-mark${choice ? `-${input.value}` : ''}`;
	mark.setAttribute('aria-hidden', 'true');
	control.parentElement.append(mark);
	control.setAttribute('aria-describedby', mark.id);
}

/** Removes a question's marks and feedback (a new attempt, Try again, a changed answer being re-checked). */
export function clearMarks(box: HTMLFieldSetElement): void {
	for (const m of $$(box, '.mark')) m.remove();
	for (const c of $$(box, '[aria-describedby]')) c.removeAttribute('aria-describedby');
	const output = box.querySelector<HTMLElement>('.feedback');
	output?.replaceChildren();
	output?.removeAttribute('data-result');
}

/** Shows the marks and feedback of `marked` for the response it was given. */
export function showMarks(
	box: HTMLFieldSetElement,
	key: Key,
	response: Response,
	marked: Marked,
	focus: boolean,
): void {
	clearMarks(box);
	const output = box.querySelector<HTMLElement>('.feedback')!;
	const { verdict, points, parts, missed } = marked;
	const lines: Node[] = [
		el(
			'p',
			'verdict',
			verdict === 'partly' ? `${VERDICT.partly}: ${formatScore(points)} of 1 point.` : VERDICT[verdict],
		),
	];
	const rows = key.t === 'order' || key.t === 'match';
	for (const p of parts)
		markPart(
			box.querySelector(rows ? `select[data-i="${p.i}"]` : `input[value="${p.i}"]`),
			`${p.right ? '✓ Right' : '✗ Wrong'}${key.t === 'order' ? ' place' : ''}`,
		);
	for (const i of missed) markPart(box.querySelector(`input[value="${i}"]`), '○ Right, not ticked');
	if (key.t === 'fill-in')
		markPart(box.querySelector('input[type="text"]'), verdict === 'correct' ? '✓ Right' : '✗ Wrong');
	if (key.t === 'order' || key.t === 'match')
		lines.push(el('p', '', `${parts.filter((p) => p.right).length} of ${parts.length} ${PARTS[key.t]}.`));
	if (key.t === 'multiple' && parts.length)
		lines.push(el('p', '', `${parts.filter((p) => p.right).length} of ${parts.length} ticked options are right.`));
	if (key.f && Array.isArray(response))
		for (const i of response) {
			const text = box
				.querySelector(`input[value="${i}"]`)
				?.parentElement?.textContent?.replace(/[✓✗○].*$/, '')
				.trim();
			if (key.f[i]) lines.push(el('p', 'option-feedback', `“${text}”: ${key.f[i]}`));
		}
	const body = box.querySelector('.answer-body')?.cloneNode(true) as HTMLElement | undefined;
	body?.querySelector('.option-notes')?.remove();
	if (body) lines.push(body);
	output.dataset['result'] = verdict;
	output.replaceChildren(...lines);
	if (focus) output.focus();
}

/** Asks for an answer before a Check of an unanswered question. */
export function askToAnswer(box: HTMLFieldSetElement, key: Key): void {
	clearMarks(box);
	const output = box.querySelector<HTMLElement>('.feedback')!;
	output.textContent = `Answer ${key.t === 'order' || key.t === 'match' ? 'every part' : 'the question'} first, then check.`;
	output.focus();
}
