import { describe, expect, it } from 'vitest';
import {
	emptyQuiz,
	finishAttempt,
	newAttempt,
	parseSaved,
	storageKey,
	type SavedQuiz,
} from '../../../src/lib/quiz/storage';

const ids = ['a', 'b', 'notes'];
const graded = ['a', 'b'];

describe('parseSaved', () => {
	it('reads back what was saved, a finished attempt and written answers included', () => {
		const saved: SavedQuiz = {
			...emptyQuiz('42'),
			answers: { a: [1], b: 'Yevlakh', notes: 'Both reports say…' },
			counted: { a: 0.5 },
			checked: { a: [1] },
			done: [
				{ at: '2026-12-01T10:00:00.000Z', answers: { a: [0] }, points: { a: 1, b: 0 }, score: 1, max: 2, seed: '42' },
			],
			locked: true,
			name: 'Ani',
		};
		expect(parseSaved(JSON.stringify(saved), ids)).toEqual(saved);
	});
	it('returns null for nothing, corrupt JSON, another version or a wrong shape', () => {
		expect(parseSaved(null, ids)).toBeNull();
		expect(parseSaved('{not json', ids)).toBeNull();
		expect(parseSaved(JSON.stringify({ ...emptyQuiz('1'), v: 3 }), ids)).toBeNull();
		expect(parseSaved('[1,2,3]', ids)).toBeNull();
		expect(parseSaved('"text"', ids)).toBeNull();
	});
	it('drops unknown questions, wrong types, points out of range and broken attempts; a lock needs an attempt', () => {
		const raw = JSON.stringify({
			v: 2,
			seed: 's',
			answers: { a: [0], zzz: [1], b: { evil: true } },
			counted: { a: 2, b: 0.5 },
			checked: { a: 'x' },
			done: [{ at: 'yesterday', points: {}, max: 2, seed: 's' }, { nonsense: true }],
			locked: true,
		});
		expect(parseSaved(raw, ids)).toEqual({
			...emptyQuiz('s'),
			answers: { a: [0] },
			counted: { b: 0.5 },
			checked: { a: 'x' },
		});
	});
	it("upgrades a version-1 record: each right/wrong result becomes the first check's points", () => {
		const v1 = { v: 1, seed: 's', answers: { a: [2], b: 'x' }, results: { a: true, b: false }, best: null, last: null };
		expect(parseSaved(JSON.stringify(v1), ids)).toEqual({
			...emptyQuiz('s'),
			answers: { a: [2], b: 'x' },
			counted: { a: 1, b: 0 },
			checked: { a: [2], b: 'x' },
		});
	});
	it('keeps practice and test apart, each under a versioned key', () => {
		expect(storageKey('background')).toBe('karabakh-guide:quiz:v2:background');
		expect(storageKey('background', 'test')).toBe('karabakh-guide:test:v1:background');
	});
});

describe('finishAttempt and newAttempt', () => {
	it('an attempt records every graded question (0 for none), its score, name and start; a new one keeps it', () => {
		const current: SavedQuiz = {
			...emptyQuiz('s'),
			answers: { a: [1], notes: 'text' },
			counted: { a: 0.5 },
			name: 'Ani',
			started: '2026-12-01T09:55:00.000Z',
		};
		const handedIn = finishAttempt(current, graded, new Date('2026-12-01T10:00:00Z'), true);
		expect(handedIn.locked).toBe(true);
		expect(handedIn.started).toBeUndefined();
		expect(handedIn.done).toEqual([
			{
				at: '2026-12-01T10:00:00.000Z',
				started: '2026-12-01T09:55:00.000Z',
				answers: { a: [1], notes: 'text' },
				points: { a: 0.5, b: 0 },
				score: 0.5,
				max: 2,
				seed: 's',
				name: 'Ani',
			},
		]);
		const next = newAttempt(handedIn);
		expect(next).toMatchObject({ answers: {}, counted: {}, checked: {}, locked: false, name: 'Ani' });
		expect(next.done).toHaveLength(1);
	});
});
