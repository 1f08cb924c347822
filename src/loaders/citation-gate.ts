// The gate: one check of the seeds and of everything authors write that the sources bear on (every citation in every
// data file; every MDX page's syntax, citations, terms and components; each lesson's "In short" and its budget), run
// by each loader that depends on the sources before it loads anything. Whichever loader Astro runs first stops the
// build with the same complete list, and the gate reads the files themselves on every build, so no cached entry can
// hide a citation that broke.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { CLAIM_TOPICS, sourceLetter } from '../lib/claims/ledger';
import { AuthorError, sortProblems, type AuthorProblem } from '../lib/site/author-error';
import { duplicateIds, type IdRole } from '../lib/site/duplicate-ids';
import { inShortProblems } from '../lib/reading/in-short';
import { yamlProblems } from '../lib/site/syntax-errors';
import { placeProblems } from '../lib/site/yaml-places';
import { checkLesson, mdxSyntaxProblems } from '../lib/sources/mdx-citations';
import { componentProblems, type KnownIds } from '../lib/sources/mdx-components';
import { scanLesson } from '../lib/sources/mdx-scan';
import { readSources, type Source } from '../lib/sources/seeds';
import { yamlCitationProblems } from '../lib/sources/yaml-citations';

export interface GateOptions {
	/** The seeds folder, relative to the project root. */
	seeds: string;
	/** YAML files or folders of YAML files that cite, with what one item of a top-level list is called. */
	data: { path: string; noun?: string; check?: FileCheck; ids?: IdRole }[];
	/** The folder of MDX pages (lessons and teacher pages). */
	docs: string;
	/** Pages under this folder of `docs` are lessons and must cite at least `minDistinctCitations` paragraphs. */
	lessons: { dir: string; minDistinctCitations: number };
}

/** A check of a whole data file against the sources (the claim ledger's), its problems placed by `at` paths. */
export type FileCheck = (file: string, text: string, sources: readonly Source[]) => AuthorProblem[];

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
	const yaml = data.flatMap(({ path, noun, check, ids }) => {
		const full = join(root, path);
		const files = existsSync(full) && statSync(full).isDirectory() ? listed(full, (f) => /\.ya?ml$/.test(f)) : [full];
		return files.filter((f) => existsSync(f)).map((f) => ({ file: f, noun, check, ids }));
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

const idsIn = (dir: string) =>
	new Set(existsSync(dir) ? readdirSync(dir).flatMap((f) => (f.endsWith('.yaml') ? [f.slice(0, -5)] : [])) : []);

/** What a page's components may name: quizzes, glossary entries, claims and their topics, relations. */
function knownIds(root: string, sources: readonly Source[]): KnownIds {
	const path = join(root, 'src/content/claims.yaml');
	let ledger: unknown = [];
	try {
		if (existsSync(path)) ledger = parse(readFileSync(path, 'utf8'));
	} catch {
		// A syntax error in the ledger: yamlProblems names its file, line and column; claim ids go unchecked till then.
		ledger = null;
	}
	return {
		quizzes: idsIn(join(root, 'src/content/quizzes')),
		glossary: idsIn(join(root, 'src/content/glossary')),
		claims:
			ledger === null
				? null
				: new Set((Array.isArray(ledger) ? ledger : []).map((c: { id?: unknown }) => String(c.id))),
		claimTopics: CLAIM_TOPICS,
		relations: ['same', 'differs', ...sources.map((s) => `only-${sourceLetter(s)}`)],
	};
}

function authoredProblems(
	root: string,
	files: ReturnType<typeof filesOf>,
	sources: readonly Source[],
	options: GateOptions,
) {
	const rel = (f: string) => relative(root, f).split('\\').join('/');
	const yaml = files.yaml.flatMap(({ file, noun, check, ids }) => {
		const text = readFileSync(file, 'utf8');
		const syntax = yamlProblems(rel(file), text);
		if (syntax.length) return syntax;
		const checked = [
			...(ids ? duplicateIds(rel(file), text, ids) : []),
			...yamlCitationProblems(rel(file), text, sources, noun),
			...(check?.(rel(file), text, sources) ?? []),
		];
		return placeProblems(checked, () => text, noun);
	});
	const known = knownIds(root, sources);
	const lessons = join(root, options.docs, options.lessons.dir);
	const mdx = files.mdx.flatMap((file) => {
		const text = readFileSync(file, 'utf8');
		const syntax = mdxSyntaxProblems(rel(file), text);
		if (syntax.length) return syntax;
		const scan = scanLesson(text);
		const isLesson = file.startsWith(lessons);
		const rules = {
			glossaryIds: known.glossary,
			minDistinctCitations: isLesson ? options.lessons.minDistinctCitations : 0,
		};
		return [
			...componentProblems(rel(file), scan, known),
			...checkLesson(rel(file), text, sources, rules, scan),
			// Every lesson opens with a short summary a 14-year-old reading in a second language can follow.
			...(isLesson ? inShortProblems(rel(file), text) : []),
		];
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
				problems = authoredProblems(
					root,
					files,
					readSources(join(root, options.seeds), { displayDir: options.seeds }),
					options,
				);
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
