import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';

const edit = (dir: string, file: string, from: string | RegExp, to: string) => {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
	writeFileSync(path, changed);
};

describe('astro build with bad citations', () => {
	it('stops on a lesson citing a missing paragraph and a misquote, naming the file and line of each', () => {
		const { status, output } = buildFixture((dir) => {
			edit(
				dir,
				'src/content/docs/lessons/background.mdx',
				'text="apparently by shrapnel"',
				'text="apparently by rockets"',
			);
			edit(
				dir,
				'src/content/docs/lessons/actors.mdx',
				'<Cite source="report-b" p={21} />',
				'<Cite source="report-c" p={21} />',
			);
		});
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/src\/content\/docs\/lessons\/background\.mdx → line \d+: citation of report-a paragraph 8 "apparently by rockets"/,
		);
		expect(output).toContain('Problem: the quote "apparently by rockets" is not in report-a paragraph 8');
		expect(output).toMatch(/src\/content\/docs\/lessons\/actors\.mdx → line \d+: citation of report-c paragraph 21/);
		expect(output).toContain('Problem: unknown source "report-c".');
		expect(output).toContain('Fix: use one of the source ids in seeds/sources.yaml');
	});

	it('stops on a glossary entry citing a paragraph out of range, naming the entry and field', () => {
		const { status, output } = buildFixture((dir) =>
			edit(dir, 'src/content/glossary/blockade.yaml', '{ source: report-a, p: 7,', '{ source: report-a, p: 70,'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('glossary → blockade');
		expect(output).toContain('paragraph 70 does not exist: report-a has paragraphs 1 to 12.');
	});
});
