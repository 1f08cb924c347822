// What the browser needs to mark a question (a compact key; view.ts builds it) and what it reads from the page.
// Dependency-free (the fill-in matcher is loaded apart, when a quiz needs it): it runs in the browser and at build time.
import type { MatchKey } from './matching/match';

/**
 * c = indices of correct options; m = how a fill-in answer is marked (matching/match.ts); n = number of order items
 * or match pairs.
 */
export type AnswerKey =
	| { t: 'single' | 'multiple' | 'true-false'; c: number[] }
	| { t: 'fill-in'; m: MatchKey }
	| { t: 'order' | 'match'; n: number };

/**
 * A student's response, always in the question's canonical (authored) order, whatever order the page shows:
 * choice → indices of ticked options; fill-in or discussion → the text typed; order → the position (1..n, 0 = unset)
 * given to each item; match → the index of the right-hand text chosen for each left-hand item (-1 = unset).
 */
export type Response = number[] | string;

/** true-false options are always [True, False]. */
export const TRUE_FALSE = ['True', 'False'] as const;

/** Whether the response is complete enough to mark (every item placed, an option chosen, words typed). */
export function isAnswered(key: AnswerKey, response: Response | undefined): boolean {
	if (response === undefined) return false;
	if (key.t === 'fill-in') return typeof response === 'string' && /[\p{L}\d]/u.test(response);
	if (!Array.isArray(response)) return false;
	if (key.t === 'order') return response.length === key.n && response.every((p) => p >= 1);
	if (key.t === 'match') return response.length === key.n && response.every((r) => r >= 0);
	return response.length > 0;
}

/** Whether a typed answer is right: matching/match.ts's judge, which the browser loads only for a quiz with fill-ins. */
export type Judge = (key: MatchKey, answer: string) => boolean;
