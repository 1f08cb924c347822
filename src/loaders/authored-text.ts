// Everything written in the guide's own voice, read from the files authors edit, with file and line: lesson and page
// prose (MDX, front matter title and description), the data files' prose fields, source metadata, component text
// (Astro markup, and the prose strings of scripts and of the library code that writes pages).
// Verbatim report text (<Quote text>, quote: fields, the seeds) and ids are left out. Used by the framing check.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mdxToMdast } from 'satteri';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { AuthoredText } from '../lib/framing/sentences';

interface MdNode {
	type: string;
	name?: string | null;
	value?: string;
	position?: { start: { line: number } };
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: MdNode[];
}

const files = (root: string, dir: string, ext: RegExp): string[] =>
	readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
		.filter((f) => ext.test(f))
		.map((f) => join(dir, f));

/** A block's inline text: a <Quote> as its words in quotation marks, a <Cite> as nothing, the rest as written. */
function inline(node: MdNode, out: { text: string; breaks: number[] }): void {
	if (node.type === 'text' || node.type === 'inlineCode') {
		out.text += node.value ?? '';
	} else if (node.type === 'mdxJsxTextElement' && node.name === 'Quote') {
		const text = node.attributes?.find((a) => a.name === 'text')?.value;
		out.text += `“${typeof text === 'string' ? text : ''}”`;
	} else if (node.type === 'break') {
		out.text += ' ';
		out.breaks.push(out.text.length);
	} else if (!(node.type === 'mdxJsxTextElement' && node.name === 'Cite'))
		node.children?.forEach((c) => inline(c, out));
}

/** An MDX page's front matter title and description and each paragraph, heading, list item and table cell. */
export function mdxTexts(file: string, source: string): AuthoredText[] {
	const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
	const offset = front ? front[0].split('\n').length - 1 : 0;
	const texts: AuthoredText[] = front ? yamlTexts(file, front[1]!, 2) : [];
	const walk = (node: MdNode) => {
		if (['paragraph', 'heading', 'tableCell'].includes(node.type)) {
			const out = { text: '', breaks: [] as number[] };
			inline(node, out);
			texts.push({ file, line: (node.position?.start.line ?? 1) + offset, text: out.text, field: node.type });
			return;
		}
		if (node.type !== 'mdxjsEsm' && node.type !== 'code') node.children?.forEach(walk);
	};
	walk(mdxToMdast(source.slice(front ? front[0].length : 0)) as unknown as MdNode);
	return texts;
}

/** Keys whose values are not the guide's own prose: ids, verbatim quotes, headwords, file facts, reasons for waivers. */
const NOT_PROSE =
	/^(?:id|term|otherNames|quote|source|file|sha256|label|short|value|kind|side|topic|relation|kinds|type|target|glossary|lesson|rule|why|allow|answers|others|mislabels|cites|evidence|forms|order|sort|date|p|paragraph)$/;

/** Every prose string in a YAML text, with its line (block scalars folded line by line, so lines stay exact). */
export function yamlTexts(file: string, source: string, firstLine = 1): AuthoredText[] {
	const lines = new LineCounter();
	const doc = parseDocument(source, { lineCounter: lines });
	const texts: AuthoredText[] = [];
	const visit = (node: YamlNode | null | undefined, path: string) => {
		if (isMap(node)) {
			for (const pair of node.items) {
				const key = isScalar(pair.key) ? String(pair.key.value) : '';
				if (!NOT_PROSE.test(key)) visit(pair.value as YamlNode, path ? `${path}.${key}` : key);
			}
		} else if (isSeq(node)) node.items.forEach((item, i) => visit(item as YamlNode, `${path}[${i}]`));
		else if (isScalar(node) && typeof node.value === 'string' && node.range) {
			const raw = source.slice(node.range[0], node.range[1]).split('\n');
			const block = /^[>|]/.test(raw[0]!.trim());
			const body = (block ? raw.slice(1) : raw).map((l) => l.trim());
			while (body.length > 1 && !body.at(-1)) body.pop();
			const breaks: number[] = [];
			let text = '';
			for (const [i, l] of body.entries()) {
				if (i > 0) breaks.push((text += ' ').length);
				text += l;
			}
			const line = lines.linePos(node.range[0]).line + (block ? 1 : 0) + firstLine - 1;
			texts.push({ file, line, breaks, field: path, text: block ? text : String(node.value) });
		}
	};
	visit(doc.contents, '');
	return texts;
}

/** The text of an Astro component's markup, line by line (front matter code, scripts and styles left out). */
export function astroTexts(file: string, source: string): AuthoredText[] {
	const blank = (s: string) => s.replace(/[^\n]/g, ' ');
	const markup = source
		.replace(/^---\r?\n[\s\S]*?\r?\n---/, blank)
		.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, blank)
		.replace(/<[^>]*>/g, (tag) => blank(tag));
	return markup.split('\n').flatMap((text, i) => (text.trim() ? [{ file, line: i + 1, text: text.trim() }] : []));
}

/** The prose string literals of a browser script or endpoint (a string with a space in it: a message, a label). */
export function scriptTexts(file: string, source: string): AuthoredText[] {
	const texts: AuthoredText[] = [];
	for (const m of source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"|`([^`$]*)`/g)) {
		const text = (m[1] ?? m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
		if (!/\p{L}+ \p{L}+/u.test(text)) continue;
		texts.push({ file, line: source.slice(0, m.index).split('\n').length, text, field: 'string' });
	}
	return texts;
}

/** Every authored text of the site in `root`. */
export function authoredTexts(root: string): AuthoredText[] {
	const read = (f: string) => readFileSync(join(root, f), 'utf8');
	const rel = (f: string) => relative(root, join(root, f));
	const yamlFiles = [
		...files(root, 'src/content/glossary', /\.yaml$/),
		...files(root, 'src/content/actors', /\.yaml$/),
		...files(root, 'src/content/quizzes', /\.yaml$/),
		'src/content/timeline.yaml',
		'src/content/claims.yaml',
		'src/content/lesson-screens.yaml',
		'seeds/sources.yaml',
	];
	return [
		...files(root, 'src/content/docs', /\.mdx$/).flatMap((f) => mdxTexts(rel(f), read(f))),
		...yamlFiles.flatMap((f) => yamlTexts(rel(f), read(f))),
		...[...files(root, 'src/components', /\.astro$/), ...files(root, 'src/pages', /\.astro$/)].flatMap((f) =>
			astroTexts(rel(f), read(f)),
		),
		// Scripts and the library's strings that reach a page (labels, messages); not the framing check's own.
		...['src/components', 'src/pages', 'src/lib']
			.flatMap((d) => files(root, d, /\.ts$/))
			.filter((f) => !f.startsWith(join('src', 'lib', 'framing')))
			.flatMap((f) => scriptTexts(rel(f), read(f))),
	];
}
