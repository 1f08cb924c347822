// "Download CSV" (one row per attempt, a column per question, cells quoted and formulas defused) and what the page
// keeps in localStorage (read back checked; anything corrupt reported, never trusted).
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { collect } from '../../../src/lib/results/collect';
import { attemptsCsv, csvCell } from '../../../src/lib/results/csv';
import { readPaste } from '../../../src/lib/results/readers';
import { emptyResults, parseResults } from '../../../src/lib/results/store';
import { judge, QUIZ, receipt, receiptText } from './fixtures';

describe('attemptsCsv', () => {
	it('quotes commas, quotes and line breaks, and defuses formulas', () => {
		expect(csvCell('plain')).toBe('plain');
		expect(csvCell('Petrosyan, Ani')).toBe('"Petrosyan, Ani"');
		expect(csvCell('Ani "the best"')).toBe('"Ani ""the best"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
		expect(csvCell(-1)).toBe('-1');
	});

	it('writes one row per attempt and a column per graded question, read back the same by a CSV parser', () => {
		const text = [receipt('Petrosyan, Ani'), receipt('=1+1', { one: [1], many: [0] }), receipt('Petrosyan, Ani')]
			.map(receiptText)
			.join('');
		const { groups } = collect(readPaste(text).found, [QUIZ], judge);
		const csv = attemptsCsv(groups[0]!.attempts);
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = Papa.parse<string[]>(csv.trim()).data;
		expect(rows[0]).toEqual([
			'Name',
			'Quiz',
			'Score',
			'Out of',
			'Handed in (UTC)',
			'Started (UTC)',
			'Seed',
			'Notes',
			'Q1 one',
			'Q2 many',
			'Q3 tf',
			'Q4 word',
			'Q5 seq',
			'Q6 pairs',
		]);
		expect(rows).toHaveLength(3);
		expect(rows[1]!.slice(0, 8)).toEqual([
			'Petrosyan, Ani',
			'Mini quiz',
			'6',
			'6',
			'2026-12-07 09:42:00',
			'2026-12-07 09:30:00',
			'class-4b',
			'given 2 times (counted once): pasted text, line 2; pasted text, line 6',
		]);
		expect(rows[2]).toEqual([
			"'=1+1",
			'Mini quiz',
			'4.5',
			'6',
			expect.any(String),
			expect.any(String),
			'class-4b',
			'',
			'0',
			'0.5',
			'1',
			'1',
			'1',
			'1',
		]);
	});
});

describe('parseResults', () => {
	it('reads back what was saved, and calls anything else corrupt', () => {
		const saved = {
			...emptyResults(),
			paste: 'KCG1.x',
			files: [{ name: 'a.txt', reading: { found: [{ version: 1, code: 'x', where: 'a.txt, line 1' }], unread: [] } }],
		};
		expect(parseResults(JSON.stringify(saved))).toEqual(saved);
		expect(parseResults(null)).toBeNull();
		for (const bad of [
			'{',
			'[]',
			'{"v":2,"paste":"","files":[]}',
			'{"v":1,"paste":"","files":[{"name":"a"}]}',
			'{"v":1,"paste":3,"files":[]}',
		])
			expect(parseResults(bad)).toBe('corrupt');
	});
});
