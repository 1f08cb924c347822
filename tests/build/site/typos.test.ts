// Typos an author makes in lessons and metadata stop the build at their place, saying what was probably meant.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';
import { placeIn } from '../../support/places';
import { edit } from '../../support/third-source';

const BACKGROUND = 'src/content/docs/lessons/background.mdx';
const ACTORS = 'src/content/docs/lessons/actors.mdx';

describe('astro build with typos', () => {
	it('a misspelt component and a lower-case <cite>, <quote> or <term>: the place and "did you mean"', () => {
		const places: string[] = [];
		const { status, output } = buildFixture((dir) => {
			edit(dir, BACKGROUND, '<Cite source="report-a" p={6} />', '<Cit source="report-a" p={6} />');
			edit(dir, ACTORS, '<Cite source="report-b" p={21} />', '<cite source="report-b" p={21} />');
			edit(dir, BACKGROUND, '<Quote source="report-a" p={8}', '<quote source="report-a" p={8}');
			edit(dir, ACTORS, /<Term (id="[a-z-]+">[^<]*)<\/Term>/, '<term $1</term>');
			places.push(
				placeIn(dir, BACKGROUND, '<Cit '),
				placeIn(dir, ACTORS, '<cite '),
				placeIn(dir, BACKGROUND, '<quote '),
				placeIn(dir, ACTORS, '<term '),
			);
		});
		expect(status).not.toBe(0);
		const [cit, cite, quote, term] = places;
		expect(output).toContain(
			`${cit} → <Cit>\n  Problem: <Cit> is not a component this page imports, so the page cannot be built.\n  Fix: did you mean <Cite>? Correct the name.`,
		);
		expect(output).toContain(
			`${cite} → <cite>\n  Problem: <cite> is written in lower case, so MDX reads it as a plain HTML tag: it renders no link and the build checks nothing in it.\n  Fix: did you mean <Cite>?`,
		);
		expect(output).toContain(`${quote} → <quote>`);
		expect(output).toContain(`${term} → <term>`);
		expect(output).toMatch(/Fix: did you mean <Term>\?/);
		expect(output).not.toMatch(/Stack trace|Location:|Browser APIs|Expected component/);
	});

	it('two sources with the same short label: both named, at the second one’s field', () => {
		let line = 0;
		const { status, output } = buildFixture((dir) => {
			edit(dir, 'seeds/sources.yaml', /(label: Report B\n {4}short: )B/, '$1A');
			const lines = readFileSync(join(dir, 'seeds/sources.yaml'), 'utf8').split('\n');
			line = lines.findLastIndex((l) => l === '    short: A') + 1;
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			`seeds/sources.yaml:${line}:12 → sources[1].short\n  Problem: report-b has the short "A", which report-a (sources[0]) already has.`,
		);
		expect(output).toMatch(/Fix: give each source its own short: citation links read \[A7\], \[B10\]/);
		expect(output).not.toMatch(/GenerateContentTypesError|Stack trace/);
	});
});
