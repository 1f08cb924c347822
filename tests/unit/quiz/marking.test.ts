import { describe, expect, it } from 'vitest';
import { creditRule, gridAnswer, points, share } from '../../../src/lib/quiz/marking';
import type { Question } from '../../../src/lib/quiz/question';
import { paperLayout } from '../../../src/lib/quiz/view';

// The answer key's marking grid: the answer in the worksheet's letters, the points and the part-marks rule, which
// follows contracts.md "Scoring" (1 point a question; ±1/k for multiple answers; 1/n per pair or item in place).
const base = { prompt: 'Q?', evidence: [], allow: [] };
const option = (text: string, correct = false) => ({ text, correct });
const questions: Record<string, Question> = {
	single: { ...base, id: 's', type: 'single', options: [option('a', true), option('b'), option('c')] },
	multiple: { ...base, id: 'm', type: 'multiple', options: [option('a', true), option('b', true), option('c')] },
	oneRight: { ...base, id: 'm1', type: 'multiple', options: [option('a', true), option('b')] },
	tf: { ...base, id: 't', type: 'true-false', answer: false },
	fill: { ...base, id: 'f', type: 'fill-in', answers: ['Yevlakh'], kind: 'phrase', others: [], mislabels: [] },
	order: { ...base, id: 'o', type: 'order', items: ['1st', '2nd', '3rd', '4th', '5th'] },
	match: {
		...base,
		id: 'x',
		type: 'match',
		pairs: [0, 1, 2].map((n) => ({ left: `L${n}`, right: `R${n}` })),
		distractors: ['R9'],
	},
	discussion: { ...base, id: 'd', type: 'discussion', guidance: ['a point'] },
};

describe('the marking grid', () => {
	it('writes shares as a teacher does', () => {
		expect([share(2), share(3), share(4), share(5)]).toEqual(['0.5', '1/3', '0.25', '0.2']);
	});

	it('gives each type its part-marks rule with the shares worked out', () => {
		expect(creditRule(questions['single']!)).toBe('1 or 0');
		expect(creditRule(questions['multiple']!)).toBe('+0.5 per right box, −0.5 per wrong box; never below 0');
		expect(creditRule(questions['oneRight']!)).toBe('+1 for the right box, −1 for each wrong box; never below 0');
		expect(creditRule(questions['order']!)).toBe('0.2 per box in its place');
		expect(creditRule(questions['match']!)).toBe('1/3 per right pair');
		expect(creditRule(questions['fill']!)).toMatch(/^1 or 0; any accepted form/);
		expect(creditRule(questions['discussion']!)).toMatch(/^not graded/);
		expect(Object.values(questions).map(points)).toEqual([1, 1, 1, 1, 1, 1, 1, 0]);
	});

	it('names the right choices by the letters the worksheet prints', () => {
		for (const q of [questions['single']!, questions['multiple']!]) {
			const layout = paperLayout('quiz', q);
			const parts = gridAnswer(q, layout);
			if (layout.kind !== 'choice') throw new Error('a choice layout');
			expect(parts.map((p) => ('text' in p ? p.text : ''))).toEqual(
				layout.choices.filter((c) => c.correct).map((c) => c.letter),
			);
		}
		expect(gridAnswer(questions['tf']!, paperLayout('quiz', questions['tf']!))).toEqual([
			{ letterOf: 1, text: 'B' },
			{ text: ' False' },
		]);
	});

	it('gives order boxes their positions, match lefts their letters, a fill-in its answer', () => {
		const order = paperLayout('quiz', questions['order']!);
		if (order.kind !== 'order') throw new Error('an order layout');
		expect(gridAnswer(questions['order']!, order)).toEqual([
			{ positions: order.rows.map((r) => r.position).join(', ') },
		]);
		const match = paperLayout('quiz', questions['match']!);
		if (match.kind !== 'match') throw new Error('a match layout');
		const letters = gridAnswer(questions['match']!, match).filter((p) => 'letterOf' in p);
		expect(letters).toEqual(match.lefts.map((l) => ({ letterOf: l.number - 1, text: l.answer })));
		expect(gridAnswer(questions['fill']!, paperLayout('quiz', questions['fill']!))).toEqual([{ text: 'Yevlakh' }]);
	});
});
