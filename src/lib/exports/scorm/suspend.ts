// A saved quiz (seed, answers, name, counted points, the handed-in attempt) in SCORM 1.2's cmi.suspend_data, which
// holds at most 4,096 characters. Packages run test mode, so one attempt is kept: the one on the page.
import type { Response } from '../../quiz/grading';
import { emptyQuiz, isResponse, type SavedQuiz } from '../../quiz/storage';

/** CMIString4096 (SCORM 1.2 RTE 3.4.4). */
export const SUSPEND_LIMIT = 4096;

/** A typed answer longer than this is cut on saving (the LMS's own student_response keeps 255 characters too). */
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

/** Per question: its index, the counted points in thousandths (-1: none), the answer (null: none). */
type Entry = [index: number, points: number, answer: Response | null];
type Encoded = [version: 's2', tag: string, seed: string, name: string, handedIn: string | 0, entries: Entry[]];

/** Control characters would cost six characters each in JSON; a text box has no use for them. */
const cleanText = (text: string, max: number): string => text.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, max);

function build(saved: SavedQuiz, ids: readonly string[], maxText: number): string {
	const entries: Entry[] = [];
	const last = saved.locked ? saved.done.at(-1) : undefined;
	const answers = last ? last.answers : saved.answers;
	ids.forEach((id, i) => {
		const answer = answers[id];
		const points = last ? last.points[id] : saved.counted[id];
		if (answer === undefined && points === undefined) return;
		entries.push([
			i,
			points === undefined ? -1 : Math.round(points * 1000),
			answer === undefined ? null : typeof answer === 'string' ? cleanText(answer, maxText) : answer,
		]);
	});
	const encoded: Encoded = ['s2', questionsTag(ids), saved.seed.slice(0, 100), saved.name, last?.at ?? 0, entries];
	return JSON.stringify(encoded);
}

/**
 * Question ids become indices and the object a compact JSON array. Long typed answers are shortened until the whole
 * fits in 4,096 characters (which the shipped quizzes never need: see tests/unit/exports/scorm/suspend.test.ts).
 */
export function encodeSuspend(saved: SavedQuiz, ids: readonly string[]): string {
	let maxText = MAX_TEXT;
	let text = build(saved, ids, maxText);
	while (text.length > SUSPEND_LIMIT && maxText > 0) {
		maxText = Math.floor(maxText / 2);
		text = build(saved, ids, maxText);
	}
	return text;
}

const isInt = (v: unknown): v is number => Number.isInteger(v);

/** The saved quiz, or null for empty, corrupt or foreign data (a fresh quiz is always safe). */
export function decodeSuspend(text: string, ids: readonly string[], graded: readonly string[]): SavedQuiz | null {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return null;
	}
	if (!Array.isArray(data) || data[0] !== 's2' || data[1] !== questionsTag(ids) || !Array.isArray(data[5])) return null;
	const [, , seed, name, handedIn, entries] = data as Encoded;
	if (typeof seed !== 'string') return null;
	const saved = emptyQuiz(seed);
	if (typeof name === 'string') saved.name = name.slice(0, 100);
	for (const entry of entries) {
		if (!Array.isArray(entry)) continue;
		const [index, points, answer] = entry as unknown[];
		const id = isInt(index) ? ids[index] : undefined;
		if (id === undefined) continue;
		if (isInt(points) && points >= 0 && points <= 1000) saved.counted[id] = points / 1000;
		if (isResponse(answer)) saved.answers[id] = answer;
	}
	if (typeof handedIn === 'string' && !Number.isNaN(Date.parse(handedIn))) {
		const points = Object.fromEntries(graded.map((id) => [id, saved.counted[id] ?? 0]));
		const score = Object.values(points).reduce((a, b) => a + b, 0);
		const attempt = { at: handedIn, answers: saved.answers, points, score, max: graded.length, seed };
		saved.done = [saved.name ? { ...attempt, name: saved.name } : attempt];
		saved.locked = true;
	}
	return saved;
}
