// The contract's scoring table (contracts.md, "Scoring"), type by type, with the edge cases.
import { describe, expect, it } from 'vitest';
import type { AnswerKey } from '../../../src/lib/quiz/grading';
import { judge, matchKey } from '../../../src/lib/quiz/matching/match';
import { mark, total } from '../../../src/lib/quiz/scoring';
import { formatScore } from '../../../src/lib/quiz/storage';

const single: AnswerKey = { t: 'single', c: [2] };
const tf: AnswerKey = { t: 'true-false', c: [1] };
const multiple: AnswerKey = { t: 'multiple', c: [0, 2] };
const order: AnswerKey = { t: 'order', n: 4 };
const match: AnswerKey = { t: 'match', n: 3 };
const fill: AnswerKey = { t: 'fill-in', m: matchKey('number', ['232']) };

describe('mark: points per the contract', () => {
	it('single, true-false and fill-in: 1 or 0', () => {
		expect(mark(single, [2], judge).points).toBe(1);
		expect(mark(single, [0], judge).points).toBe(0);
		expect(mark(tf, [1], judge)).toMatchObject({ points: 1, verdict: 'correct' });
		expect(mark(tf, [0], judge)).toMatchObject({ points: 0, verdict: 'incorrect' });
		expect(mark(fill, 'at least 232', judge)).toMatchObject({ points: 1, verdict: 'correct', parts: [] });
		expect(mark(fill, '32', judge)).toMatchObject({ points: 0, verdict: 'incorrect' });
	});
	it('multiple: +1/k per right option ticked, −1/k per wrong one, never below 0', () => {
		expect(mark(multiple, [0, 2], judge).points).toBe(1);
		expect(mark(multiple, [0], judge)).toMatchObject({ points: 0.5, verdict: 'partly', missed: [2] });
		expect(mark(multiple, [0, 1], judge).points).toBe(0);
		expect(mark(multiple, [0, 1, 2], judge).points).toBe(0.5);
		expect(mark(multiple, [1, 3], judge).points).toBe(0); // 2 wrong: −1, kept at 0
	});
	it('multiple, every option ticked: the wrong ticks cancel the right ones', () => {
		expect(mark(multiple, [0, 1, 2, 3], judge)).toMatchObject({ points: 0, verdict: 'incorrect' });
		expect(mark({ t: 'multiple', c: [0, 1, 2] }, [0, 1, 2, 3], judge).points).toBeCloseTo(2 / 3);
	});
	it('nothing ticked, nothing placed, nothing typed: 0, and no marks', () => {
		for (const [key, empty] of [
			[single, []],
			[multiple, []],
			[order, [0, 0, 0, 0]],
			[match, [-1, -1, -1]],
			[fill, '  '],
		] as const)
			expect(mark(key, empty as never, judge)).toEqual({ points: 0, verdict: 'incorrect', parts: [], missed: [] });
		expect(mark(single, undefined, judge).points).toBe(0);
	});
	it('order: 1/n per item in its own position (absolute position)', () => {
		expect(mark(order, [1, 2, 3, 4], judge).points).toBe(1);
		expect(mark(order, [2, 1, 3, 4], judge)).toMatchObject({
			points: 0.5,
			verdict: 'partly',
			parts: [
				{ i: 0, right: false },
				{ i: 1, right: false },
				{ i: 2, right: true },
				{ i: 3, right: true },
			],
		});
		expect(mark(order, [4, 3, 2, 1], judge).points).toBe(0);
	});
	it('match: 1/n per left item given its right partner; a spare right-hand text scores nothing', () => {
		expect(mark(match, [0, 1, 2], judge).points).toBe(1);
		expect(mark(match, [0, 3, 1], judge).points).toBeCloseTo(1 / 3);
		expect(mark(match, [0, 3, 1], judge).parts.map((p) => p.right)).toEqual([true, false, false]);
	});
	it('marks each ticked option of a choice question, right or wrong', () => {
		expect(mark(multiple, [2, 1], judge).parts).toEqual([
			{ i: 1, right: false },
			{ i: 2, right: true },
		]);
		expect(mark(single, [0], judge).parts).toEqual([{ i: 0, right: false }]);
	});
});

describe('total and formatScore', () => {
	it('adds the points of graded questions; complete when every one counts', () => {
		expect(total({ a: 1, b: 0.5 }, ['a', 'b', 'c'])).toEqual({ score: 1.5, max: 3, complete: false });
		expect(total({ a: 1, b: 0.5, c: 0 }, ['a', 'b', 'c']).complete).toBe(true);
	});
	it('prints at most one decimal: "6.5", "7", "6.3"', () => {
		expect(formatScore(6.5)).toBe('6.5');
		expect(formatScore(7)).toBe('7');
		expect(formatScore(6 + 1 / 3)).toBe('6.3');
		expect(formatScore(0.5 + 2 / 3 + 1 / 3)).toBe('1.5');
	});
});
