// The quiz files as one bank of questions, for quizzes that list questions by reference (`from: <quiz>/<question>`,
// src/lib/quiz/references.ts): read from disk on every build, so a reference always meets the question as it is now.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { resolveReferences } from '../lib/quiz/references';
import { AuthorError } from '../lib/site/author-error';

const quizFiles = (dir: string): string[] =>
	existsSync(dir)
		? readdirSync(dir)
				.filter((f) => f.endsWith('.yaml'))
				.sort()
		: [];

/** Each quiz file as read (a file YAML cannot read is left out: the syntax check reports it first). */
function bank(dir: string): Map<string, Record<string, unknown>> {
	const quizzes = new Map<string, Record<string, unknown>>();
	for (const f of quizFiles(dir)) {
		try {
			const data: unknown = parse(readFileSync(join(dir, f), 'utf8'));
			if (data && typeof data === 'object' && !Array.isArray(data))
				quizzes.set(f.slice(0, -5), data as Record<string, unknown>);
		} catch {
			// reported by the loader's syntax check
		}
	}
	return quizzes;
}

/**
 * One quiz file as the loader hands it to the schema, its references resolved (for checks without a build, e.g.
 * tests/unit/quiz/shipped-quizzes.test.ts); an unknown reference throws the author error the build would give.
 */
export function readResolvedQuiz(dir: string, id: string): Record<string, unknown> {
	const quizzes = bank(dir);
	const { data, problems } = resolveReferences(join(dir, `${id}.yaml`), quizzes.get(id) ?? {}, quizzes);
	if (problems.length) throw new AuthorError(problems);
	return data;
}

/** The `prepare` step of the quizzes loader (checked-yaml.ts) for quizzes in `base`. */
export const quizBank = (base: string) => ({
	entry: (root: string, file: string, data: Record<string, unknown>) =>
		resolveReferences(file, data, bank(join(root, base))),
	digest: (root: string) => {
		const hash = createHash('sha256');
		for (const f of quizFiles(join(root, base))) hash.update(f).update(readFileSync(join(root, base, f)));
		return hash.digest('hex');
	},
});
