// The framing check (issue 23): a word that carries a side stands in the guide's own voice only quoted, with the
// report or party it comes from named in the same sentence; a bare use names the file, line, word, whose it is and
// the neutral wording.
import { describe, expect, it } from 'vitest';
import { formPattern, framingProblems, glossaryProblems, type FramingEntry } from '../../../src/lib/framing/check';
import { lineAt, quotedSpans, sentences, type AuthoredText } from '../../../src/lib/framing/sentences';

const separatists: FramingEntry = {
	id: 'separatists',
	forms: ['separatist', 'separatists'],
	usedBy: [
		{
			who: 'Report A, in its sentence on what President Aliyev’s office confirmed',
			cites: [{ source: 'report-a', p: 3 }],
		},
		{ who: 'Report B, reporting what Azerbaijani authorities said', cites: [{ source: 'report-b', p: 14 }] },
	],
	view: 'the view that the ethnic Armenian side is breaking away from a state',
	rejectedBy: 'the ethnic Armenian side',
	neutral: 'the ethnic Armenian authorities, the ethnic Armenian forces',
	glossary: 'separatists',
	allow: [],
};
const reintegration: FramingEntry = {
	...separatists,
	id: 'reintegration',
	forms: ['reintegration'],
	usedBy: [{ who: 'Report B, in quotation marks', cites: [{ source: 'report-b', p: 23 }] }],
	neutral: 'the region’s future',
	glossary: 'reintegration',
};
const NAMES = /\b(?:reports?|authorit(?:y|ies)|office|Azerbaijan|Armenia)\b/iu;
const text = (t: string, extra: Partial<AuthoredText> = {}): AuthoredText => ({
	file: 'src/content/docs/lessons/x.mdx',
	line: 10,
	text: t,
	...extra,
});
const check = (t: string | AuthoredText, entries: FramingEntry[] = [separatists, reintegration]) =>
	framingProblems([typeof t === 'string' ? text(t) : t], entries, NAMES);

describe('framingProblems', () => {
	it('fails a bare use with the file, the line, the word, whose it is and the neutral wording', () => {
		const [p, ...rest] = check('The separatists accepted the proposal.');
		expect(rest).toEqual([]);
		expect(p!.file).toBe('src/content/docs/lessons/x.mdx');
		expect(p).toMatchObject({ line: 10, field: undefined });
		expect(p!.problem).toContain(
			`"separatists" stands in the guide's own voice: "The separatists accepted the proposal."`,
		);
		expect(p!.problem).toContain('the view that the ethnic Armenian side is breaking away from a state');
		expect(p!.problem).toContain('the ethnic Armenian side would reject it');
		expect(p!.problem).toContain('Report A, in its sentence on what President Aliyev’s office confirmed (A3)');
		expect(p!.problem).toContain('(B14)');
		expect(p!.fix).toMatch(/^write "the ethnic Armenian authorities" or "the ethnic Armenian forces" instead/);
		expect(p!.fix).toContain('allow: [{ file: src/content/docs/lessons/x.mdx');
	});

	it('passes the word quoted with the report or party named in the same sentence, in any kind of quotation marks', () => {
		expect(check('Report A speaks of talks with "Armenian separatists".')).toEqual([]);
		expect(check('Report B gives the talks’ goal as the region’s “reintegration”.')).toEqual([]);
		expect(check('Azerbaijani authorities spoke of ‘separatist representatives’.')).toEqual([]);
	});

	it('fails the word quoted when no one is named in its sentence, even if the sentence before names them', () => {
		const problems = check('Report A quotes the office. It speaks of "separatists".');
		expect(problems).toHaveLength(1);
		expect(problems[0]!.problem).toContain('is quoted, but no report or party is named in its sentence');
		expect(problems[0]!.problem).toContain('"It speaks of "separatists"."');
	});

	it('fails the word named in the sentence but outside the quotation marks', () => {
		expect(check('Report A says "talks" with the separatists.')).toHaveLength(1);
	});

	it('an apostrophe is not a quotation mark', () => {
		expect(check('Azerbaijan’s separatist talks went ahead, report A’s sentence says.')).toHaveLength(1);
	});

	it('matches whole words in any case, and each form, once per use', () => {
		expect(check('SEPARATISTS and a separatist met.').map((p) => p.problem.slice(0, 15))).toEqual([
			'"SEPARATISTS" s',
			'"separatist" st',
		]);
		expect(check('Inseparatists and separatistic are not the word.')).toEqual([]);
	});

	it('folds a hyphen or a space where the form has one', () => {
		const re = formPattern(['re-integration', 'taken over']);
		expect('re-integration reintegration re integration'.match(re)).toHaveLength(3);
		expect('taken-over, taken over, takenover'.match(re)).toHaveLength(3);
		expect('overtaken'.match(re)).toBeNull();
	});

	it('gives the line of the word in a text folded from several lines', () => {
		const folded = text('A first line. A second line with separatists in it.', { line: 4, breaks: [14] });
		expect(check(folded)[0]!.line).toBe(5);
		expect(check(text('x', { field: 'options[1].feedback', text: 'The separatists.' }))[0]).toMatchObject({
			line: 10,
			field: 'options[1].feedback',
		});
	});

	it('gives the column of the word on its line when it can read the line', () => {
		const [p] = framingProblems([text('Then the separatists left.')], [separatists], NAMES, (file, line) =>
			file === 'src/content/docs/lessons/x.mdx' && line === 10 ? '  Then the separatists left.' : undefined,
		);
		expect(p).toMatchObject({ line: 10, column: 12 });
	});

	it('a waiver lets a sentence about the word through, in its file only', () => {
		const waived = {
			...separatists,
			allow: [{ file: 'src/content/docs/lessons/x.mdx', text: 'Key vocabulary', why: 'A list of words to go over.' }],
		};
		expect(check('Key vocabulary: separatists, peacekeepers.', [waived])).toEqual([]);
		expect(check(text('Key vocabulary: separatists.', { file: 'src/content/glossary/y.yaml' }), [waived])).toHaveLength(
			2,
		);
	});

	it('a waiver that matches nothing fails, so waivers do not outlive their sentences', () => {
		const stale = { ...separatists, allow: [{ file: 'a.mdx', text: 'Gone', why: 'A sentence since rewritten.' }] };
		const [p] = check('Nothing here.', [stale]);
		expect(p).toMatchObject({ file: 'src/content/framing.yaml', field: 'separatists → allow[0]' });
		expect(p!.problem).toContain('matches no sentence');
	});
});

