// Errors meant for authors: which file, which line and column, which field, what is wrong and how to fix it — never
// a bare stack trace, and never a hint Astro would guess from the message's words.
import type { z } from 'astro/zod';

/** A step into a YAML file: a map key, a list index, or the list item whose `id` is this. */
export type YamlPathPart = string | number | { id: string };

export interface AuthorProblem {
	/** Path of the file the author must edit, relative to the project root. */
	file: string;
	/** 1-based line in that file (front matter counted), when the problem has a place. */
	line?: number | undefined;
	/** 1-based column on that line. */
	column?: number | undefined;
	/** The field or entry inside that file, e.g. `sources[1].sha256`; omitted when the whole file is at fault. */
	field?: string | undefined;
	/** What is wrong, in plain words. */
	problem: string;
	/** What to do about it. */
	fix: string;
	/** Where in a YAML file (e.g. `[{ id: 'population' }, 'cells', 1]`), for the loader to turn into line and column. */
	at?: readonly YamlPathPart[] | undefined;
}

/** `path:line:column`, the form editors and terminals open at the place. */
export function placeOf({ file, line, column }: Pick<AuthorProblem, 'file' | 'line' | 'column'>): string {
	if (line === undefined) return file;
	return `${file}:${line}${column === undefined ? '' : `:${column}`}`;
}

export function formatProblem(problem: AuthorProblem): string {
	const { field, fix } = problem;
	return `${placeOf(problem)}${field ? ` → ${field}` : ''}\n  Problem: ${problem.problem}\n  Fix: ${fix}`;
}

/** Problems in file order, then by line and column, each listed once (two loaders may find the same one). */
export function sortProblems(problems: readonly AuthorProblem[]): AuthorProblem[] {
	const seen = new Set<string>();
	return [...problems]
		.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
		.filter((p) => {
			const key = formatProblem(p);
			return seen.has(key) ? false : (seen.add(key), true);
		});
}

/** An error an author can act on; its message lists every problem found, not just the first. */
export class AuthorError extends Error {
	readonly problems: readonly AuthorProblem[];
	/** Shown by Astro under the message. */
	readonly hint =
		'Correct each place named above, then build again. README.md explains sources, citations and quizzes.';
	constructor(problems: AuthorProblem | readonly AuthorProblem[]) {
		const list = Array.isArray(problems) ? problems : [problems as AuthorProblem];
		super(`\n${list.map(formatProblem).join('\n\n')}\n`);
		this.name = 'AuthorError';
		this.problems = list;
		// The problem is in the author's file, not in our code: no stack trace (Astro prints none when it is empty,
		// and then guesses no location from it either).
		this.stack = '';
	}
	/**
	 * Astro replaces an error's hint with one about browser APIs whenever `String(error)` contains "window" or
	 * "document" (a quoted paragraph may say "shop windows"), so the string form names only the files.
	 */
	override toString(): string {
		return `${this.name}: ${[...new Set(this.problems.map((p) => p.file))].join(', ')}`;
	}
}

/** `['sources', 1, 'sha256']` → `sources[1].sha256` */
export function fieldPath(path: readonly PropertyKey[]): string {
	return path
		.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
		.join('');
}

/** Turns zod's issues into author problems for `file`, using each schema message as the problem. */
export function problemsFromZod(file: string, error: z.ZodError, fix: string): AuthorProblem[] {
	return error.issues.map((issue) => {
		const field = fieldPath(issue.path);
		return field ? { file, field, problem: issue.message, fix } : { file, problem: issue.message, fix };
	});
}
