// The cartridge's other resources: discussion topics, web links, and site pages packaged as plain HTML.
import { parse, renderSync, walkSync, ELEMENT_NODE, type DocumentNode, type ElementNode, type Node } from 'ultrahtml';
import type { ExportedQuestion } from '../json';
import { escapeXml } from '../xml';
import { DT_NS, WL_NS, XSI } from './namespaces';

export const shorten = (text: string, max = 90) =>
	text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;

export function ccTopic(q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const evidence = q.evidence.map(
		(e) =>
			`<li>“${escapeXml(e.quote)}” (${escapeXml(labels.get(e.source) ?? e.source)}, paragraph ${e.paragraph})</li>`,
	);
	const html = `<p>${escapeXml(q.prompt)}</p>${evidence.length ? `<p>Start from:</p><ul>${evidence.join('')}</ul>` : ''}`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<topic xmlns="${DT_NS}" ${XSI} xsi:schemaLocation="${DT_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imsdt_v1p1.xsd">
<title>${escapeXml(`Discussion: ${shorten(q.prompt)}`)}</title>
<text texttype="text/html">${escapeXml(html)}</text>
</topic>
`;
}

export function ccWebLink(title: string, href: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${WL_NS}" ${XSI} xsi:schemaLocation="${WL_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">
<title>${escapeXml(title)}</title>
<url href="${escapeXml(href)}" target="_blank"/>
</webLink>
`;
}

export const page = (title: string, body: string) =>
	`<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeXml(title)}</title></head>\n<body>\n<h1>${escapeXml(title)}</h1>\n${body}\n</body>\n</html>\n`;

/**
 * A site page's content made fit for a cartridge: no scripts, styles, forms (the quizzes come as assessments), buttons
 * and popovers, or heading anchors; links to lessons and source paragraphs point at the packaged copies; other site links become text.
 */
export function packagedHtml(html: string, lessonSlugs: readonly string[]): string {
	const doc = parse(html) as DocumentNode;
	// Both kinds of page sit one folder deep in the cartridge (lessons/, teachers/).
	const up = '../';
	const dropped: Node[] = [];
	walkSync(doc, (node: Node) => {
		if (node.type !== ELEMENT_NODE || !node.parent) return;
		// Buttons and what they open (a glossary term's definition, read-aloud) need the live site: a term stays as
		// its plain word.
		if (
			['script', 'style', 'form', 'template', 'button'].includes(node.name) ||
			'popover' in node.attributes ||
			'data-read-aloud' in node.attributes ||
			/\bsl-anchor-link\b/.test(node.attributes['class'] ?? '')
		) {
			dropped.push(node);
			return;
		}
		if (node.name === 'a') {
			const href: string = node.attributes['href'] ?? '';
			if (/^(https?:|mailto:|#)/.test(href)) return;
			const source = /\/sources\/([a-z0-9-]+)\/(#p\d+)?$/.exec(href);
			const lesson = /\/lessons\/([a-z0-9-]+)\/(#[\w-]+)?$/.exec(href);
			if (source) node.attributes['href'] = `${up}sources/${source[1]}.html${source[2] ?? ''}`;
			else if (lesson && lessonSlugs.includes(lesson[1]!))
				node.attributes['href'] = `${up}lessons/${lesson[1]}.html${lesson[2] ?? ''}`;
			else {
				node.name = 'span';
				node.attributes = {};
			}
		}
	});
	for (const node of dropped) {
		// The document node has children too; ElementNode types the field for both.
		const parent = node.parent as ElementNode;
		parent.children = parent.children.filter((c: Node) => c !== node);
	}
	return renderSync(doc);
}
