import { describe, expect, it } from 'vitest';
import {
	answerKey,
	isAnswered,
	isCorrect,
	normaliseAnswer,
	parseNumber,
	parseTime,
	score,
} from '../../../src/lib/quiz/grading';

const q = { id: 'x', prompt: 'p', explanation: 'e', evidence: [], allow: [] };

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
		const key = answerKey({
			...q,
			type: 'single',
			options: [
				{ text: 'a', correct: false },
				{ text: 'b', correct: true },
			],
		});
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
			options: [
				{ text: 'a', correct: true },
				{ text: 'b', correct: false },
				{ text: 'c', correct: true },
			],
		});
		expect(isCorrect(key, [2, 0])).toBe(true);
		expect(isCorrect(key, [0])).toBe(false);
		expect(isCorrect(key, [0, 1, 2])).toBe(false);
	});
	it('fill-in: any accepted answer after normalisation', () => {
		const key = answerKey({ ...q, type: 'fill-in', answers: ['Yevlakh', 'Yevlax'], match: 'text' });
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
		const key = answerKey({
			...q,
			type: 'match',
			pairs: [
				{ left: 'a', right: 'A' },
				{ left: 'b', right: 'B' },
			],
			distractors: [],
		});
		expect(isCorrect(key, [0, 1])).toBe(true);
		expect(isCorrect(key, [1, 0])).toBe(false);
	});
});

describe('isAnswered', () => {
	it('needs every item placed, a choice made, or text typed', () => {
		const order = answerKey({ ...q, type: 'order', items: ['a', 'b', 'c'] });
		expect(isAnswered(order, [1, 0, 3])).toBe(false);
		expect(isAnswered(order, [1, 2, 3])).toBe(true);
		const match = answerKey({
			...q,
			type: 'match',
			pairs: [
				{ left: 'a', right: 'A' },
				{ left: 'b', right: 'B' },
			],
			distractors: [],
		});
		expect(isAnswered(match, [0, -1])).toBe(false);
		const fill = answerKey({ ...q, type: 'fill-in', answers: ['x'], match: 'text' });
		expect(isAnswered(fill, ' ... ')).toBe(false);
		expect(isAnswered(fill, undefined)).toBe(false);
		const single = answerKey({
			...q,
			type: 'single',
			options: [
				{ text: 'a', correct: true },
				{ text: 'b', correct: false },
			],
		});
		expect(isAnswered(single, [])).toBe(false);
	});
});

describe('score', () => {
	it('counts correct results over graded questions, complete when all are checked', () => {
		expect(score({ a: true, b: false }, ['a', 'b', 'c'])).toEqual({ correct: 1, total: 3, complete: false });
		expect(score({ a: true, b: false, c: true }, ['a', 'b', 'c'])).toEqual({ correct: 2, total: 3, complete: true });
	});
});

describe('typed fill-in matching', () => {
	it('parseTime reads 24- and 12-hour forms, separators, am/pm with or without dots, and a zone word', () => {
		for (const t of [
			'09:00',
			'9:00',
			'9.00',
			'09.00',
			'0900',
			'9',
			'9am',
			'9 am',
			'9 a.m.',
			'9 A.M.',
			'9:00 am',
			'9:00 a.m.',
			'0900 GMT',
			'9am GMT',
			'09:00 UTC',
			'9h00',
			"9 o'clock",
		]) {
			expect(parseTime(t), t).toBe(540);
		}
		expect(parseTime('1pm')).toBe(13 * 60);
		expect(parseTime('12 am')).toBe(0);
		expect(parseTime('12:30 p.m.')).toBe(12 * 60 + 30);
		for (const t of ['25:00', '9:75', '13pm', 'nine', '9:00:00', '']) expect(parseTime(t), t).toBeNull();
	});
	it('parseNumber reads grouping, k/thousand, hedges and trailing words', () => {
		for (const n of [
			'120,000',
			'120 000',
			'120.000',
			'120000',
			'120k',
			'120 thousand',
			'about 120,000',
			'approximately 120000',
			'around 120k',
			'120,000 people',
			'~120,000',
			'0.12 million',
		]) {
			expect(parseNumber(n), n).toBe(120000);
		}
		expect(parseNumber('at least 32')).toBe(32);
		expect(parseNumber('1.5')).toBe(1.5);
		for (const n of ['many', '', 'twelve', '12,00']) expect(parseNumber(n), n).toBeNull();
	});
	it('a typed fill-in accepts any form of its canonical value, and still every listed answer', () => {
		const time = answerKey({ ...q, type: 'fill-in', answers: ['09:00'], match: 'time' });
		for (const t of ['9.00', '9 a.m.', '0900 GMT', '09:00']) expect(isCorrect(time, t), t).toBe(true);
		expect(isCorrect(time, '1pm')).toBe(false);
		const number = answerKey({ ...q, type: 'fill-in', answers: ['120,000'], match: 'number' });
		for (const n of ['about 120,000', '120k', '120 000 people']) expect(isCorrect(number, n), n).toBe(true);
		expect(isCorrect(number, '12,000')).toBe(false);
		const text = answerKey({ ...q, type: 'fill-in', answers: ['Armenpress', 'Armen Press'], match: 'text' });
		expect(isCorrect(text, 'armen press.')).toBe(true);
		expect(text).toEqual({ t: 'fill-in', a: ['armenpress', 'armen press'] });
	});
	it('a match with spare options is right only when every left gets its own right', () => {
		const key = answerKey({
			...q,
			type: 'match',
			pairs: [
				{ left: 'a', right: 'A' },
				{ left: 'b', right: 'B' },
			],
			distractors: ['C'],
		});
		expect(isCorrect(key, [0, 1])).toBe(true);
		expect(isCorrect(key, [0, 2])).toBe(false);
	});
});
