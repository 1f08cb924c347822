// Reads seeds/: the manifest and each report, checked byte for byte, then numbered into paragraphs.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AuthorError, type AuthorProblem } from '../site/author-error';
import { placeProblems } from '../site/yaml-places';
import { MANIFEST, readManifest } from './manifest';
import type { SourceMeta } from './meta';
import { parseReport, type Paragraph, type ParagraphKind } from './paragraphs';

export { MANIFEST, readManifest };

export interface Source extends Omit<SourceMeta, 'kinds'> {
	paragraphs: Paragraph[];
}

export interface ReadOptions {
	/** How the folder is named in messages (default `seeds`), so authors see a path they recognise. */
	displayDir?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a seed's bytes, refusing anything that is not exactly what the manifest recorded. */
function checkBytes(bytes: Buffer, meta: SourceMeta, i: number, displayDir: string): string | AuthorProblem {
	const file = `${displayDir}/${meta.file}`;
	const actual = createHash('sha256').update(bytes).digest('hex');
	if (actual !== meta.sha256) {
		return {
			file: `${displayDir}/${MANIFEST}`,
			at: ['sources', i, 'sha256'],
			field: `sources[${i}].sha256 (${file})`,
			problem: `the sha256 of ${file} is ${actual}, but this field records ${meta.sha256}: the report has been edited or replaced.`,
			fix: `sources must stay verbatim. Restore the original file; only if you are deliberately replacing the report, set sha256 to ${actual}.`,
		};
	}
	let text: string;
	try {
		text = utf8.decode(bytes);
	} catch {
		return {
			file,
			line: 1,
			column: 1,
			problem: 'the file is not valid UTF-8 text.',
			fix: 'save the report as UTF-8 (in most editors: "Save with encoding → UTF-8"), then update its sha256.',
		};
	}
	if (text.trim() === '') {
		return {
			file,
			line: 1,
			column: 1,
			problem: 'the file is empty: a source needs at least one line of text.',
			fix: 'paste the report into the file (one paragraph per line), or remove its entry from the metadata.',
		};
	}
	return text;
}

/** One source from its manifest entry, or the problems that stop it. */
function readOne(dir: string, meta: SourceMeta, i: number, displayDir: string): Source | AuthorProblem[] {
	const manifest = `${displayDir}/${MANIFEST}`;
	const path = join(dir, meta.file);
	if (!existsSync(path)) {
		return [
			{
				file: manifest,
				at: ['sources', i, 'file'],
				field: `sources[${i}].file`,
				problem: `it points at ${displayDir}/${meta.file}, which does not exist.`,
				fix: `copy the report to ${displayDir}/${meta.file}, or correct the file name (or, to remove the source, delete its entry: README, "Removing a source").`,
			},
		];
	}
	const text = checkBytes(readFileSync(path), meta, i, displayDir);
	if (typeof text !== 'string') return [text];
	const problems: AuthorProblem[] = [];
	const overrides: Record<number, ParagraphKind> = {};
	const count = parseReport(text).length;
	for (const [key, kind] of Object.entries(meta.kinds)) {
		if (Number(key) > count) {
			problems.push({
				file: manifest,
				at: ['sources', i, 'kinds', key],
				field: `sources[${i}].kinds.${key}`,
				problem: `${meta.file} has only ${count} paragraphs.`,
				fix: `use a paragraph number from 1 to ${count}.`,
			});
		}
		overrides[Number(key)] = kind;
	}
	const { kinds: _kinds, ...rest } = meta;
	return problems.length ? problems : { ...rest, paragraphs: parseReport(text, overrides) };
}

/** Every report in `dir`, verified and parsed, in manifest order. Throws one AuthorError listing all problems. */
export function readSources(dir: string, options: ReadOptions = {}): Source[] {
	const displayDir = options.displayDir ?? 'seeds';
	const { sources: manifest, text } = readManifest(dir, displayDir);
	const problems: AuthorProblem[] = [];
	const listed = new Set(manifest.map((meta) => meta.file));
	for (const name of readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()) {
		if (!listed.has(name)) {
			problems.push({
				file: `${displayDir}/${MANIFEST}`,
				at: ['sources'],
				field: 'sources',
				problem: `${displayDir}/${name} has no entry in ${displayDir}/${MANIFEST}, so the site cannot cite it.`,
				fix: `add an entry with id, file: ${name}, sha256, label, short and what the text says about its provenance (README, "Adding a source"), or delete ${displayDir}/${name}.`,
			});
		}
	}
	const sources = manifest.flatMap((meta, i) => {
		const read = readOne(dir, meta, i, displayDir);
		return Array.isArray(read) ? (problems.push(...read), []) : [read];
	});
	if (problems.length) throw new AuthorError(placeProblems(problems, () => text));
	return sources;
}

/** The sources when every one checks out, otherwise none (the loaders then report why, at the files concerned). */
export function readValidSources(dir: string): Source[] {
	try {
		return readSources(dir);
	} catch (error) {
		if (error instanceof AuthorError) return [];
		throw error;
	}
}
