import { describe, expect, it } from 'vitest';
import { choiceOrder } from '../../../src/lib/exports/lms';
import {
	fixedPoints,
	hashSeed,
	maxFixedPoints,
	questionSeed,
	seededOrder,
	shuffledOrder,
} from '../../../src/lib/quiz/shuffle';
import { DEFAULT_SEED, displayOrder } from '../../../src/lib/quiz/view';

describe('shuffledOrder', () => {
	it('is a permutation, the same for the same seed', () => {
		const a = shuffledOrder(8, 'class-7b');
		expect([...a].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
		expect(shuffledOrder(8, 'class-7b')).toEqual(a);
	});
	it('differs between seeds and between questions of one quiz', () => {
		const orders = new Set(['1', '2', '3', '4', '5'].map((s) => shuffledOrder(6, s).join()));
		expect(orders.size).toBeGreaterThan(3);
		expect(shuffledOrder(6, questionSeed('42', 'quiz', 'q1'))).not.toEqual(
			shuffledOrder(6, questionSeed('42', 'quiz', 'q2')),
		);
	});
	it('puts the first option first only about 1 time in n', () => {
		let first = 0;
		for (let i = 0; i < 2000; i++) if (shuffledOrder(4, `seed-${i}`)[0] === 0) first++;
		expect(first / 2000).toBeGreaterThan(0.15);
		expect(first / 2000).toBeLessThan(0.3);
	});
	it('never returns the authored order for two or more items', () => {
		for (let i = 0; i < 500; i++) {
			for (const n of [2, 3, 4, 5])
				expect(
					shuffledOrder(n, `s${i}`).every((v, k) => v === k),
					`n=${n} seed s${i}`,
				).toBe(false);
		}
	});
	it('leaves no ordering or matching item in its answer place for up to four items, at most one for more', () => {
		expect(maxFixedPoints('order', 4)).toBe(0);
		expect(maxFixedPoints('match', 5)).toBe(1);
		expect(maxFixedPoints('single', 4)).toBe(4);
		for (let i = 0; i < 500; i++) {
			for (const n of [2, 3, 4, 5, 6]) {
				const order = shuffledOrder(n, `s${i}`, maxFixedPoints('order', n));
				expect([...order].sort()).toEqual(Array.from({ length: n }, (_, k) => k));
				expect(fixedPoints(order), `n=${n} seed s${i}`).toBeLessThanOrEqual(n <= 4 ? 0 : 1);
			}
		}
	});
	it('handles empty and single lists', () => {
		expect(shuffledOrder(0, 'x')).toEqual([]);
		expect(shuffledOrder(1, 'x')).toEqual([0]);
		expect(hashSeed('')).toBe(0x811c9dc5);
	});
});

describe('one seeded order for the page, the paper and the exports', () => {
	it('displayOrder (quiz page without JS, worksheet, key) and choiceOrder (LMS exports) are seededOrder', () => {
		const q = {
			id: 'q',
			type: 'single' as const,
			prompt: 'Q?',
			evidence: [],
			allow: [],
			options: ['a', 'b', 'c', 'd'].map((text) => ({ text, correct: text === 'a' })),
		};
		for (const seed of ['class-4b', '7'])
			expect(displayOrder('quiz', q, seed)).toEqual(seededOrder(seed, 'quiz', q, 4));
		expect(displayOrder('quiz', q)).toEqual(seededOrder(DEFAULT_SEED, 'quiz', q, 4));
		expect(choiceOrder('quiz', q as never)).toEqual(seededOrder(DEFAULT_SEED, 'quiz', q, 4));
	});
});
