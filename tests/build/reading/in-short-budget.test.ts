// An "In short" over its budget, or missing, stops the build naming the lesson, the place and the figures (issue 22).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../support/build-output';
import { buildFixture } from '../../support/fixture-site';
import { readmeBlock, updating, writeReadmeBlock } from '../../support/readme-blocks';

const FILE = 'src/content/docs/lessons/background.mdx';
const ROOT = join(import.meta.dirname, '../../..');
const original = readFileSync(join(ROOT, FILE), 'utf8');
const headingLine = original.split('## In short')[0]!.split('\n').length;

const edit = (dir: string, change: (text: string) => string) => {
	const path = join(dir, FILE);
	const before = readFileSync(path, 'utf8');
	const after = change(before);
	if (after === before) throw new Error(`${FILE}: the edit changed nothing`);
	writeFileSync(path, after);
};

describe('astro build with a lesson summary over budget', () => {
	it('names the lesson, the heading and the words, sentences and grade against the budget', () => {
		// One long sentence of long words, cited like the rest: 5 sentences in all, too many words and a high grade.
		const long =
			'Internationally, the territory is recognised as belonging to Azerbaijan, notwithstanding its overwhelmingly ethnic Armenian population, according to both reports <Cite source="report-a" p={6} /> <Cite source="report-b" p={8} />.';
		const { status, output } = buildFixture((dir) =>
			edit(dir, (text) => text.replace(/(## In short\n\n).*\n/, (_, heading: string) => `${heading}${long}\n`)),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(`${FILE}:${headingLine}:1 → ## In short`);
		expect(output).toMatch(
			/Problem: the summary has \d+ words, 5 sentences and Flesch–Kincaid grade (\d+\.\d): over budget in grade \1 \(at most 7\); the budget is at most 120 words, 3 to 5 sentences, Flesch–Kincaid grade 7 or below\./,
		);
		expect(output).toContain('Fix: write 3 to 5 short sentences in simple words');
		const shown = excerpt(output, [/→ ## In short/], { more: false });
		if (updating) writeReadmeBlock('in-short-over-budget', shown);
		else expect(readmeBlock('in-short-over-budget')).toBe(shown);
	}, 240_000);

	it('names a lesson whose "In short" is gone', () => {
		const { status, output } = buildFixture((dir) => edit(dir, (text) => text.replace('## In short', '## Briefly')));
		expect(status).not.toBe(0);
		expect(output).toContain(`${FILE}:1:1 → ## In short`);
		expect(output).toContain('Problem: the lesson has no "In short" section');
	}, 240_000);
});
