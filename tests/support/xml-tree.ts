// A small namespace-aware XML tree for the test helpers that restate LMS importers (Moodle's DOMXPath queries,
// Canvas's Nokogiri selectors): element order, direct children versus descendants, and namespaces all matter there.
import { XMLParser } from 'fast-xml-parser';

export interface XmlNode {
	/** Local name, without a prefix. */
	name: string;
	/** Namespace URI ('' for none). */
	ns: string;
	attrs: Record<string, string>;
	children: XmlNode[];
	parent: XmlNode | null;
	/** Text nodes and child elements in document order. */
	content: (string | XmlNode)[];
}

const parser = new XMLParser({
	preserveOrder: true,
	ignoreAttributes: false,
	attributeNamePrefix: '',
	parseTagValue: false,
	parseAttributeValue: false,
	trimValues: false,
	ignoreDeclaration: true,
	ignorePiTags: true,
});

type Raw = Record<string, unknown> & { ':@'?: Record<string, string> };

function build(raw: Raw[], parent: XmlNode | null, scope: Record<string, string>): XmlNode[] {
	const nodes: XmlNode[] = [];
	for (const entry of raw) {
		const tag = Object.keys(entry).find((k) => k !== ':@');
		if (!tag || tag === '#text' || tag === '#comment' || tag.startsWith('?')) {
			if (parent && tag === '#text') parent.content.push(String(entry['#text']));
			continue;
		}
		const attrs = entry[':@'] ?? {};
		const inScope = { ...scope };
		for (const [k, v] of Object.entries(attrs)) {
			if (k === 'xmlns') inScope[''] = v;
			else if (k.startsWith('xmlns:')) inScope[k.slice(6)] = v;
		}
		const [prefix, local] = tag.includes(':') ? tag.split(':', 2) : ['', tag];
		const node: XmlNode = {
			name: local!,
			ns: inScope[prefix!] ?? '',
			attrs,
			children: [],
			parent,
			content: [],
		};
		node.children = build(entry[tag] as Raw[], node, inScope);
		parent?.content.push(node);
		nodes.push(node);
	}
	return nodes;
}

/** The document element. */
export function parseXml(xml: string): XmlNode {
	const roots = build(parser.parse(xml) as Raw[], null, {});
	if (roots.length !== 1) throw new Error(`expected one document element, found ${roots.length}`);
	return roots[0]!;
}

/** Direct children named `name` (any namespace unless `ns` is given). */
export const kids = (node: XmlNode | null | undefined, name: string, ns?: string): XmlNode[] =>
	(node?.children ?? []).filter((c) => c.name === name && (ns === undefined || c.ns === ns));

/** Descendants named `name`, in document order. */
export function descendants(node: XmlNode | null | undefined, name: string, ns?: string): XmlNode[] {
	const found: XmlNode[] = [];
	const walk = (n: XmlNode) => {
		for (const c of n.children) {
			if (c.name === name && (ns === undefined || c.ns === ns)) found.push(c);
			walk(c);
		}
	};
	if (node) walk(node);
	return found;
}

/** A path of direct children, e.g. path(item, 'presentation', 'response_lid'). */
export function path(node: XmlNode | null | undefined, ...names: string[]): XmlNode[] {
	let level = node ? [node] : [];
	for (const name of names) level = level.flatMap((n) => kids(n, name));
	return level;
}

/** DOM nodeValue / XPath string(): all the text inside, descendants included. */
export const textOf = (node: XmlNode | null | undefined): string =>
	node ? node.content.map((c) => (typeof c === 'string' ? c : textOf(c))).join('') : '';
