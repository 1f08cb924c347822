// A student's answer in words, as a teacher reads it in the per-question results ("the most common wrong answer"):
// the options ticked, the words typed, the order given, the pairs made.
import type { Response } from '../quiz/grading';
import type { ResultsQuestion } from './types';

export const NO_ANSWER = '(no answer)';

/** Typed answers that differ only in case, spacing or final punctuation count as one. */
export const typedKey = (text: string): string =>
	text
		.normalize('NFC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/^[\s"'“”‘’]+|[\s"'“”‘’.!?]+$/g, '');

export function describeAnswer(q: ResultsQuestion, answer: Response | null | undefined): string {
	if (answer === null || answer === undefined) return NO_ANSWER;
	if (typeof answer === 'string') return answer.trim().replace(/\s+/g, ' ') || NO_ANSWER;
	const choice = (i: number) => q.choices[i] ?? `option ${i + 1}`;
	switch (q.key?.t) {
		case 'order': {
			// answer[i] = the position given to item i: list the items in the student's order.
			const placed = answer.map((pos, i) => ({ pos, i })).filter((p) => p.pos >= 1);
			if (!placed.length) return NO_ANSWER;
			return placed
				.sort((a, b) => a.pos - b.pos)
				.map((p) => `${p.pos}. ${choice(p.i)}`)
				.join(' ');
		}
		case 'match': {
			const rows = answer.flatMap((r, i) => (r >= 0 ? [`${q.lefts?.[i] ?? `item ${i + 1}`} → ${choice(r)}`] : []));
			return rows.length ? rows.join('; ') : NO_ANSWER;
		}
		default:
			return answer.length
				? [...answer]
						.sort((a, b) => a - b)
						.map(choice)
						.join(' + ')
				: NO_ANSWER;
	}
}

/** The key two answers share when they are the same answer in words. */
export const answerKeyOf = (q: ResultsQuestion, answer: Response | null | undefined): string =>
	typeof answer === 'string' ? typedKey(answer) : describeAnswer(q, answer);
