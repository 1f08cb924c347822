// Where a field sits in an authored YAML file: the line and column of a path such as ['questions', 2, 'evidence', 0],
// and a name for it an author recognises (`question "who-proposed" → evidence[0]`), for author errors.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { AuthorProblem, YamlPathPart } from './author-error';

export type { YamlPathPart };

export interface YamlPlace {
	line: number;
	column: number;
	/** The path resolved to keys and indexes (an `{ id }` step becomes the item's index). */
	path: (string | number)[];
}

const idOf = (node: unknown): string | undefined => {
	if (!isMap(node)) return undefined;
	const id = node.get('id', true);
	const value: unknown = isScalar(id) ? id.value : undefined;
	return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
};

/** A parsed YAML text that can say where a path is; `null` for a text YAML cannot read (syntax errors come first). */
export class YamlPlaces {
	readonly #doc: Document;
	readonly #lines = new LineCounter();
	/** What one item of a top-level list is called, e.g. "claim" (for lists of entries with ids). */
	readonly #noun: string;

	constructor(text: string, noun = 'entry') {
		this.#doc = parseDocument(text, { lineCounter: this.#lines });
		this.#noun = noun;
	}

	/** The place of the deepest node along `path` that exists: the entry itself when a field is missing. */
	at(path: readonly YamlPathPart[]): YamlPlace {
		let node: unknown = this.#doc.contents;
		let offset = (node as Node | null)?.range?.[0] ?? 0;
		const resolved: (string | number)[] = [];
		for (const part of path) {
			let next: unknown;
			let step: string | number | undefined;
			if (typeof part === 'object') {
				const index = isSeq(node) ? node.items.findIndex((item) => idOf(item) === part.id) : -1;
				if (index >= 0) [next, step] = [(node as { items: unknown[] }).items[index], index];
			} else if ((isSeq(node) && typeof part === 'number') || (isMap(node) && typeof part === 'string')) {
				[next, step] = [node.get(part, true), part];
			}
			if (next === undefined || next === null || step === undefined) break;
			node = next;
			resolved.push(step);
			offset = (node as Node).range?.[0] ?? offset;
		}
		const { line, col } = this.#lines.linePos(offset);
		return { line, column: col, path: resolved };
	}

	/** A name for a resolved path: list items with an id are named by it, the rest as `key[i].field`. */
	describe(path: readonly (string | number)[]): string {
		const parts: string[] = [];
		let current = '';
		let node: unknown = this.#doc.contents;
		const flush = () => {
			if (current) parts.push(current);
			current = '';
		};
		path.forEach((part, i) => {
			const next: unknown = isSeq(node) || isMap(node) ? node.get(part, true) : undefined;
			const id = typeof part === 'number' ? idOf(next) : undefined;
			const key = i > 0 ? path[i - 1] : undefined;
			if (id !== undefined) {
				if (typeof key === 'string') current = current.slice(0, -key.length).replace(/\.$/, '');
				flush();
				parts.push(`${typeof key === 'string' ? key.replace(/s$/, '') : this.#noun} "${id}"`);
			} else if (typeof part === 'number') current += `[${part}]`;
			else current += `${current ? '.' : ''}${part}`;
			node = next;
		});
		flush();
		return parts.join(' → ');
	}

	/** Every map in the file, with its path, for scanners (e.g. the citations in a data file). */
	maps(): { path: (string | number)[]; get: (key: string) => unknown }[] {
		const found: { path: (string | number)[]; get: (key: string) => unknown }[] = [];
		const walk = (node: unknown, path: (string | number)[]) => {
			if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
			if (!isMap(node)) return;
			found.push({ path, get: (key) => (node.get(key, true) as { toJSON?: () => unknown } | undefined)?.toJSON?.() });
			for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
		};
		walk(this.#doc.contents, []);
		return found;
	}

	get readable(): boolean {
		return this.#doc.errors.length === 0;
	}
}

/** Turns problems that say where they are as a YAML path (`at`) into lines and columns of their files. */
export function placeProblems(
	problems: readonly AuthorProblem[],
	textOf: (file: string) => string,
	noun?: string,
): AuthorProblem[] {
	const docs = new Map<string, YamlPlaces>();
	return problems.map(({ at, ...problem }) => {
		if (!at || problem.line !== undefined) return problem;
		const places = docs.get(problem.file) ?? new YamlPlaces(textOf(problem.file), noun);
		docs.set(problem.file, places);
		const { line, column, path } = places.at(at);
		return { ...problem, line, column, field: problem.field ?? places.describe(path) };
	});
}
