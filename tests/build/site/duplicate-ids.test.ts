// A repeated id in authored data stops the build, naming the file, both entries and the fix (issue 19).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';

/** The line the next appended text starts on. */
const nextLine = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8').split('\n').length;

/** Appends `extra` to a file of the fixture copy. */
const append = (dir: string, file: string, extra: string) =>
	writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}${extra}`);
/** The first entry of a YAML list file, as text (up to the next "- id:"). */
const firstEntry = (dir: string, file: string) => {
	const text = readFileSync(join(dir, file), 'utf8');
	const start = text.indexOf('- id:');
	return text.slice(start, text.indexOf('\n- id:', start + 1) + 1);
};

describe('astro build with an id used twice', () => {
	it('a claim id repeated in the ledger: both lines, both questions, and the fix', () => {
		let line = 0;
		const { status, output } = buildFixture((dir) => {
			line = nextLine(dir, 'src/content/claims.yaml');
			append(dir, 'src/content/claims.yaml', firstEntry(dir, 'src/content/claims.yaml'));
		});
		expect(status).not.toBe(0);
		expect(output).toContain(`src/content/claims.yaml:${line}:7 → id "recognised-status"`);
		expect(output).toMatch(/two claims have the id "recognised-status": the one at line \d+ \("Whose territory/);
		expect(output).toContain("its row's anchor on /compare/ (#claim-<id>)");
	});

	it('a timeline event id repeated: both lines and titles', () => {
		let line = 0;
		const { status, output } = buildFixture((dir) => {
			line = nextLine(dir, 'src/content/timeline.yaml');
			append(dir, 'src/content/timeline.yaml', firstEntry(dir, 'src/content/timeline.yaml'));
		});
		expect(status).not.toBe(0);
		expect(output).toContain(`src/content/timeline.yaml:${line}:7 → id "soviet-collapse"`);
		expect(output).toMatch(/two timeline events have the id "soviet-collapse": the one at line \d+ \("The end/);
	});

	it('a question id repeated within a quiz: the quiz, both question numbers and the fix', () => {
		let place = '';
		const { status, output } = buildFixture((dir) => {
			const file = join(dir, 'src/content/quizzes/review.yaml');
			const text = readFileSync(file, 'utf8');
			const ids = [...text.matchAll(/^ {2}- id: ([a-z0-9-]+)$/gm)].map((m) => m[1]!);
			const line = text.slice(0, text.indexOf(`  - id: ${ids[1]}\n`)).split('\n').length;
			place = `src/content/quizzes/review.yaml:${line}:5 → question "${ids[0]}"`;
			writeFileSync(file, text.replace(`  - id: ${ids[1]}\n`, `  - id: ${ids[0]}\n`));
		});
		expect(status).not.toBe(0);
		expect(output).toContain(place);
		expect(output).toMatch(/question id "[a-z0-9-]+" is used twice: questions 1 and 2 both have it/);
		expect(output).toContain('Fix: give each question its own id.');
	});

	it('a spelling two glossary entries claim: both files and the fix', () => {
		const { status, output } = buildFixture((dir) =>
			writeFileSync(
				join(dir, 'src/content/glossary/truce.yaml'),
				'term: Truce\notherNames: [cease-fire]\ndefinition: An agreement to stop fighting.\ninReports: Report B speaks of "the previous truce".\ncites: [{ source: report-b, p: 22, quote: the previous truce }]\n',
			),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/glossary/truce.yaml:2:14 → otherNames: cease-fire');
		expect(output).toMatch(/"cease-fire" is also (the term|an other name) of src\/content\/glossary\/ceasefire\.yaml/);
	});
});
