// What the item-writing rules share: the parts of a quiz they read, a finding, the limits, and text folding.
import type { ItemRule, Question } from '../question';

export interface Waiver {
	rule: ItemRule;
	why: string;
}

/** The parts of a quiz the rules read. */
export interface CheckedQuiz {
	questions: readonly (Question & { allow?: readonly Waiver[] })[];
	allow?: readonly Waiver[];
}

export interface ItemFinding {
	rule: ItemRule;
	/** The question at fault, or undefined for a rule about the whole quiz. */
	question?: string;
	problem: string;
	fix: string;
}

/** The keyed option of a single-choice question may be at most this many times as long as the longest distractor. */
export const KEY_LENGTH_LIMIT = 1.4;

/** Quiz-wide share of true/false questions keyed True, over the whole site. */
export const TRUE_SHARE = { min: 0.4, max: 0.6 } as const;

export const MIN_TYPES = 5;

export type Options = Extract<Question, { options: unknown }>;
export const hasOptions = (q: Question): q is Options => q.type === 'single' || q.type === 'multiple';

/** Lower case, no accents, punctuation as spaces: "Azerbaijan’s" → "azerbaijan s". */
export const foldText = (text: string): string =>
	` ${text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

/** Ratio of the key's length to the longest distractor's, in characters (single choice). */
export function keyLengthRatio(q: Options): number {
	const key = Math.max(...q.options.filter((o) => o.correct).map((o) => o.text.length));
	const longest = Math.max(1, ...q.options.filter((o) => !o.correct).map((o) => o.text.length));
	return key / longest;
}
