// Reads seeds/: the manifest and each report, checked byte for byte, then numbered into paragraphs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { AuthorError, type AuthorProblem, problemsFromZod } from '../site/author-error';
import { parseReport, type Paragraph, type ParagraphKind } from './paragraphs';
import { yamlProblems } from '../site/syntax-errors';
import { sourceManifestSchema, type SourceMeta } from './meta';

export const MANIFEST = 'sources.yaml';

export interface Source extends Omit<SourceMeta, 'kinds'> {
	paragraphs: Paragraph[];
}

export interface ReadOptions {
	/** How the folder is named in messages (default `seeds`), so authors see a path they recognise. */
	displayDir?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads and validates the manifest; throws an AuthorError naming the field at fault. */
export function readManifest(dir: string, { displayDir = 'seeds' }: ReadOptions = {}): SourceMeta[] {
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
	const raw: unknown = parseYaml(text);
	const parsed = sourceManifestSchema.safeParse(raw);
	if (!parsed.success) {
		throw new AuthorError(
			problemsFromZod(file, parsed.error, `correct this field in ${file} (README, "Adding a source").`),
		);
	}
	const problems: AuthorProblem[] = [];
	const seen = new Map<string, number>();
	parsed.data.sources.forEach((meta, i) => {
		for (const key of ['id', 'file'] as const) {
			const before = seen.get(`${key}:${meta[key]}`);
			if (before !== undefined) {
				problems.push({
					file,
					field: `sources[${i}].${key}`,
					problem: `"${meta[key]}" is already used by sources[${before}].`,
					fix: `give each source its own ${key}.`,
				});
			}
			seen.set(`${key}:${meta[key]}`, i);
		}
	});
	if (problems.length) throw new AuthorError(problems);
	return parsed.data.sources;
}

/** Decodes a seed's bytes, refusing anything that is not exactly what the manifest recorded. */
function checkBytes(bytes: Buffer, meta: SourceMeta, i: number, displayDir: string): string | AuthorProblem {
	const file = `${displayDir}/${meta.file}`;
	const actual = createHash('sha256').update(bytes).digest('hex');
	if (actual !== meta.sha256) {
		return {
			file,
			field: `${displayDir}/${MANIFEST} → sources[${i}].sha256`,
			problem: `the file's sha256 is ${actual}, but the metadata records ${meta.sha256}: the report has been edited or replaced.`,
			fix: `sources must stay verbatim. Restore the original file; only if you are deliberately replacing the report, set sha256 to ${actual}.`,
		};
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return {
			file,
			problem: 'the file is not valid UTF-8 text.',
			fix: 'save the report as UTF-8 (in most editors: "Save with encoding → UTF-8"), then update its sha256.',
		};
	}
	if (text.trim() === '') {
		return {
			file,
			problem: 'the file is empty: a source needs at least one line of text.',
			fix: 'paste the report into the file (one paragraph per line), or remove its entry from the metadata.',
		};
	}
	return text;
}

/** Every report in `dir`, verified and parsed, in manifest order. Throws one AuthorError listing all problems. */
export function readSources(dir: string, options: ReadOptions = {}): Source[] {
	const displayDir = options.displayDir ?? 'seeds';
	const manifest = readManifest(dir, options);
	const problems: AuthorProblem[] = [];
	const sources: Source[] = [];

	const listed = new Set(manifest.map((meta) => meta.file));
	for (const name of readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()) {
		if (!listed.has(name)) {
			problems.push({
				file: `${displayDir}/${name}`,
				problem: `this report has no entry in ${displayDir}/${MANIFEST}, so the site cannot cite it.`,
				fix: `add an entry with id, file: ${name}, sha256 and what the text says about its provenance (README, "Adding a source"), or remove the file.`,
			});
		}
	}

	manifest.forEach((meta, i) => {
		const path = join(dir, meta.file);
		if (!existsSync(path)) {
			problems.push({
				file: `${displayDir}/${MANIFEST}`,
				field: `sources[${i}].file`,
				problem: `it points at ${displayDir}/${meta.file}, which does not exist.`,
				fix: `copy the report to ${displayDir}/${meta.file}, or correct the file name.`,
			});
			return;
		}
		const text = checkBytes(readFileSync(path), meta, i, displayDir);
		if (typeof text !== 'string') {
			problems.push(text);
			return;
		}
		const overrides: Record<number, ParagraphKind> = {};
		const paragraphs = parseReport(text);
		for (const [key, kind] of Object.entries(meta.kinds)) {
			const n = Number(key);
			if (n > paragraphs.length) {
				problems.push({
					file: `${displayDir}/${MANIFEST}`,
					field: `sources[${i}].kinds.${key}`,
					problem: `${meta.file} has only ${paragraphs.length} paragraphs.`,
					fix: `use a paragraph number from 1 to ${paragraphs.length}.`,
				});
			}
			overrides[n] = kind;
		}
		const { kinds: _kinds, ...rest } = meta;
		sources.push({ ...rest, paragraphs: parseReport(text, overrides) });
	});

	if (problems.length) throw new AuthorError(problems);
	return sources;
}
