import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { claimProblems, ledgerProblems, uncoveredParagraphs } from '../../../src/lib/claims/checks';
import { claimsCsv, claimsJson } from '../../../src/lib/claims/exports';
import { paragraphComparisons } from '../../../src/lib/claims/comparisons';
import { relationLabel, type Claim } from '../../../src/lib/claims/ledger';

const para = (n: number, text: string, kind: 'body' | 'headline' = 'body') => ({ n, text, kind });
const sources = [
	{
		id: 'report-a',
		label: 'Report A',
		short: 'A',
		paragraphs: [
			para(1, 'Headline of A', 'headline'),
			para(2, 'Alpha says 120,000 live there.'),
			para(3, 'Talks on Thursday.'),
		],
	},
	{
		id: 'report-b',
		label: 'Report B',
		short: 'B',
		paragraphs: [para(1, 'Beta counts approximately 120,000 ethnic Armenians.'), para(2, 'Turkey backed Azerbaijan.')],
	},
	{ id: 'report-c', label: 'Report C', short: 'C', paragraphs: [para(1, 'Gamma has "a quote", here.')] },
];
const cell = (source: string, paragraph: number, quote: string, voice = 'The report') => ({
	source,
	paragraph,
	quote,
	voice,
});
const claim = (over: Partial<Claim>): Claim => ({
	id: 'c',
	topic: 'background',
	question: 'Q?',
	relation: 'same',
	kinds: [],
	note: 'N.',
	cells: [],
	...over,
});

describe('claimProblems', () => {
	it('accepts a same claim quoting two reports, and an only claim quoting one', () => {
		expect(
			claimProblems(claim({ cells: [cell('report-a', 2, '120,000'), cell('report-b', 1, '120,000')] }), sources),
		).toEqual([]);
		expect(claimProblems(claim({ relation: 'only-b', cells: [cell('report-b', 2, 'Turkey')] }), sources)).toEqual([]);
	});
	it('checks every quote against its paragraph', () => {
		const [p] = claimProblems(
			claim({ relation: 'only-a', cells: [cell('report-a', 2, 'Alpha says 130,000')] }),
			sources,
		);
		expect(p).toMatchObject({
			field: 'cells[0]',
			problem: expect.stringMatching(/the quote "Alpha says 130,000" is not in report-a paragraph 2/),
		});
	});
	it('an only-a claim may not quote another report; same/differs must quote two', () => {
		expect(
			claimProblems(
				claim({ relation: 'only-a', cells: [cell('report-a', 3, 'Thursday'), cell('report-b', 2, 'Turkey')] }),
				sources,
			)[0],
		).toMatchObject({
			field: 'relation',
			problem: expect.stringMatching(/only in Report A.*also quote report-b/),
		});
		expect(
			claimProblems(claim({ relation: 'same', cells: [cell('report-a', 3, 'Thursday')] }), sources)[0]!.problem,
		).toMatch(/compares reports, but its cells quote only report-a/);
		expect(
			claimProblems(claim({ relation: 'only-z', cells: [cell('report-a', 3, 'Thursday')] }), sources)[0]!.problem,
		).toMatch(/names no report/);
	});
	it('differs needs a kind; other relations take none', () => {
		const cells = [cell('report-a', 2, '120,000'), cell('report-b', 1, '120,000')];
		expect(claimProblems(claim({ relation: 'differs', cells }), sources)[0]).toMatchObject({
			field: 'kinds',
			problem: 'a "differs" claim must say how the reports differ.',
		});
		expect(claimProblems(claim({ relation: 'same', kinds: ['figures'], cells }), sources)[0]).toMatchObject({
			field: 'kinds',
		});
	});
	it('works for any number of reports: a third report compares like the others', () => {
		const three = claim({
			relation: 'differs',
			kinds: ['wording'],
			cells: [cell('report-a', 3, 'Thursday'), cell('report-c', 1, '"a quote"')],
		});
		expect(claimProblems(three, sources)).toEqual([]);
		expect(claimProblems(claim({ relation: 'only-c', cells: [cell('report-c', 1, 'Gamma')] }), sources)).toEqual([]);
	});
});

