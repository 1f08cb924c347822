// Errors meant for authors: which file, which field, what is wrong and how to fix it — never a bare stack trace.
import type { z } from 'astro/zod';

export interface AuthorProblem {
	/** Path of the file the author must edit, relative to the project root. */
	file: string;
	/** The field or entry inside that file, e.g. `sources[1].sha256`; omitted when the whole file is at fault. */
	field?: string;
	/** What is wrong, in plain words. */
	problem: string;
	/** What to do about it. */
	fix: string;
}

export function formatProblem({ file, field, problem, fix }: AuthorProblem): string {
	return `${file}${field ? ` → ${field}` : ''}\n  Problem: ${problem}\n  Fix: ${fix}`;
}

/** An error an author can act on; its message lists every problem found, not just the first. */
export class AuthorError extends Error {
	readonly problems: readonly AuthorProblem[];
	/** Shown by Astro under the message, instead of a hint it would guess from the message's words. */
	readonly hint = 'Correct the file named above, then build again. README.md explains sources, citations and quizzes.';
	constructor(problems: AuthorProblem | readonly AuthorProblem[]) {
		const list = Array.isArray(problems) ? problems : [problems as AuthorProblem];
		super(`\n${list.map(formatProblem).join('\n\n')}\n`);
		this.name = 'AuthorError';
		this.problems = list;
		// The problem is in the author's file, not in our code: a stack trace would only distract.
		this.stack = `${this.name}: ${this.message}`;
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
