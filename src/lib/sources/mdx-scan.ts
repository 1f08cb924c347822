// Reads a whole MDX page (front matter included, so lines and columns are the file's own) with Astro's MDX parser:
// every <Cite>, <Quote> and <Term>, every other component with its place, and the names the page imports.
import { mdxToMdast } from 'satteri';
import type { Citation } from './citations';

/** Where something is in the MDX file: 1-based line and column, front matter counted. */
export interface Place {
	line: number;
	column: number;
}
export type FoundCitation = Citation & Place;
export interface FoundTerm extends Place {
	id: string;
}
/** Any JSX element on the page, with its literal attributes (expressions kept as their source text). */
export interface FoundElement extends Place {
	name: string;
	attributes: Record<string, string>;
}
export interface LessonScan {
	citations: FoundCitation[];
	terms: FoundTerm[];
	/** Tags the scanner could not read (e.g. `p="five"`), with the place. */
	malformed: (Place & { problem: string; fix: string })[];
	elements: FoundElement[];
	/** Names bound by the page's `import` statements (`Cite`, `Aside`, …). */
	imports: Set<string>;
	/** Markdown links (`[text](url)`), with the place of each. */
	links: (Place & { url: string })[];
}

interface Node {
	type: string;
	name?: string | null;
	value?: unknown;
	position?: { start: { line: number; column: number } };
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

function attributes(node: Node): Record<string, string> {
	const found: Record<string, string> = {};
	for (const attr of node.attributes ?? []) {
		if (attr.type !== 'mdxJsxAttribute' || !attr.name) continue;
		if (typeof attr.value === 'string') found[attr.name] = attr.value;
		else if (attr.value && typeof attr.value === 'object' && 'value' in attr.value) {
			// An expression such as p={5} or quote={"…"}: only literal numbers and strings are meaningful here.
			const expression = String(attr.value.value).trim();
			const literal = /^(['"`])([\s\S]*)\1$/.exec(expression);
			found[attr.name] = literal ? literal[2]! : expression;
		} else found[attr.name] = '';
	}
	return found;
}

/** `import A from '…'`, `import { B, C as D } from '…'`, `import * as E from '…'` → A, B, D, E. */
function importedNames(source: string): string[] {
	return [...source.matchAll(/import\s+([^'";]+?)\s+from\s*['"]/g)].flatMap((m) =>
		m[1]!
			.replace(/[{}]/g, ',')
			.split(',')
			.map((part) =>
				part
					.trim()
					.split(/\s+as\s+/)
					.pop()!
					.replace(/^\*\s*/, '')
					.trim(),
			)
			.filter(Boolean),
	);
}

function citationOf(node: Node, attrs: Record<string, string>, place: Place, scan: LessonScan): void {
	const isQuote = node.name === 'Quote';
	const source = attrs['source'];
	const p = Number(attrs['p']);
	const quote = attrs[isQuote ? 'text' : 'quote'];
	if (!source || !Number.isInteger(p) || (isQuote && !quote)) {
		scan.malformed.push({
			...place,
			problem: `<${node.name}> needs a source id and a whole paragraph number${isQuote ? ', and the quoted text' : ''}.`,
			fix: isQuote
				? 'write it as <Quote source="report-a" p={5} text="words copied from that paragraph" />.'
				: 'write it as <Cite source="report-a" p={5} />, optionally with quote="words from that paragraph".',
		});
	} else {
		scan.citations.push({ source, p, ...(quote === undefined ? {} : { quote }), ...place });
	}
}

/** Every citation, glossary term and component in an MDX document, in document order. */
export function scanLesson(mdx: string): LessonScan {
	const scan: LessonScan = { citations: [], terms: [], malformed: [], elements: [], imports: new Set(), links: [] };
	const walk = (node: Node) => {
		const place = { line: node.position?.start.line ?? 0, column: node.position?.start.column ?? 0 };
		const url = (node as { url?: unknown }).url;
		if (node.type === 'link' && typeof url === 'string') scan.links.push({ url, ...place });
		if (node.type === 'mdxjsEsm' && typeof node.value === 'string')
			for (const name of importedNames(node.value)) scan.imports.add(name);
		const isJsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
		if (isJsx && node.name) {
			const attrs = attributes(node);
			scan.elements.push({ name: node.name, attributes: attrs, ...place });
			// <Cite> points at a paragraph; <Quote> shows words from it, so its text must be verbatim too.
			if (node.name === 'Cite' || node.name === 'Quote') citationOf(node, attrs, place, scan);
			if (node.name === 'Term') scan.terms.push({ id: attrs['id'] ?? '', ...place });
		}
		node.children?.forEach(walk);
	};
	walk(mdxToMdast(mdx) as unknown as Node);
	return scan;
}
