// Grades quiz responses against a compact answer key. Dependency-free: it also runs in the browser.
import type { Question } from './question';

/**
 * What the browser needs to grade a question, nothing more:
 * c = indices of correct options; a = accepted fill-in answers (normalised); m/v = typed matching ("time" in minutes
 * after midnight, or "number") and the canonical value; n = number of order items / match pairs.
 */
export type AnswerKey =
	| { t: 'single' | 'multiple' | 'true-false'; c: number[] }
	| { t: 'fill-in'; a: string[]; m?: 'time' | 'number'; v?: number }
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

/** How a fill-in answer is compared: as text (the default), as a clock time, or as a number. */
export type FillInMatch = 'text' | 'time' | 'number';

/** A trailing time-zone word is allowed and ignored ("9am GMT"): the question says which zone it asks for. */
const ZONE = /\s*(?:gmt|utc|z|local(?: time)?)$/;

/**
 * A clock time as minutes after midnight, or null: 24-hour and 12-hour forms with ":", "." or nothing between hours
 * and minutes ("09:00", "9.00", "0900"), am/pm with or without dots ("9am", "9 a.m."), an optional zone word.
 */
export function parseTime(text: string): number | null {
	const t = normaliseAnswer(text)
		.replace(ZONE, '')
		.replace(/\s*(?:o'?clock|hrs?|hours)$/, '');
	const m = /^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?\s?m\.?)?$/.exec(t);
	if (!m) return null;
	let hours = Number(m[1]);
	const minutes = Number(m[2] ?? 0);
	if (minutes > 59 || hours > (m[3] ? 12 : 23) || (m[3] && hours === 0)) return null;
	if (m[3]) hours = (hours % 12) + (m[3] === 'p' ? 12 : 0);
	return hours * 60 + minutes;
}

/** Words before a number that only hedge it ("about 120,000"). */
const HEDGE = /^(?:about|approximately|approx\.?|around|roughly|some|nearly|almost|circa|c\.|~|at least)\s*/;

/**
 * A number, or null: digit grouping with commas, spaces or dots ("120,000", "120 000", "120.000"), a decimal point,
 * "k"/"thousand"/"million", leading hedges ("about", "approximately") and trailing words ("120,000 people").
 */
export function parseNumber(text: string): number | null {
	const t = normaliseAnswer(text).replace(HEDGE, '');
	const m = /^(\d{1,3}(?:([,. ])\d{3})(?:\2\d{3})*|\d+)(?:\.(\d+))?\s*(k|thousand|m|million)?(?:\s+\D.*)?$/.exec(t);
	if (!m) return null;
	const whole = Number(m[1]!.replace(/[,. ]/g, ''));
	const value = m[3] ? Number(`${whole}.${m[3]}`) : whole;
	const scale = m[4] ? (m[4].startsWith('m') ? 1e6 : 1e3) : 1;
	return Math.round(value * scale * 1e6) / 1e6;
}

/** The canonical answer's value for typed matching (null when it does not parse: an author error). */
export function typedValue(match: FillInMatch, text: string): number | null {
	if (match === 'time') return parseTime(text);
	if (match === 'number') return parseNumber(text);
	return null;
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
		case 'fill-in': {
			const value = q.match === 'text' ? null : typedValue(q.match, q.answers[0]!);
			return value === null
				? { t: 'fill-in', a: q.answers.map(normaliseAnswer) }
				: { t: 'fill-in', a: q.answers.map(normaliseAnswer), m: q.match as 'time' | 'number', v: value };
		}
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
		case 'fill-in': {
			const text = response as string;
			if (key.a.includes(normaliseAnswer(text))) return true;
			return key.m !== undefined && key.v !== undefined && typedValue(key.m, text) === key.v;
		}
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
export function score(
	results: Readonly<Record<string, boolean>>,
	graded: readonly string[],
): { correct: number; total: number; complete: boolean } {
	const answered = graded.filter((id) => id in results);
	return {
		correct: answered.filter((id) => results[id]).length,
		total: graded.length,
		complete: answered.length === graded.length,
	};
}
