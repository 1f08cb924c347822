// Astro's glob() and file() loaders for YAML data, with syntax errors reported like every other author error
// (file, line, problem, fix) and an optional check over the whole collection once it has loaded.
import { file, glob, type Loader, type LoaderContext } from 'astro/loaders';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuthorError, type AuthorProblem } from '../lib/site/author-error';
import { duplicateIds, type IdRole } from '../lib/site/duplicate-ids';
import { yamlProblems } from '../lib/site/syntax-errors';

/** Checks every entry together, after each has passed its own schema (e.g. a balance across all quizzes). */
export type CollectionCheck = (
	entries: { id: string; filePath?: string; data: Record<string, unknown> }[],
) => AuthorProblem[];

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

function checked(inner: Loader, path: string, check?: CollectionCheck, ids?: IdRole): Loader {
	return {
		name: `checked-${inner.name}`,
		async load(context: LoaderContext) {
			checkSyntax(fileURLToPath(context.config.root), path, ids);
			await inner.load(context);
			const problems =
				check?.(
					[...context.store.values()].map(({ id, filePath, data }) => ({
						id,
						data,
						...(filePath ? { filePath } : {}),
					})),
				) ?? [];
			if (problems.length) throw new AuthorError(problems);
		},
	};
}

/** One entry per YAML file in `base`, the file name its id. */
export const yamlFiles = (base: string, check?: CollectionCheck): Loader =>
	checked(glob({ pattern: '*.yaml', base }), base, check);

/** Entries from one YAML file (a list of objects with an `id`, each id used once: see src/lib/site/duplicate-ids.ts). */
export const yamlFile = (path: string, ids: IdRole, check?: CollectionCheck): Loader =>
	checked(file(path), path, check, ids);
