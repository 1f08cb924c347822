// The contract's "Scoring" (contracts.md): every graded question is worth 1 point, with partial credit for multiple,
// match and order, and a mark for each part a student answered. Used by the quiz page, /progress/, the SCORM reporter
// and receipts, so all of them count the same way.
import { isAnswered, type AnswerKey, type Judge, type Response } from './grading';

/** One part of an answer marked: a ticked option, a match row or an order item (by canonical index). */
export interface PartMark {
	i: number;
	right: boolean;
}
export interface Marked {
	/** 0 to 1. */
	points: number;
	verdict: 'correct' | 'partly' | 'incorrect';
	/** Ticked options (choice), rows (match) or items (order), each right or wrong; empty for single answers. */
	parts: PartMark[];
	/** Multiple choice: right options the student did not tick. */
	missed: number[];
}

const verdict = (points: number): Marked['verdict'] =>
	points >= 1 - 1e-9 ? 'correct' : points > 1e-9 ? 'partly' : 'incorrect';
const marked = (points: number, parts: PartMark[] = [], missed: number[] = []): Marked => ({
	points,
	verdict: verdict(points),
	parts,
	missed,
});

/** Points and marks for one response; an unanswered question scores 0. `judge` marks typed answers (match.ts). */
export function mark(key: AnswerKey, response: Response | undefined, judge: Judge): Marked {
	if (!isAnswered(key, response)) return marked(0);
	if (key.t === 'fill-in') return marked(judge(key.m, response as string) ? 1 : 0);
	const r = response as number[];
	if (key.t === 'order' || key.t === 'match') {
		const n = key.n;
		// order: item i belongs at position i + 1; match: left i goes with right i.
		const parts = r.map((v, i) => ({ i, right: key.t === 'order' ? v === i + 1 : v === i }));
		return marked(parts.filter((p) => p.right).length / n, parts);
	}
	const { c } = key as Extract<AnswerKey, { c: number[] }>;
	const parts = [...new Set(r)].sort((a, b) => a - b).map((i) => ({ i, right: c.includes(i) }));
	if (key.t !== 'multiple') return marked(parts.length === 1 && parts[0]!.right ? 1 : 0, parts);
	// Multiple: +1/k for each right option ticked, −1/k for each wrong one, never below 0 (Moodle's convention).
	const k = c.length;
	const net = parts.reduce((sum, p) => sum + (p.right ? 1 : -1), 0);
	const missed = c.filter((i) => !r.includes(i));
	return marked(Math.max(0, net) / k, parts, missed);
}

/** The total of some questions' points out of the number of graded questions. */
export function total(points: Readonly<Record<string, number>>, graded: readonly string[]) {
	const answered = graded.filter((id) => id in points);
	return {
		score: answered.reduce((sum, id) => sum + points[id]!, 0),
		max: graded.length,
		complete: answered.length === graded.length,
	};
}
