import { describe, expect, it } from 'vitest';
import { AuthorError, formatProblem, sortProblems } from '../../../src/lib/site/author-error';
import { placeProblems, YamlPlaces } from '../../../src/lib/site/yaml-places';
import { yamlCitationProblems } from '../../../src/lib/sources/yaml-citations';
import { readSources } from '../../../src/lib/sources/seeds';

const quiz = `title: T
questions:
  - id: who
    type: single
    evidence:
      - { source: report-a, paragraph: 10, quote: "Armenpress" }
  - id: when
    evidence:
      - source: report-b
        paragraph: 99
`;
const ledger = `# the ledger
- id: population
  cells:
    - { source: report-a, paragraph: 6, quote: "its population of 130,000", voice: Report A }
- id: toll
  relation: same
`;

describe('YamlPlaces', () => {
	it('finds the line and column of a path, and names it by the ids of the list items on the way', () => {
		const places = new YamlPlaces(quiz);
		expect(places.at(['questions', 1, 'evidence', 0, 'paragraph'])).toEqual({
			line: 10,
			column: 20,
			path: ['questions', 1, 'evidence', 0, 'paragraph'],
		});
		expect(places.describe(['questions', 0, 'evidence', 0])).toBe('question "who" → evidence[0]');
	});
	it('a missing field is placed at the entry that lacks it; a list item can be found by its id', () => {
		const places = new YamlPlaces(ledger, 'claim');
		expect(places.at([{ id: 'toll' }, 'cells', 0])).toEqual({ line: 5, column: 3, path: [1] });
		expect(places.describe([0, 'cells', 0])).toBe('claim "population" → cells[0]');
	});
	it('placeProblems turns `at` into a line and column, keeping a field already given', () => {
		const [placed, kept] = placeProblems(
			[
				{ file: 'c.yaml', at: [{ id: 'population' }, 'cells', 0], problem: 'p', fix: 'f' },
				{ file: 'c.yaml', at: [{ id: 'toll' }, 'relation'], field: 'claim "toll" → relation', problem: 'p', fix: 'f' },
			],
			() => ledger,
			'claim',
		);
		expect(placed).toEqual({
			file: 'c.yaml',
			line: 4,
			column: 7,
			field: 'claim "population" → cells[0]',
			problem: 'p',
			fix: 'f',
		});
		expect(kept).toMatchObject({ line: 6, column: 13, field: 'claim "toll" → relation' });
	});
});

describe('yamlCitationProblems', () => {
	const sources = readSources('seeds');
	it('checks every { source, p | paragraph, quote } in the file, at its place, named by its entry', () => {
		expect(yamlCitationProblems('q.yaml', quiz, sources).map((p) => [p.line, p.column, p.field, p.problem])).toEqual([
			[9, 9, 'question "when" → evidence[0]', 'paragraph 99 does not exist: report-b has paragraphs 1 to 26.'],
		]);
		const [bad] = yamlCitationProblems('src/content/claims.yaml', ledger, sources, 'claim');
		expect(bad).toMatchObject({ line: 4, column: 7, field: 'claim "population" → cells[0]' });
		expect(bad!.problem).toMatch(/^the quote "its population of 130,000" is not in report-a paragraph 6/);
	});
	it('leaves a citation whose shape is wrong to the schema, and unreadable YAML to the syntax check', () => {
		expect(yamlCitationProblems('g.yaml', 'cites:\n  - { source: report-a, p: five }\n', sources)).toEqual([]);
		expect(yamlCitationProblems('g.yaml', 'cites: [\n', sources)).toEqual([]);
	});
});

describe('AuthorError', () => {
	const problem = {
		file: 'src/content/claims.yaml',
		line: 4,
		column: 7,
		field: 'claim "x"',
		problem: 'the shop windows…',
		fix: 'f',
	};
	it('reads path:line:column → field, then the problem and the fix', () => {
		expect(formatProblem(problem)).toBe(
			'src/content/claims.yaml:4:7 → claim "x"\n  Problem: the shop windows…\n  Fix: f',
		);
		expect(formatProblem({ file: 'seeds/report-c.txt', problem: 'p', fix: 'f' })).toBe(
			'seeds/report-c.txt\n  Problem: p\n  Fix: f',
		);
	});
	it('has no stack trace, and a string form without the words Astro turns into a browser-API hint', () => {
		const error = new AuthorError(problem);
		expect(error.stack).toBe('');
		expect(String(error)).toBe('AuthorError: src/content/claims.yaml');
		expect(String(error)).not.toMatch(/window|document/);
		expect(error.message).toContain('the shop windows…');
	});
	it('sorts problems by file, line and column, each once', () => {
		const at = (file: string, line: number) => ({ file, line, column: 1, problem: 'p', fix: 'f' });
		expect(sortProblems([at('b', 2), at('a', 9), at('b', 1), at('a', 9)]).map((p) => `${p.file}${p.line}`)).toEqual([
			'a9',
			'b1',
			'b2',
		]);
	});
});
