import { describe, expect, it } from 'vitest';
import {
	clockTime,
	correctPatterns,
	lessonStatus,
	parseMastery,
	percentScore,
	studentResponse,
	timespan,
} from '../../../../src/lib/exports/scorm/cmi';
import type { GradedQuestion } from '../../../../src/lib/quiz/question';

const q = (fields: Record<string, unknown>) =>
	({ id: 'q', prompt: 'p', explanation: 'e', evidence: [], allow: [], ...fields }) as unknown as GradedQuestion;

describe('SCORM 1.2 responses and patterns (RTE 3.4.2)', () => {
	it('choice: option letters in authored order, comma-separated', () => {
		expect(studentResponse('single', [2])).toBe('c');
		expect(studentResponse('multiple', [3, 0])).toBe('a,d');
		const options = [
			{ text: 'x', correct: true },
			{ text: 'y', correct: false },
			{ text: 'z', correct: true },
		];
		expect(correctPatterns(q({ type: 'multiple', options }))).toEqual(['a,c']);
	});
	it('true-false: t or f', () => {
		expect(studentResponse('true-false', [0])).toBe('t');
		expect(studentResponse('true-false', [1])).toBe('f');
		expect(correctPatterns(q({ type: 'true-false', answer: false }))).toEqual(['f']);
	});
	it('fill-in: the text typed (one line, at most 255 characters); the authored answers as patterns', () => {
		expect(studentResponse('fill-in', ' Yevlakh\n')).toBe('Yevlakh');
		expect(studentResponse('fill-in', 'x'.repeat(300))).toHaveLength(255);
		expect(correctPatterns(q({ type: 'fill-in', answers: ['Yevlakh', 'Yevlax'], match: 'text' }))).toEqual([
			'Yevlakh',
			'Yevlax',
		]);
	});
	it('sequencing: items in the order the student placed them', () => {
		expect(studentResponse('order', [2, 3, 1])).toBe('c,a,b');
		expect(studentResponse('order', [1, 0, 2])).toBe('a,c');
		expect(correctPatterns(q({ type: 'order', items: ['x', 'y', 'z'] }))).toEqual(['a,b,c']);
	});
	it('matching: left number . right letter, unset lefts left out', () => {
		expect(studentResponse('match', [1, 0, -1, 4])).toBe('1.b,2.a,4.e');
		expect(
			correctPatterns(
				q({
					type: 'match',
					pairs: [
						{ left: 'l', right: 'r' },
						{ left: 'm', right: 's' },
					],
					distractors: ['t'],
				}),
			),
		).toEqual(['1.a,2.b']);
	});
});

describe('times, score and status', () => {
	it('CMITimespan HHHH:MM:SS.SS and CMITime HH:MM:SS', () => {
		expect(timespan(0)).toBe('0000:00:00.00');
		expect(timespan(3_723_456)).toBe('0001:02:03.46');
		expect(timespan(-5)).toBe('0000:00:00.00');
		expect(timespan(1e12)).toBe('9999:59:59.99');
		expect(clockTime(new Date(2023, 8, 20, 9, 5, 7))).toBe('09:05:07');
	});
	it('score.raw is the percentage right (2 decimals); passed at or above the mastery score', () => {
		expect(percentScore(7, 9)).toBe(77.78);
		expect(percentScore(9, 9)).toBe(100);
		expect(percentScore(0, 0)).toBe(0);
		expect(lessonStatus(80, 80)).toBe('passed');
		expect(lessonStatus(77.78, 80)).toBe('failed');
	});
	it('a mastery score is a number from 0 to 100, or nothing', () => {
		expect(parseMastery('80')).toBe(80);
		expect(parseMastery(' 72.5 ')).toBe(72.5);
		for (const bad of ['', 'abc', '101', '-1', undefined, null]) expect(parseMastery(bad)).toBeNull();
	});
});
