import { describe, expect, it } from 'vitest';
import { itemFindings } from '../../../src/lib/quiz/items/rules';
import { itemReport } from '../../../src/lib/quiz/items/report';
import { keyLengthRatio, type CheckedQuiz } from '../../../src/lib/quiz/items/finding';
import { trueShareFinding } from '../../../src/lib/quiz/items/quiz-rules';
import type { Question } from '../../../src/lib/quiz/question';

const base = { prompt: 'Who proposed the ceasefire?', explanation: 'Because.', evidence: [], allow: [] };
const single = (id: string, options: { text: string; correct?: boolean; feedback?: string }[], extra: object = {}) =>
	({ ...base, id, type: 'single', options: options.map((o) => ({ correct: false, ...o })), ...extra }) as Question;
const tf = (id: string, answer: boolean) =>
	({ ...base, id, prompt: `Statement ${id}.`, type: 'true-false', answer }) as Question;
const rules = (quiz: CheckedQuiz) => itemFindings(quiz).map((f) => `${f.rule}${f.question ? `:${f.question}` : ''}`);
/** Fillers that make a quiz meet the quiz-wide rules, so a test sees only the rule it is about. */
const fillers = [
	tf('t1', true),
	tf('t2', false),
	{ ...base, id: 'f1', prompt: 'Which weekday?', type: 'fill-in', answers: ['Tuesday'], match: 'text' },
	{ ...base, id: 'o1', prompt: 'Order them.', type: 'order', items: ['first', 'second', 'third'] },
	{ id: 'd1', prompt: 'Discuss them.', type: 'discussion', guidance: ['a point'], evidence: [], allow: [] },
	{
		...base,
		id: 'm1',
		prompt: 'Match them.',
		type: 'match',
		pairs: [
			{ left: 'x', right: 'X' },
			{ left: 'y', right: 'Y' },
		],
		distractors: ['Z'],
	},
] as Question[];
const quiz = (...questions: Question[]): CheckedQuiz => ({ questions: [...questions, ...fillers] });

describe('key-length', () => {
	it('measures the key against the longest distractor', () => {
		expect(keyLengthRatio(single('q', [{ text: 'abcdefghij', correct: true }, { text: 'abcde' }]) as never)).toBe(2);
	});
	it('flags a single-choice key 1.4 times as long as any distractor, not one just under', () => {
		const long = single('q', [
			{ text: 'Russia’s peacekeeping command', correct: true },
			{ text: 'Turkey', feedback: 'f' },
			{ text: 'Armenia', feedback: 'f' },
		]);
		const fair = single('r', [
			{ text: 'Russia’s peacekeepers', correct: true },
			{ text: 'Azerbaijan’s ministry', feedback: 'f' },
		]);
		expect(rules(quiz(long, fair))).toEqual(['key-length:q']);
	});
});

describe('distractor-feedback', () => {
	it('names each wrong option without feedback', () => {
		const found = itemFindings(
			quiz(
				single('q', [
					{ text: 'Russia', correct: true },
					{ text: 'Turkey' },
					{ text: 'Armenia', feedback: 'Armenia did not.' },
				]),
			),
		);
		expect(found.map((f) => f.problem)).toEqual(['the wrong option "Turkey" has no feedback.']);
	});
});

describe('answer-leak', () => {
	it('finds a fill-in answer printed in another question’s options or explanation', () => {
		const fill = {
			...base,
			id: 'agency',
			prompt: 'Which agency quoted the statement?',
			type: 'fill-in',
			answers: ['Armenpress'],
			kind: 'phrase',
			others: [],
			mislabels: [],
		} as Question;
		const other = single('who', [
			{ text: 'Russia', correct: true },
			{ text: 'Armenpress', feedback: 'f' },
		]);
		const found = itemFindings(quiz(fill, other));
		expect(found).toHaveLength(1);
		expect(found[0]).toMatchObject({ rule: 'answer-leak', question: 'agency' });
		expect(found[0]!.problem).toContain('printed in the options of question "who"');
	});
	it('finds a key printed in another prompt, ignoring case, accents and punctuation', () => {
		const key = single('town', [
			{ text: 'Yevlakh', correct: true },
			{ text: 'Moscow', feedback: 'f' },
		]);
		const prompt = { ...tf('where', true), prompt: 'The talks were held in YEVLAKH.' };
		expect(rules(quiz(key, prompt))).toEqual(['answer-leak:town']);
	});
	it('allows a key to appear as another question’s option, and ignores generic answers like "True"', () => {
		const a = single('a', [
			{ text: 'Azerbaijan’s Defence Ministry', correct: true },
			{ text: 'Russia’s Interfax news agency', feedback: 'f' },
		]);
		const b = single('b', [
			{ text: 'Karabakh officials', correct: true },
			{ text: 'Azerbaijan’s Defence Ministry', feedback: 'f' },
		]);
		expect(rules(quiz(a, b))).toEqual([]);
	});
	it('finds a match pair stated together in another question', () => {
		const match = {
			...base,
			id: 'cites',
			prompt: 'Match.',
			type: 'match',
			pairs: [
				{ left: 'the terms', right: 'Interfax' },
				{ left: 'casualties', right: 'officials' },
			],
			distractors: ['Armenpress'],
		} as Question;
		const other = single(
			'o',
			[
				{ text: 'A', correct: true },
				{ text: 'B', feedback: 'f' },
			],
			{ explanation: 'Report A gives the terms according to Interfax.' },
		);
		expect(rules(quiz(match, other))).toEqual(['answer-leak:cites']);
	});
});

