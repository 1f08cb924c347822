import { describe, expect, it } from 'vitest';
import { checkLesson, citedParagraphs, sourceLinkProblems } from '../../../src/lib/sources/mdx-citations';
import { scanLesson } from '../../../src/lib/sources/mdx-scan';
import { readSources } from '../../../src/lib/sources/seeds';

const sources = readSources('seeds');
const rules = { minDistinctCitations: 0, glossaryIds: new Set(['ceasefire', 'peacekeepers']) };
const lesson = (body: string) => `---\ntitle: Test\n---\nimport Cite from '../Cite.astro';\n\n${body}\n`;

describe('scanLesson', () => {
	it('finds inline and block citations, quotes and terms at their lines and columns, front matter counted', () => {
		const scan = scanLesson(
			lesson(
				'A <Term id="ceasefire">ceasefire</Term> began <Cite source="report-a" p={3} quote="1pm local time" />.\n\n<Cite source=\'report-b\' p={13}/>\n\nThey said <Quote source="report-b" p={15} text="it was unclear" />.',
			),
		);
		expect(scan.citations).toEqual([
			{ source: 'report-a', p: 3, quote: '1pm local time', line: 6, column: 47 },
			{ source: 'report-b', p: 13, line: 8, column: 1 },
			{ source: 'report-b', p: 15, quote: 'it was unclear', line: 10, column: 11 },
		]);
		expect(scan.terms).toEqual([{ id: 'ceasefire', line: 6, column: 3 }]);
		expect(scan.imports).toEqual(new Set(['Cite']));
	});
	it('reads quote={"…"} expressions and reports tags it cannot read', () => {
		const scan = scanLesson(
			lesson('<Cite source="report-a" p={3} quote={"1pm local time"} /> <Cite source="report-a" p="three" />'),
		);
		expect(scan.citations).toEqual([{ source: 'report-a', p: 3, quote: '1pm local time', line: 6, column: 1 }]);
		expect(scan.malformed).toEqual([
			expect.objectContaining({ line: 6, column: 59, problem: expect.stringMatching(/whole paragraph number/) }),
		]);
	});
	it('ignores Cite written as text inside code', () => {
		expect(scanLesson(lesson('Write `<Cite source="x" p={1} />` to cite.')).citations).toEqual([]);
	});
});

describe('citedParagraphs', () => {
	it('lists each paragraph once, in order of first citation, with its quotes', () => {
		expect(
			citedParagraphs([
				{ source: 'report-b', p: 10, quote: 'at least 32' },
				{ source: 'report-a', p: 8 },
				{ source: 'report-b', p: 10, quote: '200 more' },
				{ source: 'report-b', p: 10, quote: 'at least 32' },
			]),
		).toEqual([
			{ source: 'report-b', p: 10, quotes: ['at least 32', '200 more'] },
			{ source: 'report-a', p: 8, quotes: [] },
		]);
	});
});

describe('checkLesson', () => {
	const file = 'src/content/docs/lessons/x.mdx';
	it('accepts a lesson whose citations and terms all resolve', () => {
		expect(
			checkLesson(
				file,
				lesson('<Term id="ceasefire">Ceasefire</Term> <Cite source="report-a" p={3} quote="1pm local time" />'),
				sources,
				rules,
			),
		).toEqual([]);
	});
	it('names the file, the line and column and the citation for an unknown source', () => {
		const [problem] = checkLesson(file, lesson('Text <Cite source="reuters" p={2} />'), sources, rules);
		expect(problem).toMatchObject({
			file,
			line: 6,
			column: 6,
			field: 'citation of reuters paragraph 2',
			problem: 'unknown source "reuters".',
		});
	});
	it('rejects a paragraph out of range', () => {
		const [problem] = checkLesson(file, lesson('<Cite source="report-b" p={27} />'), sources, rules);
		expect(problem!.problem).toBe('paragraph 27 does not exist: report-b has paragraphs 1 to 26.');
	});
	it('rejects a quote or a <Quote> text that is not in the paragraph', () => {
		const problems = checkLesson(
			file,
			lesson(
				'<Cite source="report-b" p={10} quote="at least 23" />\n\n<Quote source="report-a" p={3} text="the town of Yevlakh" />',
			),
			sources,
			rules,
		);
		expect(problems.map((p) => [p.line, p.column, p.field])).toEqual([
			[6, 1, 'citation of report-b paragraph 10 "at least 23"'],
			[8, 1, 'citation of report-a paragraph 3 "the town of Yevlakh"'],
		]);
	});
	it('rejects unknown glossary terms and a second link to the same term', () => {
		const problems = checkLesson(
			file,
			lesson('<Term id="truce">truce</Term> <Term id="ceasefire">a</Term> <Term id="ceasefire">b</Term>'),
			sources,
			rules,
		);
		expect(problems.map((p) => [p.column, p.problem])).toEqual([
			[1, 'there is no glossary entry "truce".'],
			[61, '"ceasefire" is already linked to the glossary earlier in this page.'],
		]);
	});
	it('requires a lesson to cite enough distinct paragraphs', () => {
		const problems = checkLesson(
			file,
			lesson('<Cite source="report-a" p={3} /> <Cite source="report-a" p={3} />'),
			sources,
			{
				...rules,
				minDistinctCitations: 6,
			},
		);
		expect(problems).toEqual([
			expect.objectContaining({
				problem: expect.stringMatching(/at least 6 distinct source paragraphs; this one cites 1/),
			}),
		]);
	});
});

describe('sourceLinkProblems', () => {
	it('names a written link to a source that does not exist, or to a paragraph it does not have, at its place', () => {
		const scan = scanLesson(
			lesson(
				'See [report C](../../sources/report-c/), [A3](../../sources/report-a/#p3), [A99](/sources/report-a/#p99) and the [glossary](../../glossary/).',
			),
		);
		expect(sourceLinkProblems('x.mdx', scan, sources).map((p) => [p.line, p.column, p.field, p.problem])).toEqual([
			[6, 5, 'link to ../../sources/report-c/', 'there is no source "report-c", so its page does not exist.'],
			[6, 76, 'link to /sources/report-a/#p99', 'paragraph 99 does not exist: report-a has paragraphs 1 to 12.'],
		]);
	});
});
