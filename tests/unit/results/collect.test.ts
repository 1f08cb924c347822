// From receipts to the class's figures: damaged and edited codes reported, the same attempt counted once and flagged,
// another version's receipt scored on what still matches, and per question the share right, partial credit and the
// most common wrong answer.
import { describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../src/lib/receipts/codec';
import { classAverage, scoreSpread, summariseQuestions } from '../../../src/lib/results/aggregate';
import { collect, flags } from '../../../src/lib/results/collect';
import { readPaste } from '../../../src/lib/results/readers';
import { judge, QUIZ, receipt, receiptText } from './fixtures';

const run = (text: string) => collect(readPaste(text).found, [QUIZ], judge);

describe('collect', () => {
	it('marks each attempt again against the quiz (partial credit included), whatever points the receipt carries', () => {
		const { groups, unread } = run(
			receiptText(receipt('Ani')) +
				receiptText(receipt('Babken', { one: [1], many: [0, 2], word: '  INTERFAX. ', seq: [1, 3, 2], pairs: [0, 0] })),
		);
		expect(unread).toEqual([]);
		const [ani, babken] = groups[0]!.attempts;
		expect([ani!.score, ani!.max]).toEqual([6, 6]);
		// single 0, multiple (1 right − 1 wrong) 0, true-false 1, fill-in 1, order 1/3, match 1/2 (a blank row: 0).
		expect(babken!.score).toBeCloseTo(2 + 1 / 3 + 1 / 2, 6);
		expect(babken!.results.find((r) => r.question.id === 'talk')!.points).toBeNull();
	});

	it('reports damaged, edited and foreign codes with where they were, and counts none of them', () => {
		const good = encodeReceipt(receipt('Ani'));
		const cut = good.slice(0, 40);
		const edited = good.slice(0, 30) + (good[30] === 'A' ? 'B' : 'A') + good.slice(31);
		const other = encodeReceipt(receipt('Ani', {}, { quiz: 'elsewhere' }));
		const { groups, unread } = run([good, cut, edited, 'KCG2.abcdefghijklmnopqrstuvwxyz', other].join('\n'));
		expect(groups[0]!.attempts).toHaveLength(1);
		expect(unread.map((u) => u.where)).toEqual([
			'pasted text, line 2',
			'pasted text, line 3',
			'pasted text, line 4',
			'pasted text, line 5',
		]);
		expect(unread[0]!.why).toMatch(/damaged|checksum/);
		expect(unread[1]!.why).toMatch(/damaged|checksum/);
		expect(unread[2]!.why).toMatch(/newer version/);
		expect(unread[3]!.why).toMatch(/"elsewhere"/);
	});

	it('counts the same attempt given twice once, and says where both copies were', () => {
		const ani = receiptText(receipt('Ani'));
		const again = receiptText(receipt('Ani', {}, { handedIn: Date.parse('2026-12-07T10:00:00Z') }));
		const { groups } = run(`${ani}\n${ani}\n${again}`);
		const attempts = groups[0]!.attempts;
		expect(attempts).toHaveLength(2); // a second attempt is another attempt
		expect(attempts[0]!.where).toEqual(['pasted text, line 2', 'pasted text, line 5']);
		expect(flags(attempts[0]!)).toEqual(['given 2 times (counted once): pasted text, line 2; pasted text, line 5']);
		expect(flags(attempts[1]!)).toEqual([]);
	});

	it('flags a receipt from another version and scores it on the questions whose id and content still match', () => {
		const old = receipt('Ani', { one: [1] }, { build: 'b0' });
		old.questions[1]!.hash = 'old'; // "many" was reworded since
		old.questions = old.questions.filter((q) => q.id !== 'pairs'); // "pairs" was added since
		const { groups } = run(receiptText(old));
		const a = groups[0]!.attempts[0]!;
		expect([a.score, a.max, a.changed]).toEqual([3, 4, 2]);
		expect(flags(a)).toEqual([
			'from another version of this quiz: 2 questions changed since, scored on the 4 that still match',
		]);
		expect(summariseQuestions([a]).find((s) => s.question.id === 'many')!.counted).toBe(0);
	});

	it('groups several quizzes apart', () => {
		const other = { ...QUIZ, id: 'other', title: 'Other' };
		const { groups } = collect(
			readPaste(receiptText(receipt('A', {}, { quiz: 'other' })) + receiptText(receipt('B'))).found,
			[QUIZ, other],
			judge,
		);
		expect(groups.map((g) => [g.quiz.id, g.attempts.map((a) => a.receipt.name)])).toEqual([
			['mini', ['B']],
			['other', ['A']],
		]);
	});
});

describe('summariseQuestions', () => {
	const { groups } = run(
		[
			receipt('A'),
			receipt('B', { one: [1], many: [0], word: 'Armenpress', seq: [2, 1, 3] }),
			receipt('C', { one: [1], many: [0, 3], word: ' armenpress ', tf: null }),
			receipt('D', { one: [2], word: 'ARMENPRESS.' }),
		]
			.map(receiptText)
			.join(''),
	);
	const summary = summariseQuestions(groups[0]!.attempts);
	const of = (id: string) => summary.find((s) => s.question.id === id)!;

	it('gives the share right, partial credit and the most common wrong answer in words', () => {
		expect(summary.map((s) => s.question.id)).toEqual(['one', 'many', 'tf', 'word', 'seq', 'pairs']);
		expect(of('one')).toMatchObject({
			counted: 4,
			right: 1,
			partly: 0,
			rightShare: 25,
			commonWrong: { text: 'Wrong', count: 2 },
		});
		// many: A right; B half (0.5); C 1 right 1 wrong = 0; D right.
		expect(of('many')).toMatchObject({
			right: 2,
			partly: 1,
			rightShare: 50,
			averageShare: 63,
			commonWrong: { text: 'A', count: 1 },
		});
		expect(of('tf').commonWrong).toEqual({ text: '(no answer)', count: 1 });
		expect(of('word').commonWrong).toEqual({ text: 'Armenpress', count: 3 });
		expect(of('seq').commonWrong).toEqual({ text: '1. Second 2. First 3. Third', count: 1 });
		expect(of('pairs')).toMatchObject({ rightShare: 100 });
		expect(of('pairs').commonWrong).toBeUndefined();
	});

	it('spreads the scores for the chart and gives the average', () => {
		const scores = groups[0]!.attempts.map((a) => a.score);
		expect(scores).toEqual([6, 0.5 + 1 + 1 / 3 + 1, 2, 4]);
		expect(scoreSpread(groups[0]!.attempts).map((s) => s.count)).toEqual([0, 0, 2, 0, 1, 0, 1]);
		const average = classAverage(groups[0]!.attempts);
		expect(average.median).toBeCloseTo((2 + 5 / 6 + 4) / 2, 9);
		expect(average.max).toBe(6);
	});
});