describe('ledger coverage', () => {
	it('names every body paragraph no claim quotes, and ignores headlines', () => {
		const claims = [claim({ cells: [cell('report-a', 2, '120,000'), cell('report-b', 1, '120,000')] })];
		expect(uncoveredParagraphs(claims, sources)).toEqual([
			{ source: 'report-a', paragraph: 3, text: 'Talks on Thursday.' },
			{ source: 'report-b', paragraph: 2, text: 'Turkey backed Azerbaijan.' },
			{ source: 'report-c', paragraph: 1, text: 'Gamma has "a quote", here.' },
		]);
	});
	it('ledgerProblems: file, claim and field, problem and fix, for each claim and each gap; duplicate ids too', () => {
		const claims = [
			claim({ id: 'x', relation: 'only-a', cells: [cell('report-a', 2, 'Alpha'), cell('report-a', 3, 'Talks')] }),
			claim({ id: 'x', relation: 'only-b', cells: [cell('report-b', 1, 'Beta'), cell('report-b', 2, 'Turkey')] }),
		];
		const problems = ledgerProblems('src/content/claims.yaml', claims, sources);
		expect(problems).toEqual([
			{
				file: 'src/content/claims.yaml',
				field: 'claim "x"',
				problem: 'this id is used twice.',
				fix: 'give each claim its own id.',
			},
			expect.objectContaining({
				file: 'src/content/claims.yaml',
				field: 'report-c paragraph 1',
				problem: expect.stringMatching(/^no claim quotes this body paragraph/),
			}),
		]);
	});
});

describe('views', () => {
	const claims = [
		claim({
			id: 'pop',
			relation: 'differs',
			kinds: ['what-is-counted'],
			cells: [cell('report-a', 2, '120,000'), cell('report-b', 1, '120,000')],
		}),
		claim({ id: 'turkey', relation: 'only-b', cells: [cell('report-b', 2, 'Turkey', 'Report B, "quoting"')] }),
	];
	it('labels relations for the badge', () => {
		expect(relationLabel(claims[0]!, sources)).toBe('Differs: what is counted');
		expect(relationLabel(claims[1]!, sources)).toBe('Only in Report B');
		expect(relationLabel({ relation: 'same', kinds: [] }, sources)).toBe('Same');
	});
	it('says under each paragraph how the other reports compare', () => {
		const onB = paragraphComparisons(claims, 'report-b', sources);
		expect(onB.get(1)).toEqual([{ claim: 'pop', question: 'Q?', text: 'Report A differs (what is counted): A2' }]);
		expect(onB.get(2)).toEqual([{ claim: 'turkey', question: 'Q?', text: 'Only in this report' }]);
	});
	it('exports JSON in the contract’s shape', () => {
		expect(claimsJson(claims, sources)).toEqual({
			sources: ['report-a', 'report-b', 'report-c'],
			claims: [
				{
					id: 'pop',
					topic: 'background',
					question: 'Q?',
					relation: 'differs',
					kinds: ['what-is-counted'],
					note: 'N.',
					cells: [cell('report-a', 2, '120,000'), cell('report-b', 1, '120,000')],
				},
				{
					id: 'turkey',
					topic: 'background',
					question: 'Q?',
					relation: 'only-b',
					kinds: [],
					note: 'N.',
					cells: [cell('report-b', 2, 'Turkey', 'Report B, "quoting"')],
				},
			],
		});
	});
	it('exports CSV a spreadsheet opens: BOM, a header, one row per cell, quotes and commas kept', () => {
		const csv = claimsCsv(claims);
		expect(csv.startsWith('\uFEFF"claim","topic"')).toBe(true);
		const rows = parse<Record<string, string>>(csv, { bom: true, columns: true });
		expect(rows).toHaveLength(3);
		expect(rows[2]).toMatchObject({
			claim: 'turkey',
			source: 'report-b',
			paragraph: '2',
			voice: 'Report B, "quoting"',
			kinds: '',
		});
		expect(rows[0]).toMatchObject({ claim: 'pop', kinds: 'what-is-counted', quote: '120,000' });
	});
});
