// Astro's glob() and file() loaders for YAML data, with every author error at its file, line and column: syntax
// errors, schema errors (each entry's, all of them, not only the first), citations (the site-wide gate) and an
// optional check over the whole collection once it has loaded. Entries that cite the sources carry the sources'
// digest in their own, so Astro's store re-validates them whenever a report changes.
import { file, glob, type Loader, type LoaderContext, type ParseDataOptions } from 'astro/loaders';
import type { z } from 'astro/zod';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuthorError, sortProblems, type AuthorProblem } from '../lib/site/author-error';
import { duplicateIds, type IdRole } from '../lib/site/duplicate-ids';
import { yamlProblems } from '../lib/site/syntax-errors';
import { placeProblems, type YamlPathPart } from '../lib/site/yaml-places';
import type { CitationGate } from './citation-gate';

/** Checks every entry together, after each has passed its own schema (e.g. a balance across all quizzes). */
export type CollectionCheck = (
	entries: { id: string; filePath?: string; data: Record<string, unknown> }[],
) => AuthorProblem[];

export interface CheckedOptions {
	/** The collection's schema, run here first so that every entry's errors are reported at their lines. */
	schema?: z.ZodType;
	check?: CollectionCheck;
	/** The site-wide citation check; set for collections whose entries cite the sources. */
	gate?: CitationGate;
	/**
	 * Rewrites an entry before its schema runs (quizzes: questions listed by reference, src/loaders/quiz-bank.ts); its
	 * problems are placed in the entry's file. `digest` is folded into every entry's, so an entry is read again when
	 * what it draws on changes.
	 */
	prepare?: {
		entry(
			root: string,
			file: string,
			data: Record<string, unknown>,
		): { data: Record<string, unknown>; problems: AuthorProblem[] };
		digest(root: string): string;
	};
}

function checkSyntax(root: string, path: string, ids?: IdRole): void {
	const full = join(root, path);
	const files = statSync(full).isDirectory()
		? readdirSync(full)
				.filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
				.map((f) => join(full, f))
		: [full];
	const problems = files.flatMap((f) => {
		const text = readFileSync(f, 'utf8');
		const syntax = yamlProblems(relative(root, f), text);
		return syntax.length || !ids ? syntax : duplicateIds(relative(root, f), text, ids);
	});
	if (problems.length) throw new AuthorError(problems);
}

/** A schema's issues for one entry as problems at their places; `Fix:` inside a message becomes the fix. */
function schemaProblems(file: string, entry: YamlPathPart[], issues: z.ZodError['issues']): AuthorProblem[] {
	return issues.map((issue) => {
		const [problem, fix] = issue.message.split(/ Fix: /, 2) as [string, string | undefined];
		return {
			file,
			at: [...entry, ...(issue.path as (string | number)[])],
			problem: problem.replace(/^question "[^"]+": /, ''),
			fix: fix ?? 'correct this field; the schema in src/content.config.ts (or the file it names) describes each one.',
		};
	});
}

function checked(inner: Loader, path: string, list: boolean, noun: string, options: CheckedOptions, ids?: IdRole) {
	const { schema, check, gate, prepare } = options;
	return {
		name: `checked-${inner.name}`,
		async load(context: LoaderContext) {
			const root = fileURLToPath(context.config.root);
			checkSyntax(root, path, ids);
			gate?.check(root);
			const problems: AuthorProblem[] = [];
			const invalid = new Set<string>();
			const sources = gate?.sourcesDigest(root);
			const drawnOn = prepare?.digest(root);
			await inner.load({
				...context,
				// Never stale: an entry whose own file is unchanged is skipped by the glob loader only while the
				// sources it cites (and what `prepare` draws on) are unchanged too.
				generateDigest: (data) =>
					context.generateDigest(sources === undefined && drawnOn === undefined ? data : { data, sources, drawnOn }),
				parseData: async <T extends Record<string, unknown>>(props: ParseDataOptions<T>): Promise<T> => {
					const file = relative(root, isAbsolute(props.filePath ?? '') ? props.filePath! : join(root, path));
					const entry = list ? [{ id: props.id }] : [];
					const prepared = prepare?.entry(root, file, props.data) ?? { data: props.data, problems: [] };
					const result = prepared.problems.length ? undefined : await schema?.safeParseAsync(prepared.data);
					if (prepared.problems.length || (result && !result.success)) {
						problems.push(...prepared.problems.map((p) => ({ ...p, at: [...entry, ...(p.at ?? [])] })));
						if (result && !result.success) problems.push(...schemaProblems(file, entry, result.error.issues));
						invalid.add(props.id);
						return props.data;
					}
					return context.parseData({ ...props, data: prepared.data as T });
				},
			});
			for (const id of invalid) context.store.delete(id);
			const entries = [...context.store.values()].map(({ id, filePath, data }) => ({
				id,
				data,
				...(filePath ? { filePath } : {}),
			}));
			problems.push(...(invalid.size ? [] : (check?.(entries) ?? [])));
			if (problems.length)
				throw new AuthorError(sortProblems(placeProblems(problems, (f) => readFileSync(join(root, f), 'utf8'), noun)));
		},
	} satisfies Loader;
}

/** One entry per YAML file in `base`, the file name its id. */
export const yamlFiles = (base: string, options: CheckedOptions = {}): Loader =>
	checked(glob({ pattern: '*.yaml', base }), base, false, 'entry', options);

/** Entries from one YAML file (a list of objects with an `id`, each id used once: see src/lib/site/duplicate-ids.ts). */
export const yamlFile = (path: string, ids: IdRole, options: CheckedOptions = {}): Loader =>
	checked(file(path), path, true, ids.entry, options, ids);
