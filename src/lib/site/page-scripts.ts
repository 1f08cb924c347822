// Reads which module scripts a built page loads, and their transitive imports, to measure what a feature costs.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, posix } from 'node:path';

/** Script URLs (as written in the HTML) a page loads as modules, and every chunk they import statically. */
export function pageScripts(distDir: string, htmlPath: string, base = '/'): string[] {
	const html = readFileSync(join(distDir, htmlPath), 'utf8');
	const seen = new Set<string>();
	const visit = (url: string) => {
		if (seen.has(url)) return;
		seen.add(url);
		const code = readFileSync(join(distDir, url.slice(base.length - 1)), 'utf8');
		for (const [, spec] of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
			visit(posix.join(posix.dirname(url), spec!));
	};
	for (const [, src] of html.matchAll(/<script[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g)) visit(src!);
	return [...seen];
}

/** Gzipped bytes of each script (level 9, as a CDN would serve it). */
export function gzippedSize(distDir: string, url: string, base = '/'): number {
	return gzipSync(readFileSync(join(distDir, url.slice(base.length - 1))), { level: 9 }).length;
}

/** Chunks the page's scripts load on demand (`import("./x.js")`), such as the fill-in matcher, each once. */
export function onDemandScripts(distDir: string, htmlPath: string, base = '/'): string[] {
	const found = new Set<string>();
	for (const url of pageScripts(distDir, htmlPath, base)) {
		const code = readFileSync(join(distDir, url.slice(base.length - 1)), 'utf8');
		for (const [, spec] of code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]/g))
			found.add(posix.join(posix.dirname(url), spec!));
	}
	return [...found];
}
