// One check of the seeds and of every citation in every authored file, run by each loader whose entries cite the
// sources before it loads anything. Whichever loader Astro runs first stops the build with the same complete list,
// and the check reads the files themselves on every build, so no cached entry can hide a citation that broke.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AuthorError, sortProblems, type AuthorProblem } from '../lib/site/author-error';
import { yamlProblems } from '../lib/site/syntax-errors';
import { lessonCitationProblems, mdxSyntaxProblems } from '../lib/sources/mdx-citations';
import { scanLesson } from '../lib/sources/mdx-scan';
import { readSources, type Source } from '../lib/sources/seeds';
import { yamlCitationProblems } from '../lib/sources/yaml-citations';

export interface GateOptions {
	/** The seeds folder, relative to the project root. */
	seeds: string;
	/** YAML files or folders of YAML files that cite, with what one item of a top-level list is called. */
	data: { path: string; noun?: string }[];
	/** The folder of MDX pages (lessons and teacher pages). */
	docs: string;
}

export interface CitationGate {
	/** Every problem with the seeds, or else with any citation; empty when all check out. */
	problems(root: string): AuthorProblem[];
	/** Throws an AuthorError listing every problem, if there is one. */
	check(root: string): void;
	/** A digest of the seeds (reports and sources.yaml): folded into each citing entry's digest in Astro's store. */
	sourcesDigest(root: string): string;
}

const listed = (dir: string, test: (name: string) => boolean, recursive = false): string[] =>
	existsSync(dir)
		? readdirSync(dir, { recursive, encoding: 'utf8' })
				.filter(test)
				.sort()
				.map((f) => join(dir, f))
		: [];

function filesOf(root: string, { seeds, data, docs }: GateOptions) {
	const yaml = data.flatMap(({ path, noun }) => {
		const full = join(root, path);
		const files = existsSync(full) && statSync(full).isDirectory() ? listed(full, (f) => /\.ya?ml$/.test(f)) : [full];
		return files.filter((f) => existsSync(f)).map((f) => ({ file: f, noun }));
	});
	return {
		seeds: listed(join(root, seeds), () => true),
		yaml,
		mdx: listed(join(root, docs), (f) => f.endsWith('.mdx'), true),
	};
}

const digestOf = (files: readonly string[]) => {
	const hash = createHash('sha256');
	for (const f of files) hash.update(f).update('\0').update(readFileSync(f)).update('\0');
	return hash.digest('hex');
};

function citationProblems(
	root: string,
	files: ReturnType<typeof filesOf>,
	sources: readonly Source[],
): AuthorProblem[] {
	const rel = (f: string) => relative(root, f).split('\\').join('/');
	const yaml = files.yaml.flatMap(({ file, noun }) => {
		const text = readFileSync(file, 'utf8');
		const syntax = yamlProblems(rel(file), text);
		return syntax.length ? syntax : yamlCitationProblems(rel(file), text, sources, noun);
	});
	const mdx = files.mdx.flatMap((file) => {
		const text = readFileSync(file, 'utf8');
		const syntax = mdxSyntaxProblems(rel(file), text);
		return syntax.length ? syntax : lessonCitationProblems(rel(file), scanLesson(text), sources);
	});
	return [...yaml, ...mdx];
}

export function citationGate(options: GateOptions): CitationGate {
	let last: { key: string; problems: AuthorProblem[] } | undefined;
	const gate: CitationGate = {
		problems(root) {
			const files = filesOf(root, options);
			const key = digestOf([...files.seeds, ...files.yaml.map((y) => y.file), ...files.mdx]);
			if (last?.key === key) return last.problems;
			let problems: AuthorProblem[];
			try {
				problems = citationProblems(root, files, readSources(join(root, options.seeds), { displayDir: options.seeds }));
			} catch (error) {
				if (!(error instanceof AuthorError)) throw error;
				problems = [...error.problems];
			}
			last = { key, problems: sortProblems(problems) };
			return last.problems;
		},
		check(root) {
			const problems = gate.problems(root);
			if (problems.length) throw new AuthorError(problems);
		},
		sourcesDigest: (root) => digestOf(filesOf(root, options).seeds),
	};
	return gate;
}
