import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthorError } from '../../../src/lib/site/author-error';
import { readManifest, readSources } from '../../../src/lib/sources/seeds';

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A manifest entry; the short label is the id's first letters in capitals unless given. */
function entry(
	id: string,
	file: string,
	hash: string,
	short = id
		.slice(0, 4)
		.toUpperCase()
		.replace(/[^A-Z0-9]/g, '') || 'X',
) {
	return `  - id: ${id}
    file: ${file}
    sha256: ${hash}
    label: ${id}
    short: ${short}
    title: { value: null, basis: no headline }
    outlet: { value: null, basis: not named }
    byline: { value: null, basis: not named }
    date: { value: 2023-09-20, reasoning: derived from weekdays }
    summary: a test report
`;
}

/** A seeds folder in a temporary directory: files by name, and the manifest entries to write. */
function seedsDir(files: Record<string, string | Buffer>, entries: string[] = []): string {
	const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
	for (const [name, bytes] of Object.entries(files)) writeFileSync(join(dir, name), bytes);
	writeFileSync(join(dir, 'sources.yaml'), `sources:\n${entries.join('')}`);
	return dir;
}

function problemsOf(dir: string) {
	try {
		readSources(dir);
	} catch (error) {
		expect(error).toBeInstanceOf(AuthorError);
		return (error as AuthorError).problems;
	}
	throw new Error('expected readSources to fail');
}

const report = 'Headline\n\nFirst paragraph.\n\nSecond paragraph.\n';

describe('readSources', () => {
	it('reads the real seeds folder: every listed report, verified and numbered, the two seed reports among them', () => {
		const sources = readSources('seeds');
		// Whatever other reports an author adds, each entry of sources.yaml is read, in its order.
		expect(sources.map((s) => s.id)).toEqual(readManifest('seeds').sources.map((m) => m.id));
		const byId = new Map(sources.map((s) => [s.id, s]));
		expect(byId.get('report-a')!.paragraphs).toHaveLength(12);
		expect(byId.get('report-b')!.paragraphs).toHaveLength(26);
		expect(byId.get('report-b')!.outlet.value).toBe('Daily Express');
		expect(byId.get('report-a')!.outlet.value).toBeNull();
	});

	it('parses a CRLF file without a final newline exactly like its LF twin', () => {
		const crlf = report.replaceAll('\n', '\r\n').trimEnd();
		const dir = seedsDir({ 'a.txt': report, 'b.txt': crlf }, [
			entry('a', 'a.txt', sha(report)),
			entry('b', 'b.txt', sha(crlf)),
		]);
		const [a, b] = readSources(dir);
		expect(b!.paragraphs).toEqual(a!.paragraphs);
	});

	it('rejects an empty seed, saying to paste the report in', () => {
		const dir = seedsDir({ 'a.txt': '\n\n' }, [entry('a', 'a.txt', sha('\n\n'))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({ file: 'seeds/a.txt' });
		expect(problem!.problem).toMatch(/empty/);
		expect(problem!.fix).toMatch(/paste the report/);
	});

	it('rejects a seed with no metadata entry, naming it and the list to add it to', () => {
		const dir = seedsDir({ 'a.txt': report, 'stray.txt': report }, [entry('a', 'a.txt', sha(report))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({ file: 'seeds/sources.yaml', line: 2, column: 3, field: 'sources' });
		expect(problem!.problem).toMatch(/^seeds\/stray.txt has no entry in seeds\/sources.yaml/);
		expect(problem!.fix).toMatch(/add an entry .* or delete seeds\/stray.txt/);
	});

	it('rejects metadata pointing at a missing file, naming the field', () => {
		const dir = seedsDir({}, [entry('a', 'missing.txt', sha(report))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({ file: 'seeds/sources.yaml', line: 3, column: 11, field: 'sources[0].file' });
		expect(problem!.problem).toMatch(/seeds\/missing.txt, which does not exist/);
	});

	it('rejects an edited seed whose sha256 no longer matches', () => {
		const dir = seedsDir({ 'a.txt': `${report}An added line.\n` }, [entry('a', 'a.txt', sha(report))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({
			file: 'seeds/sources.yaml',
			line: 4,
			column: 13,
			field: 'sources[0].sha256 (seeds/a.txt)',
		});
		expect(problem!.problem).toMatch(/edited or replaced/);
		expect(problem!.fix).toMatch(/Restore the original file/);
	});

	it('rejects a seed that is not valid UTF-8', () => {
		const latin1 = Buffer.from('Caf\xe9 in Yevlakh\n', 'latin1');
		const dir = seedsDir({ 'a.txt': latin1 }, [entry('a', 'a.txt', sha(latin1))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({ file: 'seeds/a.txt' });
		expect(problem!.problem).toMatch(/not valid UTF-8/);
		expect(problem!.fix).toMatch(/UTF-8/);
	});

	it('rejects malformed metadata with the field path and the rule broken', () => {
		const dir = seedsDir({ 'a.txt': report }, [entry('Report A', 'a.txt', 'abc')]);
		const problems = problemsOf(dir);
		expect(problems.map((p) => [p.field, p.line, p.column])).toEqual([
			['sources[0].id', 2, 9],
			['sources[0].sha256', 4, 13],
		]);
		expect(problems[0]!.problem).toMatch(/lower-case letters/);
		expect(problems[1]!.problem).toMatch(/64 lower-case hex digits/);
	});

	it('rejects duplicate ids and kind overrides past the last paragraph', () => {
		const withKinds = `${entry('a', 'a.txt', sha(report))}    kinds: { 9: caption }\n`;
		expect(problemsOf(seedsDir({ 'a.txt': report }, [withKinds]))[0]).toMatchObject({
			field: 'sources[0].kinds.9',
			problem: 'a.txt has only 3 paragraphs.',
		});
		const dup = seedsDir({ 'a.txt': report, 'b.txt': report }, [
			entry('a', 'a.txt', sha(report)),
			entry('a', 'b.txt', sha(report)),
		]);
		expect(problemsOf(dup)[0]).toMatchObject({ field: 'sources[1].id', line: 12, column: 9 });
	});

	it('rejects two sources with the same short label, naming both, in any case', () => {
		const two = seedsDir({ 'a.txt': report, 'c.txt': report }, [
			entry('report-a', 'a.txt', sha(report), 'A'),
			entry('report-c', 'c.txt', sha(report), 'A'),
		]);
		const [problem, ...rest] = problemsOf(two);
		expect(rest).toEqual([]);
		expect(problem).toMatchObject({ file: 'seeds/sources.yaml', field: 'sources[1].short', line: 16, column: 12 });
		expect(problem!.problem).toBe('report-c has the short "A", which report-a (sources[0]) already has.');
		expect(problem!.fix).toMatch(/citation links read \[A7\]/);
		const folded = seedsDir({ 'a.txt': report, 'c.txt': report }, [
			entry('report-a', 'a.txt', sha(report), 'Ab'),
			entry('report-c', 'c.txt', sha(report), 'AB'),
		]);
		expect(problemsOf(folded)[0]).toMatchObject({ field: 'sources[1].short' });
	});

	it('puts file, field, problem and fix into the error message itself', () => {
		const dir = seedsDir({}, [entry('a', 'missing.txt', sha(report))]);
		expect(() => readSources(dir)).toThrow(/seeds\/sources.yaml:3:11 → sources\[0\]\.file\n {2}Problem: .*\n {2}Fix: /);
	});
});
