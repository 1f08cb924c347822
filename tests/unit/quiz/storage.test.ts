import { describe, expect, it } from 'vitest';
import { emptyQuiz, parseSaved, recordAttempt, storageKey } from '../../../src/lib/quiz/storage';

const ids = ['a', 'b'];

describe('parseSaved', () => {
	it('reads back what was saved', () => {
		const saved = { ...emptyQuiz('42'), answers: { a: [1], b: 'Yevlakh' }, results: { a: true } };
		expect(parseSaved(JSON.stringify(saved), ids)).toEqual(saved);
	});
	it('returns null for nothing, corrupt JSON, another version or a wrong shape', () => {
		expect(parseSaved(null, ids)).toBeNull();
		expect(parseSaved('{not json', ids)).toBeNull();
		expect(parseSaved(JSON.stringify({ ...emptyQuiz('1'), v: 0 }), ids)).toBeNull();
		expect(parseSaved('[1,2,3]', ids)).toBeNull();
		expect(parseSaved('"text"', ids)).toBeNull();
	});
	it('drops answers for unknown questions and values of the wrong type', () => {
		const raw = JSON.stringify({
			v: 1,
			seed: 's',
			answers: { a: [0], zzz: [1], b: { evil: true } },
			results: { a: 'yes', b: false },
			best: { correct: 9, total: 2 },
		});
		expect(parseSaved(raw, ids)).toEqual({
			v: 1,
			seed: 's',
			answers: { a: [0] },
			results: { b: false },
			best: null,
			last: null,
		});
	});
	it('uses a versioned key per quiz', () => {
		expect(storageKey('background')).toBe('karabakh-guide:quiz:v1:background');
	});
});

describe('recordAttempt', () => {
	it('keeps the best score and the latest attempt', () => {
		const first = recordAttempt(emptyQuiz('1'), 5, 8, new Date('2026-01-01T10:00:00Z'));
		const second = recordAttempt(first, 3, 8, new Date('2026-01-02T10:00:00Z'));
		expect(second.best).toEqual({ correct: 5, total: 8 });
		expect(second.last).toEqual({ correct: 3, total: 8, at: '2026-01-02T10:00:00.000Z' });
		expect(recordAttempt(second, 7, 8, new Date()).best).toEqual({ correct: 7, total: 8 });
	});
});
