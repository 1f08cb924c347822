// What a quiz keeps in the student's browser (localStorage), one record per mode, and the validation of what is read
// back: anything corrupt, from another version or about questions the quiz no longer has is dropped, never trusted.
import type { Response } from './grading';

export type QuizMode = 'practice' | 'test';

/** localStorage keys; version 1 of the practice record (before test mode) is read and upgraded. */
export const storageKey = (quizId: string, mode: QuizMode = 'practice'): string =>
	mode === 'test' ? `karabakh-guide:test:v1:${quizId}` : `karabakh-guide:quiz:v2:${quizId}`;
export const LEGACY_KEY = (quizId: string): string => `karabakh-guide:quiz:v1:${quizId}`;
export const STORAGE_PREFIXES = ['karabakh-guide:quiz:v2:', 'karabakh-guide:test:v1:'] as const;

/** One finished attempt: every graded question checked (practice) or the quiz handed in (test). */
export interface Attempt {
	/** When it was finished (ISO 8601). */
	at: string;
	/** When its first answer was given, if known. */
	started?: string;
	/** The answers as they were, written answers included. */
	answers: Record<string, Response>;
	/** Points per graded question, 0 to 1 (scoring.ts). */
	points: Record<string, number>;
	score: number;
	max: number;
	seed: string;
	/** The student's name as typed (test mode), for receipts. */
	name?: string;
}

export interface SavedQuiz {
	v: 2;
	/** The option order in use, so a reload shows the same order. */
	seed: string;
	/** The answers on the page now, written answers included. */
	answers: Record<string, Response>;
	/** Points that count, per question: the first check (practice) or the hand-in (test). */
	counted: Record<string, number>;
	/** The response each question was last checked with (practice): its feedback comes back after a reload. */
	checked: Record<string, Response>;
	/** Finished attempts, oldest first (at most MAX_ATTEMPTS). */
	done: Attempt[];
	/** Test mode: the last attempt is handed in and its answers are locked until a new attempt starts. */
	locked: boolean;
	/** Test mode: the name typed for the receipt. */
	name: string;
	/** When the current attempt's first answer was given. */
	started?: string;
}

export const MAX_ATTEMPTS = 20;

/** "6.5", "7", "6.3": a score with at most one decimal, as the summary and receipts print it. */
export const formatScore = (score: number): string => String(Math.round(score * 10) / 10);

export const emptyQuiz = (seed: string): SavedQuiz => ({
	v: 2,
	seed,
	answers: {},
	counted: {},
	checked: {},
	done: [],
	locked: false,
	name: '',
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isResponse = (v: unknown): v is Response =>
	typeof v === 'string' || (Array.isArray(v) && v.every((n) => Number.isInteger(n)));
const isPoints = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));

/** The entries of `value` about known questions whose values pass `ok`. */
function known<T>(value: unknown, ids: ReadonlySet<string>, ok: (v: unknown) => v is T): Record<string, T> {
	const out: Record<string, T> = {};
	if (isObject(value)) for (const [id, v] of Object.entries(value)) if (ids.has(id) && ok(v)) out[id] = v;
	return out;
}

function readAttempt(v: unknown, ids: ReadonlySet<string>): Attempt | null {
	if (!isObject(v) || !isDate(v['at']) || typeof v['seed'] !== 'string') return null;
	const points = known(v['points'], ids, isPoints);
	const max = v['max'];
	if (!Number.isInteger(max) || (max as number) < 1) return null;
	const score = Object.values(points).reduce((a, b) => a + b, 0);
	return {
		at: v['at'],
		...(isDate(v['started']) ? { started: v['started'] } : {}),
		answers: known(v['answers'], ids, isResponse),
		points,
		score,
		max: max as number,
		seed: v['seed'].slice(0, 100),
		...(typeof v['name'] === 'string' ? { name: v['name'].slice(0, 100) } : {}),
	};
}

/** Reads back a saved quiz; a version-1 practice record (answers and right/wrong results) is upgraded. */
export function parseSaved(raw: string | null, questionIds: readonly string[]): SavedQuiz | null {
	if (raw === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isObject(data) || typeof data['seed'] !== 'string') return null;
	const ids = new Set(questionIds);
	const saved = emptyQuiz(data['seed'].slice(0, 100));
	saved.answers = known(data['answers'], ids, isResponse);
	if (data['v'] === 1) {
		// Version 1 kept right/wrong per checked question; the first check is all that counts now.
		const results = known(data['results'], ids, (v): v is boolean => typeof v === 'boolean');
		for (const [id, right] of Object.entries(results)) {
			saved.counted[id] = right ? 1 : 0;
			if (saved.answers[id] !== undefined) saved.checked[id] = saved.answers[id];
		}
		return saved;
	}
	if (data['v'] !== 2) return null;
	saved.counted = known(data['counted'], ids, isPoints);
	saved.checked = known(data['checked'], ids, isResponse);
	if (Array.isArray(data['done']))
		saved.done = data['done'].flatMap((a) => readAttempt(a, ids) ?? []).slice(-MAX_ATTEMPTS);
	saved.locked = data['locked'] === true && saved.done.length > 0;
	if (typeof data['name'] === 'string') saved.name = data['name'].slice(0, 100);
	if (isDate(data['started'])) saved.started = data['started'];
	return saved;
}

/** Records a finished attempt (the counted points of every graded question). */
export function finishAttempt(saved: SavedQuiz, graded: readonly string[], at: Date, lock: boolean): SavedQuiz {
	const points = Object.fromEntries(graded.map((id) => [id, saved.counted[id] ?? 0]));
	const attempt: Attempt = {
		at: at.toISOString(),
		...(saved.started ? { started: saved.started } : {}),
		answers: { ...saved.answers },
		points,
		score: Object.values(points).reduce((a, b) => a + b, 0),
		max: graded.length,
		seed: saved.seed,
		...(saved.name ? { name: saved.name } : {}),
	};
	const { started: _started, ...rest } = saved;
	return { ...rest, done: [...saved.done, attempt].slice(-MAX_ATTEMPTS), locked: lock };
}

/** A new attempt: no answers, nothing counted or checked; finished attempts and the name are kept. */
export const newAttempt = (saved: SavedQuiz): SavedQuiz => {
	const { started: _started, ...rest } = saved;
	return { ...rest, answers: {}, counted: {}, checked: {}, locked: false };
};
