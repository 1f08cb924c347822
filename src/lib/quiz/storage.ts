// What a quiz keeps in the student's browser (localStorage), and the validation of what is read back.
import type { Response } from './grading';

export const STORAGE_VERSION = 1;
export const storageKey = (quizId: string): string => `karabakh-guide:quiz:v${STORAGE_VERSION}:${quizId}`;
export const STORAGE_PREFIX = `karabakh-guide:quiz:v${STORAGE_VERSION}:`;

export interface SavedQuiz {
	v: typeof STORAGE_VERSION;
	/** The option order in use, so a reload shows the same order. */
	seed: string;
	answers: Record<string, Response>;
	/** Checked questions: id → correct. */
	results: Record<string, boolean>;
	/** Best and latest complete attempts. */
	best: { correct: number; total: number } | null;
	last: { correct: number; total: number; at: string } | null;
}

export const emptyQuiz = (seed: string): SavedQuiz => ({
	v: STORAGE_VERSION,
	seed,
	answers: {},
	results: {},
	best: null,
	last: null,
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isResponse = (v: unknown): v is Response =>
	typeof v === 'string' || (Array.isArray(v) && v.every((n) => Number.isInteger(n)));
const isScore = (v: unknown): v is { correct: number; total: number } =>
	isObject(v) &&
	Number.isInteger(v['correct']) &&
	Number.isInteger(v['total']) &&
	(v['correct'] as number) <= (v['total'] as number);

/**
 * Reads back a saved quiz. Anything corrupt, from another version, or about questions the quiz no longer has is
 * dropped rather than trusted: the worst case is a fresh quiz, never a broken one.
 */
export function parseSaved(raw: string | null, questionIds: readonly string[]): SavedQuiz | null {
	if (raw === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return null;
	}
	if (!isObject(data) || data['v'] !== STORAGE_VERSION || typeof data['seed'] !== 'string') return null;
	const known = new Set(questionIds);
	const answers: Record<string, Response> = {};
	const results: Record<string, boolean> = {};
	if (isObject(data['answers'])) {
		for (const [id, value] of Object.entries(data['answers']))
			if (known.has(id) && isResponse(value)) answers[id] = value;
	}
	if (isObject(data['results'])) {
		for (const [id, value] of Object.entries(data['results']))
			if (known.has(id) && typeof value === 'boolean') results[id] = value;
	}
	const last = data['last'];
	return {
		v: STORAGE_VERSION,
		seed: data['seed'].slice(0, 100),
		answers,
		results,
		best: isScore(data['best']) ? { correct: data['best'].correct, total: data['best'].total } : null,
		last:
			isScore(last) && typeof (last as Record<string, unknown>)['at'] === 'string'
				? { correct: last.correct, total: last.total, at: String((last as Record<string, unknown>)['at']) }
				: null,
	};
}

/** Records a completed attempt: it becomes the last, and the best if it beats it. */
export function recordAttempt(saved: SavedQuiz, correct: number, total: number, at: Date): SavedQuiz {
	const best =
		saved.best && saved.best.total === total && saved.best.correct >= correct ? saved.best : { correct, total };
	return { ...saved, best, last: { correct, total, at: at.toISOString() } };
}
