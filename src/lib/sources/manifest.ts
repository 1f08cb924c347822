// Reads seeds/sources.yaml, what the project knows about each report: its schema, then what must be unique across
// sources (id, file and the short label citations show), each problem at its line and column.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AuthorError, fieldPath, type AuthorProblem } from '../site/author-error';
import { yamlProblems } from '../site/syntax-errors';
import { placeProblems } from '../site/yaml-places';
import { sourceManifestSchema, type SourceMeta } from './meta';

export const MANIFEST = 'sources.yaml';

/** What must differ between sources, with why; `short` compares in lower case, as relations such as only-a do. */
const UNIQUE = {
	id: (v: string) => v,
	file: (v: string) => v,
	short: (v: string) => v.toLowerCase(),
} as const;

const WHY = {
	id: "it is the source page's address and what every citation names",
	file: 'each report is its own file',
	short: 'citation links read [A7], [B10], and a relation names a report by it (only-a)',
};

function duplicates(file: string, sources: readonly SourceMeta[]): AuthorProblem[] {
	const problems: AuthorProblem[] = [];
	for (const key of Object.keys(UNIQUE) as (keyof typeof UNIQUE)[]) {
		const first = new Map<string, number>();
		sources.forEach((meta, i) => {
			const value = UNIQUE[key](meta[key]);
			const before = first.get(value);
			if (before === undefined) return void first.set(value, i);
			problems.push({
				file,
				at: ['sources', i, key],
				field: `sources[${i}].${key}`,
				problem: `${sources[i]!.id} has the ${key} "${meta[key]}", which ${sources[before]!.id} (sources[${before}]) already has.`,
				fix: `give each source its own ${key}: ${WHY[key]}.`,
			});
		});
	}
	return problems;
}

/** Reads and validates the manifest; throws an AuthorError naming each field at fault, at its line and column. */
export function readManifest(dir: string, displayDir = 'seeds'): { sources: SourceMeta[]; text: string } {
	const file = `${displayDir}/${MANIFEST}`;
	const path = join(dir, MANIFEST);
	if (!existsSync(path)) {
		throw new AuthorError({
			file,
			problem: 'the metadata file for the source reports is missing.',
			fix: `create ${file} with a "sources:" list (see README, "Adding a source").`,
		});
	}
	const text = readFileSync(path, 'utf8');
	const syntax = yamlProblems(file, text);
	if (syntax.length) throw new AuthorError(syntax);
	const parsed = sourceManifestSchema.safeParse(parseYaml(text));
	const problems: AuthorProblem[] = parsed.success
		? duplicates(file, parsed.data.sources)
		: parsed.error.issues.map((issue) => ({
				file,
				at: issue.path as (string | number)[],
				field: fieldPath(issue.path),
				problem: issue.message,
				fix: `correct this field in ${file} (README, "Adding a source").`,
			}));
	if (problems.length) throw new AuthorError(placeProblems(problems, () => text));
	return { sources: parsed.data!.sources, text };
}
