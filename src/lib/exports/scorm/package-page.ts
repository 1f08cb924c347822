// Rewrites a built page for a SCORM package: root-relative URLs become relative, nothing points outside the package.
import { posix } from 'node:path';

export interface PackagedPageOptions {
	/** The site's base path, e.g. "/" or "/karabakh/". */
	base: string;
	/** This page's file in the package, e.g. "quizzes/background/index.html". */
	file: string;
	/** The page's address on the site (without base), against which its relative links were written, e.g. "/lessons/actors/". */
	sitePath: string;
	/** Site path (without base, with trailing slash) of every page in the package → its file there. */
	pages: ReadonlyMap<string, string>;
	/** Replaces each embedded quiz (a lesson page in a course whose quizzes are SCOs of their own). */
	quizPointer?: string;
}

export interface PackagedPage {
	html: string;
	/** Files the page loads (site paths without base, e.g. "_astro/x.css"), to copy into the package. */
	assets: string[];
}

/** A start tag, its attributes allowing ">" inside quoted values. */
const TAG = (names: string) => new RegExp(`<(${names})\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'gi');
const ANCHOR = /<a\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/a>/gi;
const attr = (attrs: string, name: string): string | undefined =>
	new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(attrs)?.[1];
/**
 * Head tags that belong to the live site (canonical address, sitemap, Open Graph address, the web app manifest and
 * home-screen icon for installing the site): meaningless in a package.
 */
const SITE_ONLY =
	/<link\b[^>]*\brel="(?:canonical|sitemap|alternate|manifest|apple-touch-icon)"[^>]*>|<meta\b[^>]*\bproperty="og:url"[^>]*>/gi;
/** Files the browser loads by themselves: the build's hashed assets and files in public/ (e.g. the favicon). */
const isAsset = (path: string) => path.startsWith('/_astro/') || /^\/[^/]+\.(svg|png|ico|webmanifest)$/.test(path);

/** Another origin, a scheme (mailto:, data:) or a fragment of this page: left as it is. */
const isElsewhere = (url: string) => url.startsWith('#') || url.startsWith('//') || /^[a-z][a-z0-9+.-]*:/i.test(url);
/** A page-relative URL as a site path, e.g. "../../glossary/#x" from "/lessons/actors/" → "/glossary/#x". */
const siteRelative = (url: string, from: string) => {
	const resolved = new URL(url, `http://site.invalid${from}`);
	return `${resolved.pathname}${resolved.search}${resolved.hash}`;
};

/** Packages one page: links to packaged pages and assets become relative; links elsewhere lose their target. */
export function packagePage(html: string, options: PackagedPageOptions): PackagedPage {
	const assets = new Set<string>();
	const head = options.base.endsWith('/') ? options.base.slice(0, -1) : options.base;
	const dir = posix.dirname(options.file);
	const relative = (target: string) => posix.relative(dir, target) || posix.basename(target);

	/** The packaged URL for a site URL (root- or page-relative), or null when it points at something not in the package. */
	const resolve = (url: string): string | null => {
		if (isElsewhere(url)) return url;
		const inSite = url.startsWith('/')
			? head && url.startsWith(`${head}/`)
				? url.slice(head.length)
				: url
			: siteRelative(url, options.sitePath);
		const [, path = '', suffix = ''] = /^([^?#]*)(.*)$/.exec(inSite)!;
		const hash = suffix.includes('#') ? suffix.slice(suffix.indexOf('#')) : '';
		if (isAsset(path)) {
			assets.add(path.slice(1));
			return relative(path.slice(1));
		}
		const page = options.pages.get(path.endsWith('/') ? path : `${path}/`);
		return page ? `${relative(page)}${hash}` : null;
	};

	let out = html.replace(SITE_ONLY, '');
	if (options.quizPointer !== undefined) out = out.replace(/<quiz-form\b[\s\S]*?<\/quiz-form>/gi, options.quizPointer);
	// Anchors to pages outside the package (the site's other pages, downloads) keep their words, not their link.
	out = out.replace(ANCHOR, (whole, attrs: string, inner: string) => {
		const href = attr(attrs, 'href');
		if (href === undefined || isElsewhere(href)) return whole;
		const target = attrs.includes(' download') ? null : resolve(href);
		if (target !== null) return whole.replace(/\shref="[^"]*"/i, ` href="${target}"`);
		const cls = attr(attrs, 'class');
		return `<span${cls ? ` class="${cls}"` : ''}>${inner}</span>`;
	});
	out = out.replace(TAG('link|script|img|source'), (whole, name: string, attrs: string) => {
		const key = /^(link)$/i.test(name) ? 'href' : 'src';
		const value = attr(attrs, key);
		if (value === undefined) return whole;
		const target = resolve(value);
		if (target === null) return name.toLowerCase() === 'link' ? '' : whole;
		return whole.replace(new RegExp(`\\s${key}="[^"]*"`, 'i'), ` ${key}="${target}"`);
	});
	return { html: out, assets: [...assets].sort() };
}

/** Static imports of a built script ("./chunk.js"), as paths beside it, so every chunk goes into the package. */
export function scriptImports(file: string, code: string): string[] {
	const found = new Set<string>();
	// Static imports and dynamic ones (the fill-in matcher is loaded with import("./match.HASH.js")).
	for (const [, spec] of code.matchAll(/(?:\bimport|\bfrom)\s*\(?\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g))
		found.add(posix.join(posix.dirname(file), spec!));
	return [...found];
}

/**
 * A SCO page with its share of the package's grade written into its SCORM data (the unit package's quizzes each count
 * 1/n; see cmi.ts, scaledScore). The data block is JSON, which the page's CSP does not cover, so nothing else changes.
 */
export function withShare(html: string, share: number): string {
	return html.replace(
		/(<script type="application\/json" data-scorm[^>]*>)([\s\S]*?)(<\/script>)/,
		(_, open: string, json: string, close: string) =>
			`${open}${JSON.stringify({ ...(JSON.parse(json) as object), share }).replace(/</g, '\\u003c')}${close}`,
	);
}
