// Checks every internal link, asset reference and #anchor of a built site, so a broken one fails the build.
import { ELEMENT_NODE, parse, walkSync, type DocumentNode } from 'ultrahtml';

export interface BrokenLink {
	/** Site path of the page holding the link, e.g. /lessons/background/ */
	page: string;
	/** The attribute value as written. */
	link: string;
	problem: string;
}

export interface BuiltPage {
	/** Site path including the base, e.g. /karabakh/lessons/background/ or /karabakh/404.html */
	path: string;
	html: string;
}

/** Attributes that point at another resource, per element. */
const LINK_ATTRS: Record<string, string[]> = {
	a: ['href'],
	link: ['href'],
	script: ['src'],
	img: ['src'],
	source: ['src'],
	iframe: ['src'],
};

interface Parsed {
	ids: Set<string>;
	links: string[];
}

function scan(html: string): Parsed {
	const ids = new Set<string>();
	const links: string[] = [];
	walkSync(parse(html) as DocumentNode, (node) => {
		if (node.type !== ELEMENT_NODE) return;
		const attributes: Record<string, string> = node.attributes;
		if (attributes['id']) ids.add(attributes['id']);
		if (node.name === 'a' && attributes['name']) ids.add(attributes['name']);
		for (const attr of LINK_ATTRS[node.name] ?? []) {
			const value = attributes[attr];
			if (value && !(node.name === 'link' && /\b(canonical|alternate)\b/.test(attributes['rel'] ?? '')))
				links.push(value);
		}
	});
	return { ids, links };
}

/**
 * Broken internal links in `pages`, given the set of every file in the build (as site paths, base included).
 * External links (another origin), mailto:, tel: and data: are not checked; a page link must land on a built page
 * and its #fragment on an element with that id.
 */
export function findBrokenLinks(pages: readonly BuiltPage[], files: ReadonlySet<string>, base = '/'): BrokenLink[] {
	const origin = 'http://site.invalid';
	const parsed = new Map(pages.map((p) => [p.path, scan(p.html)]));
	const problems: BrokenLink[] = [];
	const pageFor = (pathname: string) => (pathname.endsWith('/') ? `${pathname}index.html` : pathname);
	for (const { path } of pages) {
		for (const link of parsed.get(path)!.links) {
			if (/^(mailto|tel|data|javascript):/i.test(link)) continue;
			const url = new URL(link, `${origin}${path}`);
			if (url.origin !== origin) continue;
			const pathname = decodeURIComponent(url.pathname);
			if (!pathname.startsWith(base)) {
				problems.push({ page: path, link, problem: `points outside the site's base path ${base}` });
				continue;
			}
			const file = pageFor(pathname);
			if (!files.has(file)) {
				problems.push({
					page: path,
					link,
					problem: files.has(`${pathname}/index.html`) ? 'missing trailing slash' : 'no such page or file in the build',
				});
				continue;
			}
			const fragment = decodeURIComponent(url.hash.slice(1));
			if (fragment && fragment !== 'top' && file.endsWith('.html')) {
				const target = parsed.get(file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file);
				if (target && !target.ids.has(fragment))
					problems.push({ page: path, link, problem: `no element with id "${fragment}" on that page` });
			}
		}
	}
	return problems;
}
