import { describe, expect, it } from 'vitest';
import { isAnswered } from '../../../src/lib/quiz/grading';
import { answerKey } from '../../../src/lib/quiz/view';
import { judge } from '../../../src/lib/quiz/matching/match';

const q = { id: 'x', prompt: 'p', explanation: 'e', evidence: [], allow: [] };
const fill = (answers: string[], kind: 'time' | 'number' | 'duration' | 'phrase', extra = {}) =>
	answerKey({ ...q, type: 'fill-in', answers, kind, others: [], mislabels: [], ...extra });

describe('answerKey: what the browser gets to mark a question, nothing more', () => {
	it('choice questions carry the indices of their correct options; true/false is [True, False]', () => {
		const key = answerKey({
			...q,
			type: 'multiple',
			options: [
				{ text: 'a', correct: true },
				{ text: 'b', correct: false },
				{ text: 'c', correct: true },
			],
		});
		expect(key).toEqual({ t: 'multiple', c: [0, 2] });
		expect(answerKey({ ...q, type: 'true-false', answer: false })).toEqual({ t: 'true-false', c: [1] });
	});
	it('order and match carry only their size', () => {
		expect(answerKey({ ...q, type: 'order', items: ['a', 'b', 'c'] })).toEqual({ t: 'order', n: 3 });
		expect(
			answerKey({
				...q,
				type: 'match',
				pairs: [
					{ left: 'a', right: 'A' },
					{ left: 'b', right: 'B' },
				],
				distractors: ['C'],
			}),
		).toEqual({ t: 'match', n: 2 });
	});
	it("a fill-in carries its kind and values, and the question's prompt words for a name", () => {
		expect(fill(['09:00 GMT on Wednesday'], 'time')).toEqual({
			t: 'fill-in',
			m: { k: 'time', v: [540], z: 'gmt', d: 'wednesday' },
		});
		const agency = fill(['Armenpress'], 'phrase', { others: ['Interfax'], prompt: 'Which news agency?' });
		expect(agency).toEqual({
			t: 'fill-in',
			m: { k: 'phrase', a: ['armenpress'], o: ['interfax'], p: ['which', 'news', 'agency'] },
		});
		if (agency.t !== 'fill-in') throw new Error('not a fill-in');
		expect(judge(agency.m, 'the news agency Armenpress')).toBe(true);
		expect(judge(agency.m, 'Armenpress or Interfax')).toBe(false);
	});
});

describe('isAnswered', () => {
	it('needs every item placed, a choice made, or words typed', () => {
		expect(isAnswered({ t: 'order', n: 3 }, [1, 0, 3])).toBe(false);
		expect(isAnswered({ t: 'order', n: 3 }, [1, 2, 3])).toBe(true);
		expect(isAnswered({ t: 'match', n: 2 }, [0, -1])).toBe(false);
		const key = fill(['232'], 'number');
		expect(isAnswered(key, ' ... ')).toBe(false);
		expect(isAnswered(key, undefined)).toBe(false);
		expect(isAnswered(key, 'zero')).toBe(true);
		expect(isAnswered({ t: 'single', c: [0] }, [])).toBe(false);
	});
});
