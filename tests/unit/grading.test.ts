import { describe, expect, it } from 'vitest';
import { answerKey, isAnswered, isCorrect, normaliseAnswer, score } from '../../src/lib/grading';

const q = { id: 'x', prompt: 'p', explanation: 'e', evidence: [] };

describe('normaliseAnswer', () => {
	it('ignores case, diacritics, surrounding white space and punctuation', () => {
		expect(normaliseAnswer('  Yevlakh. ')).toBe('yevlakh');
		expect(normaliseAnswer('"Yévlakh!"')).toBe('yevlakh');
		expect(normaliseAnswer('Şuşa')).toBe('susa');
	});
	it('keeps inner punctuation and folds inner spaces', () => {
		expect(normaliseAnswer('re-integration')).not.toBe(normaliseAnswer('reintegration'));
		expect(normaliseAnswer('09:00   GMT')).toBe('09:00 gmt');
	});
});

describe('isCorrect', () => {
	it('single and true-false: the one correct option', () => {
		const key = answerKey({ ...q, type: 'single', options: [{ text: 'a', correct: false }, { text: 'b', correct: true }] });
		expect(isCorrect(key, [1])).toBe(true);
		expect(isCorrect(key, [0])).toBe(false);
		const tf = answerKey({ ...q, type: 'true-false', answer: false });
		expect(isCorrect(tf, [1])).toBe(true);
		expect(isCorrect(tf, [0])).toBe(false);
	});
	it('multiple: exactly the set of correct options, in any order', () => {
		const key = answerKey({
			...q,
			type: 'multiple',
			options: [{ text: 'a', correct: true }, { text: 'b', correct: false }, { text: 'c', correct: true }],
		});
		expect(isCorrect(key, [2, 0])).toBe(true);
		expect(isCorrect(key, [0])).toBe(false);
		expect(isCorrect(key, [0, 1, 2])).toBe(false);
	});
	it('fill-in: any accepted answer after normalisation', () => {
		const key = answerKey({ ...q, type: 'fill-in', answers: ['Yevlakh', 'Yevlax'] });
		expect(isCorrect(key, ' yevlax ')).toBe(true);
		expect(isCorrect(key, 'YEVLAKH.')).toBe(true);
		expect(isCorrect(key, 'Baku')).toBe(false);
	});
	it('order: each item at its own position', () => {
		const key = answerKey({ ...q, type: 'order', items: ['a', 'b', 'c'] });
		expect(isCorrect(key, [1, 2, 3])).toBe(true);
		expect(isCorrect(key, [2, 1, 3])).toBe(false);
	});
	it('match: each left with its own right', () => {
		const key = answerKey({ ...q, type: 'match', pairs: [{ left: 'a', right: 'A' }, { left: 'b', right: 'B' }] });
		expect(isCorrect(key, [0, 1])).toBe(true);
		expect(isCorrect(key, [1, 0])).toBe(false);
	});
});

describe('isAnswered', () => {
	it('needs every item placed, a choice made, or text typed', () => {
		const order = answerKey({ ...q, type: 'order', items: ['a', 'b', 'c'] });
		expect(isAnswered(order, [1, 0, 3])).toBe(false);
		expect(isAnswered(order, [1, 2, 3])).toBe(true);
		const match = answerKey({ ...q, type: 'match', pairs: [{ left: 'a', right: 'A' }, { left: 'b', right: 'B' }] });
		expect(isAnswered(match, [0, -1])).toBe(false);
		const fill = answerKey({ ...q, type: 'fill-in', answers: ['x'] });
		expect(isAnswered(fill, ' ... ')).toBe(false);
		expect(isAnswered(fill, undefined)).toBe(false);
		const single = answerKey({ ...q, type: 'single', options: [{ text: 'a', correct: true }, { text: 'b', correct: false }] });
		expect(isAnswered(single, [])).toBe(false);
	});
});

describe('score', () => {
	it('counts correct results over graded questions, complete when all are checked', () => {
		expect(score({ a: true, b: false }, ['a', 'b', 'c'])).toEqual({ correct: 1, total: 3, complete: false });
		expect(score({ a: true, b: false, c: true }, ['a', 'b', 'c'])).toEqual({ correct: 2, total: 3, complete: true });
	});
});
