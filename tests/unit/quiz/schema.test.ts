import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../../src/lib/quiz/schema';
import { readSources } from '../../../src/lib/sources/seeds';

const schema = quizSchema(readSources('seeds'));
const evidence = [{ source: 'report-a', paragraph: 3, quote: '1pm local time' }];
const base = { id: 'q', prompt: 'When?', explanation: 'Because.', evidence };
const quiz = (...questions: object[]) => ({ title: 'T', lesson: null, order: 1, questions });
const allMessages = (...questions: object[]) => {
	const result = schema.safeParse(quiz(...questions));
	return result.success ? [] : result.error.issues.map((i) => i.message);
};
/** The schema's own rules; the item-writing rules have their tests below and in item-rules.test.ts. */
const messages = (...questions: object[]) => allMessages(...questions).filter((m) => !m.includes('item rule'));
const itemMessages = (...questions: object[]) => allMessages(...questions).filter((m) => m.includes('item rule'));

describe('quiz schema rules', () => {
	it('accepts a well-formed quiz of every type, meeting every item rule', () => {
		expect(
			allMessages(
				{
					...base,
					id: 's',
					type: 'single',
					options: [
						{ text: 'a', correct: true },
						{ text: 'b', feedback: 'Not b.' },
					],
				},
				{
					...base,
					id: 'm',
					type: 'multiple',
					options: [
						{ text: 'a', correct: true },
						{ text: 'b', correct: true },
					],
				},
				{ ...base, id: 't', type: 'true-false', answer: true },
				{ ...base, id: 'u', type: 'true-false', answer: false },
				{ ...base, id: 'f', type: 'fill-in', answers: ['Yevlakh'], kind: 'phrase' },
				{ ...base, id: 'n', type: 'fill-in', answers: ['09:00'], kind: 'time' },
				{ ...base, id: 'o', type: 'order', items: ['a', 'b', 'c'] },
				{
					...base,
					id: 'x',
					type: 'match',
					pairs: [
						{ left: 'a', right: 'A' },
						{ left: 'b', right: 'B' },
					],
					distractors: ['C'],
				},
				{ id: 'd', type: 'discussion', prompt: 'Discuss', guidance: ['a point'] },
			),
		).toEqual([]);
	});
	it('a fill-in answer must read as its kind; the kind must be one of four; the old match: says what replaced it', () => {
		expect(messages({ ...base, type: 'fill-in', answers: ['Yevlakh'], kind: 'time' })[0]).toMatch(
			/the answer "Yevlakh" cannot be read as a time\. Fix: write one time, e\.g\. "09:00 GMT"/,
		);
		expect(messages({ ...base, type: 'fill-in', answers: ['09:00', 'never'], kind: 'time' })[0]).toMatch(
			/the answer "never" cannot be read as a time \(it is listed as an alternative\)/,
		);
		expect(messages({ ...base, type: 'fill-in', answers: ['many'], kind: 'number' })[0]).toMatch(
			/cannot be read as a number/,
		);
		expect(messages({ ...base, type: 'fill-in', answers: ['9'], kind: 'clock' })[0]).toMatch(
			/kind is one of: time, number, duration, phrase/,
		);
		expect(messages({ ...base, type: 'fill-in', answers: ['9'], kind: 'time', match: 'time' })[0]).toMatch(
			/match: is now kind: \(time, number, duration or phrase\)/,
		);
		expect(messages({ ...base, type: 'fill-in', answers: ['9'], kind: 'time', others: ['x'] })[0]).toMatch(
			/others: names only conflict with a phrase answer/,
		);
	});
	it('a spare match option may not repeat a right-hand answer', () => {
		expect(
			messages({
				...base,
				type: 'match',
				pairs: [
					{ left: 'a', right: 'A' },
					{ left: 'b', right: 'B' },
				],
				distractors: ['A'],
			})[0],
		).toMatch(/the spare option "A" is also a right-hand answer/);
	});
	it('reports item-rule findings with the question, the rule, the problem and the fix', () => {
		const found = itemMessages({
			...base,
			type: 'single',
			options: [{ text: 'the long right answer here', correct: true }, { text: 'short' }],
		});
		expect(found).toContainEqual(
			expect.stringMatching(/^question "q": item rule key-length: the right option is 5\.20 times as long .* Fix: /),
		);
		expect(found).toContainEqual(
			expect.stringMatching(
				/^question "q": item rule distractor-feedback: the wrong option "short" has no feedback\. Fix: add feedback:/,
			),
		);
		expect(found).toContainEqual(expect.stringMatching(/^item rule type-mix: the quiz uses 1 question types/));
	});
	it('a waiver silences one rule on one question, and must give a reason', () => {
		const waived = {
			...base,
			type: 'single',
			options: [
				{ text: 'the long right answer here', correct: true },
				{ text: 'short', feedback: 'No.' },
			],
		};
		expect(
			itemMessages({ ...waived, allow: [{ rule: 'key-length', why: 'The names really differ in length.' }] }),
		).not.toContainEqual(expect.stringMatching(/key-length/));
		expect(messages({ ...waived, allow: [{ rule: 'key-length' }] })).toContainEqual(
			expect.stringMatching(/a waiver needs why/),
		);
		expect(messages({ ...waived, allow: [{ rule: 'key-length', why: '' }] })).toContainEqual(
			expect.stringMatching(/a waiver needs why/),
		);
		expect(messages({ ...waived, allow: [{ rule: 'made-up', why: 'A reason that is long enough.' }] })).toContainEqual(
			expect.stringMatching(/rule is one of: key-length/),
		);
	});
	it('single choice needs exactly one correct option', () => {
		expect(
			messages({
				...base,
				type: 'single',
				options: [
					{ text: 'a', correct: true },
					{ text: 'b', correct: true },
				],
			}),
		).toEqual([
			'question "q": a single-choice question needs exactly one correct option; it has 2. Fix: mark exactly one option with correct: true, or make it type: multiple.',
		]);
	});
	it('multiple choice needs at least one correct option', () => {
		expect(messages({ ...base, type: 'multiple', options: [{ text: 'a' }, { text: 'b' }] })[0]).toMatch(
			/question "q": a multiple-choice question needs at least one correct option/,
		);
	});
	it('options must be unique', () => {
		expect(
			messages({ ...base, type: 'single', options: [{ text: 'Russia', correct: true }, { text: 'russia' }] })[0],
		).toMatch(/the option "russia" appears twice/);
	});
	it('question ids must be unique within a quiz', () => {
		expect(
			messages({ ...base, type: 'true-false', answer: true }, { ...base, type: 'true-false', answer: false }),
		).toContain(
			'question id "q" is used twice: questions 1 and 2 both have it, and saved answers and exports are keyed by it. Fix: give each question its own id.',
		);
	});
	it('order needs at least 3 items', () => {
		expect(messages({ ...base, type: 'order', items: ['a', 'b'] })[0]).toMatch(/needs at least 3 items; it has 2/);
	});
	it('match needs at least 2 pairs with unique sides', () => {
		expect(messages({ ...base, type: 'match', pairs: [{ left: 'a', right: 'A' }] })[0]).toMatch(
			/needs at least 2 pairs/,
		);
		expect(
			messages({
				...base,
				type: 'match',
				pairs: [
					{ left: 'a', right: 'A' },
					{ left: 'b', right: 'A' },
				],
			})[0],
		).toMatch(/"A" appears twice on the right/);
	});
	it('fill-in needs at least one answer', () => {
		expect(messages({ ...base, type: 'fill-in', answers: [], kind: 'phrase' })[0]).toMatch(
			/needs at least one accepted answer/,
		);
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
			expect.stringMatching(
				/^question "q": evidence\[2\]: the quote "the town of Yevlakh" is not in report-a paragraph 3/,
			),
		]);
	});
	it('an unknown type lists the types', () => {
		expect(messages({ ...base, type: 'essay' })[0]).toMatch(
			/type is one of: single, multiple, true-false, fill-in, order, match, discussion/,
		);
	});
});