describe('a word neither report uses', () => {
	const occupation: FramingEntry = {
		id: 'occupation',
		forms: ['occupation', 'occupied'],
		usedBy: [],
		view: 'the view that ethnic Armenian forces held Azerbaijan’s land unlawfully',
		rejectedBy: 'the ethnic Armenian side',
		neutral: 'held by the ethnic Armenian side',
		allow: [],
	};

	it('fails even quoted and attributed, since there is no report sentence to quote', () => {
		const [p] = check('Report A calls it "occupied" land.', [occupation]);
		expect(p!.problem).toContain('"occupied" is a word neither report uses');
		expect(p!.problem).toContain('Neither report uses it, so the guide cannot quote it either.');
		expect(p!.fix).toMatch(/^write "held by the ethnic Armenian side" instead\. If the sentence/);
	});

	it('needs no glossary entry', () => {
		expect(glossaryProblems([occupation], new Map())).toEqual([]);
	});
});

describe('glossaryProblems', () => {
	it('fails a framing word without its glossary entry', () => {
		const [p] = glossaryProblems([separatists], new Map());
		expect(p).toMatchObject({ file: 'src/content/framing.yaml', field: 'separatists → glossary' });
		expect(p!.fix).toContain('src/content/glossary/separatists.yaml');
	});

	it('fails a glossary entry that does not cite each paragraph where the reports use the word', () => {
		const [p] = glossaryProblems([separatists], new Map([['separatists', [{ source: 'report-a', p: 3 }]]]));
		expect(p).toMatchObject({ file: 'src/content/glossary/separatists.yaml', field: 'cites' });
		expect(p!.problem).toContain('does not cite B14');
		expect(
			glossaryProblems(
				[separatists],
				new Map([
					[
						'separatists',
						[
							{ source: 'report-b', p: 14 },
							{ source: 'report-a', p: 3 },
						],
					],
				]),
			),
		).toEqual([]);
	});
});

describe('sentences and quotation marks', () => {
	it('splits after a full stop, question or exclamation mark before a capital, a digit or an opening quote', () => {
		expect(sentences('One. Two? "Three" she said! 4 more. e.g. lower').map((s) => s.text.trim())).toEqual([
			'One.',
			'Two?',
			'"Three" she said!',
			'4 more. e.g. lower',
		]);
	});

	it('a quotation that ends a sentence stays with it', () => {
		expect(sentences('He said "stop." Then it stopped.').map((s) => s.text.trim())).toEqual([
			'He said "stop."',
			'Then it stopped.',
		]);
	});

	it('finds straight, curly and single quotation marks, not apostrophes', () => {
		const t = 'A "b" c “d” e ‘f’ the region’s g';
		expect(quotedSpans(t).map(([a, b]) => t.slice(a, b))).toEqual(['"b"', '“d”', '‘f’']);
	});

	it('lineAt counts breaks and newlines', () => {
		expect(lineAt({ file: 'f', line: 3, text: 'a\nb c', breaks: [] }, 2)).toBe(4);
		expect(lineAt({ file: 'f', line: 3, text: 'ab cd', breaks: [3] }, 4)).toBe(4);
		expect(lineAt({ file: 'f', line: 3, text: 'ab cd', breaks: [3] }, 1)).toBe(3);
	});
});
