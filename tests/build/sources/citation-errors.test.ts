import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';
import { excerpt } from '../../support/build-output';
import { placeIn } from '../../support/places';
import { readmeBlock, updating, writeReadmeBlock } from '../../support/readme-blocks';
import { edit } from '../../support/third-source';

const BACKGROUND = 'src/content/docs/lessons/background.mdx';
const ACTORS = 'src/content/docs/lessons/actors.mdx';

describe('astro build with bad citations', () => {
	it('names the file, line and column (front matter counted) of a misquote, a paragraph out of range, an unknown source and an unknown term, all in one build', () => {
		const places: string[] = [];
		const { status, output } = buildFixture((dir) => {
			edit(dir, BACKGROUND, 'text="apparently by shrapnel"', 'text="apparently by rockets"');
			edit(dir, BACKGROUND, '<Cite source="report-b" p={21} />.', '<Cite source="report-b" p={99} />.');
			edit(dir, ACTORS, '<Cite source="report-b" p={21} />', '<Cite source="report-c" p={21} />');
			edit(dir, ACTORS, '<Term id="peacekeepers">', '<Term id="peace-keepers">');
			places.push(
				placeIn(dir, BACKGROUND, 'text="apparently by rockets"', '<'),
				placeIn(dir, BACKGROUND, 'p={99}', '<'),
				placeIn(dir, ACTORS, 'source="report-c"', '<'),
				placeIn(dir, ACTORS, '<Term id="peace-keepers">'),
			);
		});
		expect(status).not.toBe(0);
		const [quote, range, unknown, term] = places;
		expect(output).toContain(`${quote} → citation of report-a paragraph 8 "apparently by rockets"`);
		expect(output).toContain('Problem: the quote "apparently by rockets" is not in report-a paragraph 8');
		expect(output).toContain(`${range} → citation of report-b paragraph 99\n  Problem: paragraph 99 does not exist`);
		expect(output).toContain(`${unknown} → citation of report-c paragraph 21\n  Problem: unknown source "report-c".`);
		expect(output).toContain('Fix: use one of the source ids in seeds/sources.yaml');
		expect(output).toContain(
			`${term} → <Term id="peace-keepers">\n  Problem: there is no glossary entry "peace-keepers".`,
		);
		// The places are the files' own: the front matter (8 lines in these lessons) is counted, so the line is the one an
		// editor shows for the quote in the lesson as it is in the repository.
		const lesson = readFileSync(BACKGROUND, 'utf8');
		expect(Number(quote!.split(':')[1])).toBe(
			lesson.slice(0, lesson.indexOf('text="apparently by shrapnel"')).split('\n').length,
		);
		expect(output).not.toMatch(/Stack trace|Location:|Browser APIs/);
		// README's example in "Writing lessons" is this build's message.
		const shown = excerpt(output, [/citation of report-a paragraph 8 "apparently by rockets"/], { more: false });
		if (updating) writeReadmeBlock('lesson-misquote', shown);
		else expect(readmeBlock('lesson-misquote')).toBe(shown);
	});

	it('stops on a glossary entry citing a paragraph out of range, naming the file, line, column and field', () => {
		let place = '';
		const { status, output } = buildFixture((dir) => {
			edit(dir, 'src/content/glossary/blockade.yaml', '{ source: report-a, p: 7,', '{ source: report-a, p: 70,');
			place = placeIn(dir, 'src/content/glossary/blockade.yaml', 'source: report-a, p: 70', '{');
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			`${place} → cites[0]\n  Problem: paragraph 70 does not exist: report-a has paragraphs 1 to 12.`,
		);
	});
});
