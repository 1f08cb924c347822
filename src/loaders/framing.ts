// The framing collection (src/content/framing.yaml) and, when it loads, the check of every authored text against it:
// a word that carries a side stands only in quotation marks with its source named (src/lib/framing/check.ts).
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** A YAML file's data, or null when it cannot be read (the citation gate names its syntax error). */
function readYaml(file: string): unknown {
	try {
		return parse(readFileSync(file, 'utf8'));
	} catch {
		return null;
	}
}
import { framingProblems, glossaryProblems, type FramingEntry } from '../lib/framing/check';
import { authoredTexts } from './authored-text';
import { yamlFile, type CheckedOptions } from './checked-yaml';

/** What names a source in a sentence: a report, an authority, or a party's name from the actors' files. */
export function sourceNames(root: string): RegExp {
	const dir = join(root, 'src/content/actors');
	const words = readdirSync(dir)
		.filter((f) => f.endsWith('.yaml'))
		.flatMap((f) => String((readYaml(join(dir, f)) as { name?: string } | null)?.name ?? '').split(/\s+/))
		.map((w) => w.replace(/[’']s$/, '').replace(/[^\p{L}-]/gu, ''))
		.filter((w) => /^\p{Lu}/u.test(w) && w.length > 3);
	return new RegExp(
		`\\b(?:reports?|authorit(?:y|ies)|officials?|office|ministry|${[...new Set(words)].join('|')})\\b`,
		'iu',
	);
}

/** Each glossary entry's citations, by id (the glossary's own schema checks them against the reports). */
function glossaryCites(root: string): Map<string, { source: string; p: number }[]> {
	const dir = join(root, 'src/content/glossary');
	return new Map(
		readdirSync(dir)
			.filter((f) => f.endsWith('.yaml'))
			.map((f) => {
				const data = readYaml(join(dir, f)) as { cites?: { source: string; p: number }[] } | null;
				return [f.replace(/\.yaml$/, ''), data?.cites ?? []];
			}),
	);
}

/** A reader of files' lines (each file read once). */
function sourceLines(root: string): (file: string, line: number) => string | undefined {
	const cache = new Map<string, string[]>();
	return (file, line) => {
		if (!cache.has(file)) cache.set(file, readFileSync(join(root, file), 'utf8').split('\n'));
		return cache.get(file)![line - 1];
	};
}

/** What the ids of framing.yaml are for, said when one is used twice. */
export const FRAMING_IDS = { entry: 'framing word', usedFor: 'how the build names it in its messages' };

export const framingLoader = (options: Omit<CheckedOptions, 'check'> = {}): Loader =>
	yamlFile('src/content/framing.yaml', FRAMING_IDS, {
		...options,
		check: (entries) => {
			const root = process.cwd();
			const list = entries.map((e) => ({ ...(e.data as unknown as FramingEntry), id: e.id }));
			return [
				...glossaryProblems(list, glossaryCites(root)),
				...framingProblems(authoredTexts(root), list, sourceNames(root), sourceLines(root)),
			];
		},
	});
