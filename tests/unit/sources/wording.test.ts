import { describe, expect, it } from 'vitest';
import { reportWords } from '../../../src/lib/sources/wording';

describe('reportWords', () => {
	it('two reports read as the pages always have', () => {
		expect(reportWords(2)).toEqual({
			count: 'two',
			all: 'both reports',
			any: 'either report',
			otherCompare: 'the other report compares',
			otherAsk: 'What does the other report say?',
		});
	});
	it('three or more: all of them, any of them, the others', () => {
		expect(reportWords(3)).toMatchObject({ count: 'three', all: 'all three reports', any: 'any report' });
		expect(reportWords(3).otherCompare).toBe('the other reports compare');
		expect(reportWords(14).all).toBe('all 14 reports');
	});
});
