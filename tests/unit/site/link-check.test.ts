import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../../src/lib/site/link-check';

const page = (path: string, body: string) => ({ path, html: `<html><head></head><body>${body}</body></html>` });

describe('findBrokenLinks', () => {
	const files = new Set(['/index.html', '/glossary/index.html', '/_astro/app.js', '/favicon.svg']);

	it('accepts links to built pages, files and existing anchors, relative or absolute', () => {
		const pages = [
			page(
				'/',
				'<a href="/glossary/#ceasefire">a</a><a href="glossary/">b</a><script src="/_astro/app.js"></script><link rel="icon" href="/favicon.svg">',
			),
			page(
				'/glossary/',
				'<h2 id="ceasefire">Ceasefire</h2><a href="../">home</a><a href="?seed=1">seed</a><a href="#top">top</a>',
			),
		];
		expect(findBrokenLinks(pages, files)).toEqual([]);
	});
	it('reports missing pages, missing anchors, a missing trailing slash and missing assets', () => {
		const pages = [
			page(
				'/',
				'<a href="/lessons/">x</a><a href="/glossary/#truce">y</a><a href="/glossary">z</a><img src="/map.png" alt="">',
			),
			page('/glossary/', ''),
		];
		expect(findBrokenLinks(pages, files).map((b) => [b.link, b.problem])).toEqual([
			['/lessons/', 'no such page or file in the build'],
			['/glossary/#truce', 'no element with id "truce" on that page'],
			['/glossary', 'missing trailing slash'],
			['/map.png', 'no such page or file in the build'],
		]);
	});
	it('ignores other origins, mailto and canonical links, and flags links that escape the base path', () => {
		const based = new Set(['/karabakh/index.html']);
		const pages = [
			page(
				'/karabakh/',
				'<a href="https://example.org/x">e</a><a href="mailto:a@b.c">m</a><link rel="canonical" href="/elsewhere/"><a href="/glossary/">g</a>',
			),
		];
		expect(findBrokenLinks(pages, based, '/karabakh/')).toEqual([
			{ page: '/karabakh/', link: '/glossary/', problem: "points outside the site's base path /karabakh/" },
		]);
	});
});
