// A saved quiz (answers, results, seed, scores) in SCORM 1.2's cmi.suspend_data, which holds at most 4,096 characters.
import type { Response } from '../../quiz/grading';
import { STORAGE_VERSION, type SavedQuiz } from '../../quiz/storage';

/** CMIString4096 (SCORM 1.2 RTE 3.4.4). */
export const SUSPEND_LIMIT = 4096;

/** A fill-in answer longer than this is cut on saving (the LMS's own student_response keeps 255 characters too). */
export const MAX_TEXT = 255;

/**
 * Which questions the indices refer to: saved data from a package with other questions is dropped, not misread.
 * FNV-1a, as in shuffle.ts, written out here so the reporter shares no chunk with the site's quiz script (whose budget
 * counts requests).
 */
export function questionsTag(ids: readonly string[]): string {
	let h = 0x811c9dc5;
	for (const c of ids.join('\n')) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
	return (h >>> 0).toString(36);
}

type Entry = [index: number, result: 0 | 1 | -1, answer: Response | null];
type Encoded = [
	version: 's1',
	tag: string,
	seed: string,
	best: [number, number] | 0,
	last: [number, number, string] | 0,
	entries: Entry[],
];

/** Control characters would cost six characters each in JSON; a one-line text box has no use for them. */
const cleanText = (text: string, max: number): string => text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, max);

function build(saved: SavedQuiz, ids: readonly string[], maxText: number): string {
	const entries: Entry[] = [];
	ids.forEach((id, index) => {
		const answer = saved.answers[id];
		const result = saved.results[id];
		if (answer === undefined && result === undefined) return;
		entries.push([
			index,
			result === undefined ? -1 : result ? 1 : 0,
			answer === undefined ? null : typeof answer === 'string' ? cleanText(answer, maxText) : answer,
		]);
	});
	const encoded: Encoded = [
		's1',
		questionsTag(ids),
		saved.seed.slice(0, 100),
		saved.best ? [saved.best.correct, saved.best.total] : 0,
		saved.last ? [saved.last.correct, saved.last.total, saved.last.at] : 0,
		entries,
	];
	return JSON.stringify(encoded);
}

/**
 * Question ids become indices and the object a compact JSON array. Long fill-in texts are shortened until the whole
 * fits in 4,096 characters (which the shipped quizzes never need: see tests/unit/exports/scorm/suspend.test.ts).
 */
export function encodeSuspend(saved: SavedQuiz, ids: readonly string[]): string {
	let maxText = MAX_TEXT;
	let text = build(saved, ids, maxText);
	while (text.length > SUSPEND_LIMIT && maxText > 0) {
		maxText = Math.floor(maxText / 2);
		text = build(saved, ids, maxText);
	}
	return text.length > SUSPEND_LIMIT ? build({ ...saved, answers: {}, last: null }, ids, 0) : text;
}

const isInt = (v: unknown): v is number => Number.isInteger(v);
const isResponse = (v: unknown): v is Response => typeof v === 'string' || (Array.isArray(v) && v.every(isInt));

/** The saved quiz, or null for empty, corrupt or foreign data (a fresh quiz is always safe). */
export function decodeSuspend(text: string, ids: readonly string[]): SavedQuiz | null {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	if (
		!Array.isArray(data) ||
		data[0] !== 's1' ||
		data[1] !== questionsTag(ids) ||
		typeof data[2] !== 'string' ||
		!Array.isArray(data[5])
	)
		return null;
	const [, , seed, best, last, entries] = data as Encoded;
	const saved: SavedQuiz = { v: STORAGE_VERSION, seed, answers: {}, results: {}, best: null, last: null };
	if (Array.isArray(best) && best.length === 2 && best.every(isInt)) saved.best = { correct: best[0], total: best[1] };
	if (Array.isArray(last) && isInt(last[0]) && isInt(last[1]) && typeof last[2] === 'string')
		saved.last = { correct: last[0], total: last[1], at: last[2] };
	for (const entry of entries) {
		if (!Array.isArray(entry)) continue;
		const [index, result, answer] = entry as unknown[];
		const id = isInt(index) ? ids[index] : undefined;
		if (id === undefined) continue;
		if (result === 0 || result === 1) saved.results[id] = result === 1;
		if (isResponse(answer)) saved.answers[id] = answer;
	}
	return saved;
}
