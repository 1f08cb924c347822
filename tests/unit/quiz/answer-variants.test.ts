import { describe, expect, it } from 'vitest';
import { acceptedAnswers, numberVariants, timeVariants } from '../../../src/lib/quiz/answer-variants';
import { parseNumber, parseTime } from '../../../src/lib/quiz/grading';

describe('timeVariants', () => {
	it('writes one time the ways students do, every form parsing back to the same time', () => {
		const forms = timeVariants(9 * 60, 'GMT');
		expect(forms).toEqual(
			expect.arrayContaining(['09:00', '9:00', '9.00', '0900', '9am', '9 a.m.', '9:00 am', '09:00 GMT', '9am GMT']),
		);
		for (const f of forms) expect(parseTime(f)).toBe(540);
	});
	it('afternoon times use pm', () => {
		expect(timeVariants(13 * 60 + 30)).toEqual(expect.arrayContaining(['13:30', '1:30pm', '1:30 p.m.']));
	});
});

describe('numberVariants', () => {
	it('writes one number with and without grouping, in thousands, and hedged', () => {
		const forms = numberVariants(120000);
		expect(forms).toEqual(
			expect.arrayContaining(['120,000', '120000', '120 000', '120.000', '120k', '120 thousand', 'about 120,000']),
		);
		for (const f of forms) expect(parseNumber(f)).toBe(120000);
	});
});

describe('acceptedAnswers', () => {
	it('keeps the authored answers first and drops duplicates once normalised', () => {
		const answers = acceptedAnswers(['09:00', '9:00 GMT'], 'time');
		expect(answers.slice(0, 2)).toEqual(['09:00', '9:00 GMT']);
		expect(answers).toContain('9 a.m.');
		expect(answers.filter((a) => a === '9:00 GMT')).toHaveLength(1); // authored, and generated again: kept once
	});
	it('adds nothing to a text answer', () => {
		expect(acceptedAnswers(['Yevlakh', 'Yevlax'])).toEqual(['Yevlakh', 'Yevlax']);
	});
});
