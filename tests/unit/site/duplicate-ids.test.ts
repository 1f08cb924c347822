import { describe, expect, it } from 'vitest';
import { spellingClashes } from '../../../src/lib/search/names';
import { duplicateIds } from '../../../src/lib/site/duplicate-ids';

const role = { entry: 'claim', usedFor: 'its anchor', label: 'question' };

describe('duplicateIds', () => {
	it('names both entries by line and label, at the repeat', () => {
		const yaml = `# a comment
- id: population
  question: How many live there?
- id: toll
  question: How many were killed?
- id: population
  question: Who lives there?
`;
		const [problem, ...rest] = duplicateIds('src/content/claims.yaml', yaml, role);
		expect(rest).toEqual([]);
		expect(problem).toEqual({
			file: 'src/content/claims.yaml',
			line: 6,
			column: 7,
			field: 'id "population"',
			problem:
				'two claims have the id "population": the one at line 2 ("How many live there?") and the one at line 6 ("Who lives there?"). The build would keep only the second, silently.',
			fix: "give one of them another id (lower-case words joined by hyphens). Each claim's id must be unique: it is its anchor.",
		});
	});
	it('finds nothing in a list of unique ids, in broken YAML (reported elsewhere) or in a non-list', () => {
		expect(duplicateIds('f.yaml', '- id: a\n- id: b\n', role)).toEqual([]);
		expect(duplicateIds('f.yaml', '- id: [a\n- id: a\n', role)).toEqual([]);
		expect(duplicateIds('f.yaml', 'id: a\n', role)).toEqual([]);
	});
	it('reports a third use too, against the first', () => {
		const problems = duplicateIds('f.yaml', '- id: a\n- id: a\n- id: a\n', { entry: 'event', usedFor: 'x' });
		expect(problems.map((p) => [p.line, p.column, p.field])).toEqual([
			[2, 7, 'id "a"'],
			[3, 7, 'id "a"'],
		]);
		expect(problems[1]!.problem).toContain('the one at line 1 and the one at line 3');
	});
});

describe('spellingClashes (glossary)', () => {
	const entry = (file: string, term: string, otherNames: string[] = []) => ({ file, term, otherNames });
	it('a spelling two entries claim fails, naming both files', () => {
		const problems = spellingClashes([
			entry('g/nagorno-karabakh.yaml', 'Nagorno-Karabakh', ['Karabakh', 'Artsakh']),
			entry('g/artsakh.yaml', 'Artsakh'),
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.file).toBe('g/artsakh.yaml');
		expect(problems[0]!.field).toBe('term');
		expect(problems[0]!.at).toEqual(['term']);
		expect(problems[0]!.problem).toBe(
			'"Artsakh" is also an other name of g/nagorno-karabakh.yaml ("Artsakh"), so search cannot tell which entry a student who types it wants.',
		);
	});
	it('compares spellings as search does: case, accents, hyphens and spaces folded', () => {
		const problems = spellingClashes([
			entry('g/a.yaml', 'Peace-keepers'),
			entry('g/b.yaml', 'Troops', ['peace keepers']),
		]);
		expect(problems.map((p) => [p.field, p.at])).toEqual([['otherNames: peace keepers', ['otherNames', 0]]]);
	});
	it('one entry may repeat its own term among its other names; different spellings never clash', () => {
		expect(spellingClashes([entry('g/a.yaml', 'Azeri', ['azeri', 'Azeris']), entry('g/b.yaml', 'Azerbaijan')])).toEqual(
			[],
		);
	});
});
