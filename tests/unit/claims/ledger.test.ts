import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { claimProblems, ledgerProblems, uncoveredParagraphs } from '../../../src/lib/claims/checks';
import { claimsCsv, claimsJson } from '../../../src/lib/claims/exports';
import { paragraphComparisons } from '../../../src/lib/claims/comparisons';
import { relationLabel, type Claim } from '../../../src/lib/claims/ledger';

const para = (n: number, text: string, kind: 'body' | 'headline' = 'body') => ({ n, text, kind });
const A = {
	id: 'report-a',
	label: 'Report A',
	short: 'A',
	paragraphs: [
		para(1, 'Headline of A', 'headline'),
		para(2, 'Alpha says 120,000 live there.'),
		para(3, 'Talks on Thursday.'),
	],
};
const B = {
	id: 'report-b',
	label: 'Report B',
	short: 'B',
	paragraphs: [para(1, 'Beta counts approximately 120,000 ethnic Armenians.'), para(2, 'Turkey backed Azerbaijan.')],
};
const C = {
	id: 'report-c',
	label: 'Report C',
	short: 'C',
	paragraphs: [para(1, 'Gamma has "a quote", here. Talks on Thursday.')],
};
/** The ledger as it ships: two reports. */
const two = [A, B];
/** A third report added: every claim must now say whether it carries the claim. */
const three = [A, B, C];

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
	silent: [],
	cells: [],
	...over,
});
const pop = [cell('report-a', 2, '120,000'), cell('report-b', 1, '120,000')];

describe('claimProblems with two reports', () => {
	it('accepts a same claim quoting both, and an only claim quoting one with the other silent', () => {
		expect(claimProblems(claim({ cells: pop }), two)).toEqual([]);
		expect(
			claimProblems(claim({ relation: 'only-b', silent: ['report-a'], cells: [cell('report-b', 2, 'Turkey')] }), two),
		).toEqual([]);
	});
	it('checks every quote against its paragraph', () => {
		const [p] = claimProblems(
			claim({ relation: 'only-a', silent: ['report-b'], cells: [cell('report-a', 2, 'Alpha says 130,000')] }),
			two,
		);
		expect(p).toMatchObject({
			path: ['cells', 0],
			problem: expect.stringMatching(/the quote "Alpha says 130,000" is not in report-a paragraph 2/),
		});
	});
	it('an only-a claim may not quote another report; same/differs must quote two', () => {
		expect(
			claimProblems(
				claim({ relation: 'only-a', cells: [cell('report-a', 3, 'Thursday'), cell('report-b', 2, 'Turkey')] }),
				two,
			)[0],
		).toMatchObject({ path: ['relation'], problem: expect.stringMatching(/only in Report A.*also quote report-b/) });
		expect(
			claimProblems(
				claim({ relation: 'same', silent: ['report-b'], cells: [cell('report-a', 3, 'Thursday')] }),
				two,
			)[0]!.problem,
		).toMatch(/compares reports, but its cells quote only report-a/);
		expect(claimProblems(claim({ relation: 'only-z', cells: pop }), two)[0]!.problem).toMatch(/names no report/);
	});
	it('differs needs a kind; other relations take none', () => {
		expect(claimProblems(claim({ relation: 'differs', cells: pop }), two)[0]).toMatchObject({
			path: ['kinds'],
			problem: 'a "differs" claim must say how the reports differ.',
		});
		expect(claimProblems(claim({ relation: 'same', kinds: ['figures'], cells: pop }), two)[0]).toMatchObject({
			path: ['kinds'],
		});
	});
	it('a report neither quoted nor listed as silent is named, and silent must name real, unquoted sources', () => {
		const [p] = claimProblems(claim({ relation: 'only-a', cells: [cell('report-a', 3, 'Thursday')] }), two);
		expect(p).toMatchObject({
			path: ['cells'],
			problem:
				'the claim does not say whether Report B (report-b) says it: each report is either quoted in the cells or listed under silent.',
			fix: expect.stringMatching(/add a cell with its words .* or add it to silent: \[report-b\]\.$/),
		});
		expect(claimProblems(claim({ silent: ['report-b', 'reuters'], cells: pop }), two).map((x) => x.problem)).toEqual([
			'report-b is listed as silent, but a cell quotes it.',
			'"reuters" is not a source.',
		]);
	});
});

describe('claimProblems with three reports', () => {
	it('a claim written for two reports must say whether the third says it: same, differs and only alike', () => {
		for (const written of [
			claim({ cells: pop }),
			claim({ relation: 'only-a', silent: ['report-b'], cells: [cell('report-a', 3, 'Thursday')] }),
		]) {
			expect(claimProblems(written, two)).toEqual([]);
			expect(claimProblems(written, three)).toEqual([
				expect.objectContaining({
					problem: expect.stringMatching(/does not say whether Report C \(report-c\) says it/),
				}),
			]);
		}
	});
	it('same or differs among some reports, the rest silent; only-c with the others silent', () => {
		const ac = claim({
			relation: 'differs',
			kinds: ['wording'],
			silent: ['report-b'],
			cells: [cell('report-a', 3, 'Thursday'), cell('report-c', 1, '"a quote"')],
		});
		expect(claimProblems(ac, three)).toEqual([]);
		const onlyC = claim({
			relation: 'only-c',
			silent: ['report-a', 'report-b'],
			cells: [cell('report-c', 1, 'Gamma')],
		});
		expect(claimProblems(onlyC, three)).toEqual([]);
		// A third report saying what only report A said: the relation must change with it.
		const wasOnlyA = claim({
			relation: 'only-a',
			silent: ['report-b'],
			cells: [cell('report-a', 3, 'Talks'), cell('report-c', 1, 'Talks on Thursday')],
		});
		expect(claimProblems(wasOnlyA, three)[0]!.problem).toMatch(
			/"only-a" \(only in Report A\) but the cells also quote report-c/,
		);
	});
});

