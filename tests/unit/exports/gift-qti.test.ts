import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import { escapeGift, toGift } from '../../../src/lib/exports/gift';
import type { ExportedQuiz } from '../../../src/lib/exports/json';
import { escapeXml } from '../../../src/lib/exports/xml';
import { qtiFiles } from '../../../src/lib/exports/qti/package';
import { SyntaxValidator } from 'fast-xml-validator';
import { paperLayout } from '../../../src/lib/quiz/view';

const labels = new Map([['report-a', 'Report A']]);
const tricky: ExportedQuiz = {
	id: 'tricky',
	title: 'Tricky: {braces} & <tags>',
	lesson: null,
	page: '/quizzes/tricky/',
	questions: [
		{
			id: 'colons',
			type: 'single',
			prompt: 'At 1pm [09:00 GMT], which = right? Use ~ or # or {x}.',
			options: [
				{ text: 'A: "yes" & <no>', correct: true, feedback: 'Right: 100%' },
				{ text: 'B\\C', correct: false },
			],
			explanation: 'Because 1 = 1.\nNew line.',
			evidence: [{ source: 'report-a', paragraph: 3, quote: '1pm local time [09:00 GMT]' }],
		},
	],
};

describe('escapeGift', () => {
	it('escapes every GIFT special character and joins lines', () => {
		expect(escapeGift('a~b=c#d{e}f:g\\h\ni')).toBe('a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h i');
	});
	it('round-trips through an independent GIFT parser', () => {
		const [category, q] = parseGift(toGift(tricky, labels)) as unknown as [
			unknown,
			{
				stem: { text: string };
				choices: { text: { text: string }; feedback: { text: string } | null }[];
				globalFeedback: { text: string };
			},
		];
		expect(category).toMatchObject({ type: 'Category' });
		expect(q.stem.text).toBe('At 1pm [09:00 GMT], which = right? Use ~ or # or {x}.');
		// Options come in the worksheet's seeded order, so find them by text.
		expect(q.choices.map((c) => c.text.text).sort()).toEqual(['A: "yes" & <no>', 'B\\C']);
		expect(q.choices.find((c) => c.text.text === 'A: "yes" & <no>')!.feedback?.text).toBe('Right: 100%');
		expect(q.globalFeedback.text).toContain('Evidence: “1pm local time [09:00 GMT]” (Report A, paragraph 3).');
	});
});

describe('QTI items', () => {
	it('the validator used in the tests rejects malformed XML', () => {
		expect(() => SyntaxValidator.validate('<a><b></a>')).toThrow(/closing tag/);
	});
	it('are well-formed XML whatever the text contains', () => {
		expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;',
		);
		for (const [path, xml] of Object.entries(qtiFiles(tricky, labels)))
			expect(() => SyntaxValidator.validate(xml), path).not.toThrow();
	});
});

describe('paperLayout', () => {
	it('letters choices in the printed order and keeps the answer key in step with it', () => {
		const q = {
			id: 'm',
			prompt: 'p',
			explanation: 'e',
			evidence: [],
			allow: [],
			type: 'match' as const,
			pairs: [
				{ left: 'a', right: 'A' },
				{ left: 'b', right: 'B' },
				{ left: 'c', right: 'C' },
			],
			distractors: [],
		};
		const layout = paperLayout('quiz', q);
		if (layout.kind !== 'match') throw new Error('expected a match layout');
		expect(layout.rights.map((r) => r.letter)).toEqual(['A', 'B', 'C']);
		for (const left of layout.lefts) {
			const right = layout.rights.find((r) => r.letter === left.answer)!;
			expect(right.text).toBe(left.text.toUpperCase());
		}
	});
});
