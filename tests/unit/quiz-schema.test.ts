import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/lib/quiz-schema';
import { readSources } from '../../src/lib/sources';

const schema = quizSchema(readSources('seeds'));
const evidence = [{ source: 'report-a', paragraph: 3, quote: '1pm local time' }];
const base = { id: 'q', prompt: 'When?', explanation: 'Because.', evidence };
const quiz = (...questions: object[]) => ({ title: 'T', lesson: null, order: 1, questions });
const messages = (...questions: object[]) => {
	const result = schema.safeParse(quiz(...questions));
	return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('quiz schema rules', () => {
	it('accepts a well-formed quiz of every type', () => {
		expect(
			messages(
				{ ...base, id: 's', type: 'single', options: [{ text: 'a', correct: true }, { text: 'b' }] },
				{ ...base, id: 'm', type: 'multiple', options: [{ text: 'a', correct: true }, { text: 'b', correct: true }] },
				{ ...base, id: 't', type: 'true-false', answer: true },
				{ ...base, id: 'f', type: 'fill-in', answers: ['Yevlakh'] },
				{ ...base, id: 'o', type: 'order', items: ['a', 'b', 'c'] },
				{ ...base, id: 'x', type: 'match', pairs: [{ left: 'a', right: 'A' }, { left: 'b', right: 'B' }] },
				{ id: 'd', type: 'discussion', prompt: 'Discuss', guidance: ['a point'] },
			),
		).toEqual([]);
	});
	it('single choice needs exactly one correct option', () => {
		expect(messages({ ...base, type: 'single', options: [{ text: 'a', correct: true }, { text: 'b', correct: true }] })).toEqual([
			'question "q": a single-choice question needs exactly one correct option; it has 2. Fix: mark exactly one option with correct: true, or make it type: multiple.',
		]);
	});
	it('multiple choice needs at least one correct option', () => {
		expect(messages({ ...base, type: 'multiple', options: [{ text: 'a' }, { text: 'b' }] })[0]).toMatch(/question "q": a multiple-choice question needs at least one correct option/);
	});
	it('options must be unique', () => {
		expect(messages({ ...base, type: 'single', options: [{ text: 'Russia', correct: true }, { text: 'russia' }] })[0]).toMatch(/the option "russia" appears twice/);
	});
	it('question ids must be unique within a quiz', () => {
		expect(messages({ ...base, type: 'true-false', answer: true }, { ...base, type: 'true-false', answer: false })).toContain(
			'question id "q" is used twice. Fix: give each question its own id.',
		);
	});
	it('order needs at least 3 items', () => {
		expect(messages({ ...base, type: 'order', items: ['a', 'b'] })[0]).toMatch(/needs at least 3 items; it has 2/);
	});
	it('match needs at least 2 pairs with unique sides', () => {
		expect(messages({ ...base, type: 'match', pairs: [{ left: 'a', right: 'A' }] })[0]).toMatch(/needs at least 2 pairs/);
		expect(messages({ ...base, type: 'match', pairs: [{ left: 'a', right: 'A' }, { left: 'b', right: 'A' }] })[0]).toMatch(/"A" appears twice on the right/);
	});
	it('fill-in needs at least one answer', () => {
		expect(messages({ ...base, type: 'fill-in', answers: [] })[0]).toMatch(/needs at least one accepted answer/);
	});
	it('graded questions need an explanation and evidence', () => {
		const problems = messages({ id: 'q', prompt: 'p', type: 'true-false', answer: true });
		expect(problems).toEqual([
			expect.stringMatching(/question "q": a graded question needs an explanation/),
			expect.stringMatching(/question "q": a graded question needs at least one piece of evidence/),
		]);
	});
	it('evidence must resolve: unknown source, paragraph out of range, quote not in the paragraph', () => {
		const problems = messages({
			...base,
			type: 'true-false',
			answer: true,
			evidence: [
				{ source: 'report-z', paragraph: 1, quote: 'x' },
				{ source: 'report-a', paragraph: 40, quote: 'x' },
				{ source: 'report-a', paragraph: 3, quote: 'the town of Yevlakh' },
			],
		});
		expect(problems).toEqual([
			expect.stringMatching(/^question "q": evidence\[0\]: unknown source "report-z"/),
			expect.stringMatching(/^question "q": evidence\[1\]: paragraph 40 does not exist/),
			expect.stringMatching(/^question "q": evidence\[2\]: the quote "the town of Yevlakh" is not in report-a paragraph 3/),
		]);
	});
	it('an unknown type lists the types', () => {
		expect(messages({ ...base, type: 'essay' })[0]).toMatch(/type is one of: single, multiple, true-false, fill-in, order, match, discussion/);
	});
});