describe('other rules', () => {
	it('no "all of the above" / "none of the above"', () => {
		expect(
			rules(
				quiz(
					single('q', [
						{ text: 'Russia', correct: true },
						{ text: 'None of the above', feedback: 'f' },
					]),
				),
			),
		).toEqual(['all-none-of-the-above:q']);
	});
	it('a negative stem needs its negative word marked **like this**', () => {
		expect(
			rules(
				quiz(
					single(
						'q',
						[
							{ text: 'Russia', correct: true },
							{ text: 'Turkey', feedback: 'f' },
						],
						{ prompt: 'Which country did not mediate?' },
					),
				),
			),
		).toEqual(['negative-stem:q']);
		expect(
			rules(
				quiz(
					single(
						'q',
						[
							{ text: 'Russia', correct: true },
							{ text: 'Turkey', feedback: 'f' },
						],
						{ prompt: 'Which country did **not** mediate?' },
					),
				),
			),
		).toEqual([]);
	});
	it('true/false keys: both values in a quiz', () => {
		expect(
			rules({
				questions: [
					tf('a', false),
					tf('b', false),
					single('s', [
						{ text: 'Russia', correct: true },
						{ text: 'Turkey', feedback: 'f' },
					]),
					...fillers.slice(2),
				],
			}),
		).toEqual(['true-false-balance']);
	});
	it('true/false keys: 40–60 % true over the site', () => {
		expect(
			trueShareFinding([
				{ questions: [tf('a', true), tf('b', false)] },
				{ questions: [tf('c', false), tf('d', true)] },
			]),
		).toBeUndefined();
		expect(trueShareFinding([{ questions: [tf('a', true), tf('b', false), tf('c', false)] }])).toMatch(
			/^33 % of the site's 3 true\/false questions are keyed True/,
		);
	});
	it('a match question needs a spare right-hand option', () => {
		const bare = {
			...base,
			id: 'm2',
			prompt: 'Match these.',
			type: 'match',
			pairs: [
				{ left: 'p', right: 'P' },
				{ left: 'q', right: 'Q' },
			],
			distractors: [],
		} as Question;
		expect(rules(quiz(bare))).toEqual(['match-spare-options:m2']);
	});
	it('a quiz mixes at least five types', () => {
		expect(rules({ questions: [tf('a', true), tf('b', false)] })).toEqual(['type-mix']);
	});
	it('a waiver on the question silences only that rule there; a quiz waiver covers quiz-wide rules', () => {
		const waived = single('q', [{ text: 'Russia', correct: true }, { text: 'Turkey' }], {
			allow: [{ rule: 'distractor-feedback', why: 'reason enough' }],
		});
		expect(rules(quiz(waived))).toEqual([]);
		expect(
			rules({
				questions: [tf('a', true), tf('b', false)],
				allow: [{ rule: 'type-mix', why: 'a two-question warm-up' }],
			}),
		).toEqual([]);
	});
});

describe('itemReport', () => {
	it('sums up a quiz for the benchmark', () => {
		const report = itemReport(
			'demo',
			quiz(single('q', [{ text: 'Russia', correct: true }, { text: 'Turkey', feedback: 'f' }, { text: 'Iran' }])),
		);
		expect(report).toMatchObject({
			quiz: 'demo',
			maxKeyLengthRatio: 1,
			keyIsLongest: '0 of 1',
			trueFalse: '1 true, 1 false',
			distractorsWithFeedback: '1 of 2',
			types: 6,
		});
	});
});