describe('ledger coverage', () => {
	it('names every body paragraph no claim quotes, and ignores headlines', () => {
		expect(uncoveredParagraphs([claim({ cells: pop })], three)).toEqual([
			{ source: 'report-a', paragraph: 3, text: 'Talks on Thursday.' },
			{ source: 'report-b', paragraph: 2, text: 'Turkey backed Azerbaijan.' },
			{ source: 'report-c', paragraph: 1, text: 'Gamma has "a quote", here. Talks on Thursday.' },
		]);
	});
	it('ledgerProblems: file, claim, field and place, problem and fix; gaps placed at the claim quoting the nearest paragraph', () => {
		const claims = [
			claim({
				id: 'x',
				relation: 'only-a',
				silent: ['report-b'],
				cells: [cell('report-a', 2, 'Alpha'), cell('report-a', 3, 'Talks')],
			}),
			claim({
				id: 'y',
				relation: 'only-b',
				silent: ['report-a'],
				cells: [cell('report-b', 1, 'Beta'), cell('report-b', 2, 'Turkey')],
			}),
		];
		expect(ledgerProblems('src/content/claims.yaml', claims, two)).toEqual([]);
		const withC = ledgerProblems('src/content/claims.yaml', claims, three);
		expect(withC.map((p) => [p.file, p.field, p.at])).toEqual([
			['src/content/claims.yaml', 'claim "x" → silent', [{ id: 'x' }, 'silent']],
			['src/content/claims.yaml', 'claim "y" → silent', [{ id: 'y' }, 'silent']],
			['src/content/claims.yaml', 'report-c paragraph 1', []],
		]);
		const near = ledgerProblems('f', [claim({ id: 'pop', cells: pop })], two).at(-1)!;
		expect(near).toMatchObject({
			field: 'report-b paragraph 2 (near claim "pop", which quotes paragraph 1)',
			at: [{ id: 'pop' }],
			problem: expect.stringMatching(/^no claim quotes this body paragraph/),
		});
	});
});

describe('views', () => {
	const claims = [
		claim({ id: 'pop', relation: 'differs', kinds: ['what-is-counted'], cells: pop }),
		claim({
			id: 'turkey',
			relation: 'only-b',
			silent: ['report-a'],
			cells: [cell('report-b', 2, 'Turkey', 'Report B, "quoting"')],
		}),
	];
	it('labels relations for the badge: with two reports as before, with three saying which carry it', () => {
		expect(relationLabel(claims[0]!, two)).toBe('Differs: what is counted');
		expect(relationLabel(claims[1]!, two)).toBe('Only in Report B');
		expect(relationLabel({ relation: 'same', kinds: [] }, two)).toBe('Same');
		expect(relationLabel(claims[0]!, three)).toBe('Differs between Report A and Report B: what is counted');
		expect(relationLabel(claims[1]!, three)).toBe('Only in Report B');
		const all = claim({ cells: [...pop, cell('report-c', 1, 'Gamma')] });
		expect(relationLabel(all, three)).toBe('Same');
		expect(relationLabel({ ...all, cells: [pop[0]!, cell('report-c', 1, 'Gamma')] }, three)).toBe(
			'Same in Report A and Report C',
		);
	});
	it('says under each paragraph how the other reports compare, and with three which are silent', () => {
		const onB = paragraphComparisons(claims, 'report-b', two);
		expect(onB.get(1)).toEqual([{ claim: 'pop', question: 'Q?', text: 'Report A differs (what is counted): A2' }]);
		expect(onB.get(2)).toEqual([{ claim: 'turkey', question: 'Q?', text: 'Only in this report' }]);
		expect(paragraphComparisons(claims, 'report-b', three).get(1)).toEqual([
			{ claim: 'pop', question: 'Q?', text: 'Report A differs (what is counted): A2; not in Report C' },
		]);
	});
	it('exports JSON in the contract’s shape, extended with the sources that carry each claim and those silent', () => {
		const base = (c: Claim) => ({
			id: c.id,
			topic: 'background',
			question: 'Q?',
			relation: c.relation,
			kinds: c.kinds,
			note: 'N.',
			cells: c.cells,
		});
		expect(claimsJson(claims, two)).toEqual({
			sources: ['report-a', 'report-b'],
			claims: [
				{ ...base(claims[0]!), in: ['report-a', 'report-b'], silent: [] },
				{ ...base(claims[1]!), in: ['report-b'], silent: ['report-a'] },
			],
		});
		expect(claimsJson(claims, three).claims.map((c) => [c.in, c.silent])).toEqual([
			[['report-a', 'report-b'], ['report-c']],
			[['report-b'], ['report-a', 'report-c']],
		]);
	});
	it('exports CSV a spreadsheet opens: BOM, the same header as ever, one row per cell, quotes and commas kept', () => {
		const csv = claimsCsv(claims);
		expect(
			csv.startsWith(
				'\uFEFF"claim","topic","question","relation","kinds","note","source","paragraph","quote","voice"\r\n',
			),
		).toBe(true);
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
