import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AuthorError } from '../../../src/lib/site/author-error';
import { readSources } from '../../../src/lib/sources/seeds';

const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

function entry(id: string, file: string, hash: string) {
	return `  - id: ${id}
    file: ${file}
    sha256: ${hash}
    label: ${id}
    short: X
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
	it('reads the real seeds folder: both reports, verified and numbered', () => {
		const sources = readSources('seeds');
		expect(sources.map((s) => [s.id, s.paragraphs.length])).toEqual([
			['report-a', 12],
			['report-b', 26],
		]);
		expect(sources[1]!.outlet.value).toBe('Daily Express');
		expect(sources[0]!.outlet.value).toBeNull();
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

	it('rejects a seed with no metadata entry, naming the file', () => {
		const dir = seedsDir({ 'a.txt': report, 'stray.txt': report }, [entry('a', 'a.txt', sha(report))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({ file: 'seeds/stray.txt' });
		expect(problem!.problem).toMatch(/no entry in seeds\/sources.yaml/);
		expect(problem!.fix).toMatch(/add an entry/);
	});

	it('rejects metadata pointing at a missing file, naming the field', () => {
		const dir = seedsDir({}, [entry('a', 'missing.txt', sha(report))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({ file: 'seeds/sources.yaml', field: 'sources[0].file' });
		expect(problem!.problem).toMatch(/seeds\/missing.txt, which does not exist/);
	});

	it('rejects an edited seed whose sha256 no longer matches', () => {
		const dir = seedsDir({ 'a.txt': `${report}An added line.\n` }, [entry('a', 'a.txt', sha(report))]);
		const [problem] = problemsOf(dir);
		expect(problem).toMatchObject({ file: 'seeds/a.txt', field: 'seeds/sources.yaml → sources[0].sha256' });
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
		expect(problems.map((p) => p.field)).toEqual(['sources[0].id', 'sources[0].sha256']);
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
		expect(problemsOf(dup)[0]).toMatchObject({ field: 'sources[1].id' });
	});

	it('puts file, field, problem and fix into the error message itself', () => {
		const dir = seedsDir({}, [entry('a', 'missing.txt', sha(report))]);
		expect(() => readSources(dir)).toThrow(/seeds\/sources.yaml → sources\[0\]\.file\n {2}Problem: .*\n {2}Fix: /);
	});
});
