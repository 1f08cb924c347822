// The shape of src/ that README's folder map promises: small folders, small files, and no import cycle (types too).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const SRC = join(ROOT, 'src');
const SOURCE = /\.(ts|astro|js|mjs|css)$/;
const MAX_FILES_PER_FOLDER = 15;
const MAX_LINES = 200;

/** Every source file under src/, authored content (src/content/) aside. */
function sourceFiles(dir = SRC): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return path === join(SRC, 'content') ? [] : sourceFiles(path);
		return SOURCE.test(entry.name) ? [path] : [];
	});
}
const rel = (path: string) => relative(ROOT, path);

const IMPORT =
	/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const EXTENSIONS = ['', '.ts', '.js', '.astro', '/index.ts'];

/** The files a module imports by relative path (type-only imports included). */
export function localImports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(IMPORT)].flatMap((m) => {
		const base = resolve(dirname(file), (m[1] ?? m[2])!);
		const hit = EXTENSIONS.map((e) => base + e).find((p) => existsSync(p) && statSync(p).isFile());
		return hit ? [hit] : [];
	});
}

/** Import cycles, each as the list of files around it. */
export function importCycles(files: readonly string[]): string[][] {
	const graph = new Map(files.map((f) => [f, localImports(f)]));
	const cycles: string[][] = [];
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (f: string) => {
		state.set(f, 'open');
		stack.push(f);
		for (const next of graph.get(f) ?? []) {
			if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next]);
			else if (!state.has(next) && graph.has(next)) visit(next);
		}
		stack.pop();
		state.set(f, 'done');
	};
	for (const f of files) if (!state.has(f)) visit(f);
	return cycles;
}

describe('the layout of src/', () => {
	const files = sourceFiles();

	it(`no folder holds more than ${MAX_FILES_PER_FOLDER} source files directly`, () => {
		const counts = new Map<string, number>();
		for (const f of files) counts.set(rel(dirname(f)), (counts.get(rel(dirname(f))) ?? 0) + 1);
		const crowded = [...counts].filter(([, n]) => n > MAX_FILES_PER_FOLDER);
		expect(crowded).toEqual([]);
	});

	it(`no source file is over ${MAX_LINES} lines`, () => {
		const long = files
			.map((f) => ({ file: rel(f), lines: readFileSync(f, 'utf8').trimEnd().split('\n').length }))
			.filter((f) => f.lines > MAX_LINES);
		expect(long).toEqual([]);
	});

	it('no two modules import each other, directly or round a longer cycle, not even for types', () => {
		expect(importCycles(files).map((cycle) => cycle.map(rel).join(' → '))).toEqual([]);
	});

	it('the cycle finder sees a cycle made of type imports', () => {
		const fixture = join(ROOT, 'tests/unit/site/fixtures/cycle');
		const found = importCycles([join(fixture, 'a.ts'), join(fixture, 'b.ts')]);
		expect(found.map((c) => c.map((f) => f.split('/').pop()))).toEqual([['a.ts', 'b.ts', 'a.ts']]);
	});
});

describe("README's map of the code", () => {
	// Every file or folder README names in backticks under src/, tests/ or scripts/ exists (a placeholder such as
	// `tests/unit/<feature>/` aside), so the map and the walkthroughs keep up with moves and renames.
	const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
	const named = [...readme.matchAll(/`((?:src|tests|scripts)\/[^`\s<>*]+)`/g)].map((m) => m[1]!.replace(/[#:].*$/, ''));

	it('names real files', () => {
		expect(named.length).toBeGreaterThan(50);
		expect([...new Set(named)].filter((path) => !existsSync(join(ROOT, path)))).toEqual([]);
	});
});
