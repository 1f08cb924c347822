// The "In short" budget check: the text as a reader meets it (citations dropped), its counts, and the problem the
// build reports when a summary is missing or over budget.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findInShort, inShortProblems } from '../../../src/lib/reading/in-short';
import { IN_SHORT_BUDGET, measure, overBudget } from '../../../src/lib/reading/measure';
import { sentenceSpans } from '../../../src/lib/reading/sentences';

const lesson = (inShort: string) =>
	`---\ntitle: A lesson\n---\n\nimport Cite from '../Cite.astro';\n\n## In short\n\n${inShort}\n\n## What you will learn\n\nMore words here that are not counted.\n`;

describe('findInShort', () => {
	it('reads the section under "In short" without citation markers, keeping quoted words in quotation marks', () => {
		const found = findInShort(
			lesson(
				'The talks were set for Thursday <Cite source="report-a" p={3} />.\n' +
					'Report B calls the offensive <Quote source="report-b" p={6} text="an invasion" />.\n' +
					'Both reports give 120,000 <Cite source="report-a" p={6} /> <Cite source="report-b" p={8} />.',
			),
		)!;
		expect(found.text).toBe(
			'The talks were set for Thursday. Report B calls the offensive "an invasion". Both reports give 120,000.',
		);
		expect(found.text).not.toMatch(/\[|report-a|Cite/);
		expect(found.line).toBe(7);
		expect(found.measure).toMatchObject({ words: 17, sentences: 3 });
	});

	it('stops at the next heading of the same level, and is undefined when there is no "In short"', () => {
		expect(findInShort(lesson('One. Two. Three.'))!.text).toBe('One. Two. Three.');
		expect(findInShort('## Something else\n\nText.')).toBeUndefined();
	});
});

describe('measure', () => {
	it('counts figures and times as words, and finds no sentence end inside them', () => {
		const m = measure('It was due to start at 1pm on Wednesday. Report A gives 120,000 people. Both agree.');
		expect(m).toMatchObject({ words: 16, sentences: 3 });
		expect(sentenceSpans('He said "no." Then he left.').length).toBe(2);
	});

	it('gives a plain text a low grade and a text of long words a high one', () => {
		expect(measure('The cat sat on the mat. It was a hot day. We went home.').grade).toBeLessThan(2);
		expect(
			measure('Internationally recognised jurisdictions institutionalise administrative responsibilities.').grade,
		).toBeGreaterThan(15);
	});

	it('names each figure over budget', () => {
		expect(overBudget({ words: 130, sentences: 6, syllables: 0, grade: 8.24 })).toEqual([
			'130 words (at most 120)',
			'6 sentences (3 to 5)',
			'grade 8.2 (at most 7)',
		]);
		expect(overBudget({ words: 60, sentences: 2, syllables: 0, grade: 5 })).toEqual(['2 sentences (3 to 5)']);
	});
});

describe('inShortProblems', () => {
	const file = 'src/content/docs/lessons/x.mdx';
	it('passes a short plain summary', () => {
		expect(inShortProblems(file, lesson('We met. They spoke. It was fine.'))).toEqual([]);
	});

	it('fails a summary over budget, naming the place and the figures', () => {
		const long = 'Internationally recognised administrative jurisdictions were institutionalised. '.repeat(4);
		const [problem, ...rest] = inShortProblems(file, lesson(long));
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file, line: 7, column: 1, field: '## In short' });
		expect(problem!.problem).toMatch(/^the summary has 24 words, 4 sentences and Flesch–Kincaid grade \d+\.\d: /);
		expect(problem!.problem).toContain('at most 120 words, 3 to 5 sentences, Flesch–Kincaid grade 7 or below');
	});

	it('fails a lesson with no "In short"', () => {
		const [problem] = inShortProblems(file, '## What you will learn\n\nText.');
		expect(problem!.problem).toMatch(/has no "In short" section/);
		expect(problem!.fix).toMatch(/add "## In short"/);
	});
});

describe('the lessons', () => {
	const dir = 'src/content/docs/lessons';
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
		it(`${name}: its "In short" keeps the budget`, () => {
			const found = findInShort(readFileSync(`${dir}/${name}`, 'utf8'))!;
			expect(found).toBeDefined();
			expect(overBudget(found.measure), JSON.stringify(found.measure)).toEqual([]);
			expect(found.measure.grade).toBeLessThanOrEqual(IN_SHORT_BUDGET.grade);
		});
	}
});
