// Grades quiz responses against a compact answer key. Dependency-free: it also runs in the browser.
import type { Question } from './quiz-schema';

/**
 * What the browser needs to grade a question, nothing more:
 * c = indices of correct options; a = accepted fill-in answers (normalised); n = number of order items / match pairs.
 */
export type AnswerKey =
	| { t: 'single' | 'multiple' | 'true-false'; c: number[] }
	| { t: 'fill-in'; a: string[] }
	| { t: 'order' | 'match'; n: number };

/**
 * A student's response, always in the question's canonical (authored) order, whatever order the page shows:
 * choice → indices of ticked options; fill-in → the text typed; order → the position (1..n, 0 = unset) given to each
 * item; match → the index of the right-hand text chosen for each left-hand item (-1 = unset).
 */
export type Response = number[] | string;

/** Case, diacritics, surrounding white space and punctuation are ignored (contracts.md); inner punctuation is not. */
export function normaliseAnswer(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
		.replace(/\s+/g, ' ');
}

/** true-false options are always [True, False]. */
export const TRUE_FALSE = ['True', 'False'] as const;

export function answerKey(q: Exclude<Question, { type: 'discussion' }>): AnswerKey {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { t: q.type, c: q.options.flatMap((o, i) => (o.correct ? [i] : [])) };
		case 'true-false':
			return { t: 'true-false', c: [q.answer ? 0 : 1] };
		case 'fill-in':
			return { t: 'fill-in', a: q.answers.map(normaliseAnswer) };
		case 'order':
			return { t: 'order', n: q.items.length };
		case 'match':
			return { t: 'match', n: q.pairs.length };
	}
}

/** Whether the response is complete enough to grade (every item placed, an option chosen, text typed). */
export function isAnswered(key: AnswerKey, response: Response | undefined): boolean {
	if (response === undefined) return false;
	if (key.t === 'fill-in') return typeof response === 'string' && normaliseAnswer(response) !== '';
	if (!Array.isArray(response)) return false;
	if (key.t === 'order') return response.length === key.n && response.every((p) => p >= 1);
	if (key.t === 'match') return response.length === key.n && response.every((r) => r >= 0);
	return response.length > 0;
}

export function isCorrect(key: AnswerKey, response: Response): boolean {
	if (!isAnswered(key, response)) return false;
	switch (key.t) {
		case 'fill-in':
			return key.a.includes(normaliseAnswer(response as string));
		case 'order':
			return (response as number[]).every((position, item) => position === item + 1);
		case 'match':
			return (response as number[]).every((right, left) => right === left);
		default: {
			const chosen = [...(response as number[])].sort((a, b) => a - b);
			return chosen.length === key.c.length && chosen.every((c, i) => c === key.c[i]);
		}
	}
}

/** "You got N of M": M counts graded questions only. */
export function score(results: Readonly<Record<string, boolean>>, graded: readonly string[]): { correct: number; total: number; complete: boolean } {
	const answered = graded.filter((id) => id in results);
	return {
		correct: answered.filter((id) => results[id]).length,
		total: graded.length,
		complete: answered.length === graded.length,
	};
}
