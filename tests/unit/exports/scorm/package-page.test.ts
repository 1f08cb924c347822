import { describe, expect, it } from 'vitest';
import { packagePage, scriptImports } from '../../../../src/lib/exports/scorm/package-page';

const pages = new Map([
	['/quizzes/background/', 'quizzes/background/index.html'],
	['/sources/report-a/', 'sources/report-a/index.html'],
]);
const page = (html: string, base = '/', sitePath = '/quizzes/background/') =>
	packagePage(html, { base, file: 'quizzes/background/index.html', sitePath, pages });

describe('packagePage', () => {
	it('makes links to packaged pages and assets relative, keeping the #pN anchor', () => {
		const out = page(
			'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/b.js"></script><a href="/sources/report-a/#p6">A6</a>',
		);
		expect(out.html).toBe(
			'<link rel="stylesheet" href="../../_astro/a.css"><script type="module" src="../../_astro/b.js"></script><a href="../../sources/report-a/index.html#p6">A6</a>',
		);
		expect(out.assets).toEqual(['_astro/a.css', '_astro/b.js']);
	});
	it('understands a base path and page-relative links', () => {
		const out = page(
			'<a href="/karabakh/sources/report-a/#p2">x</a><a href="../../sources/report-a/#p3">y</a>',
			'/karabakh/',
		);
		expect(out.html).toBe(
			'<a href="../../sources/report-a/index.html#p2">x</a><a href="../../sources/report-a/index.html#p3">y</a>',
		);
	});
	it("keeps the words of links to pages outside the package, but not the link; drops the live site's head links", () => {
		const out = page(
			'<link rel="canonical" href="https://example.org/q/"><link rel="sitemap" href="/sitemap-index.xml"><link rel="manifest" href="/manifest.webmanifest"><link rel="apple-touch-icon" href="/icons/apple-touch-icon.png"><a class="k" href="/glossary/#gmt">GMT</a> <a href="/exports/x.json" download>JSON</a> <a href="#top">top</a>',
		);
		expect(out.html).toBe('<span class="k">GMT</span> <span>JSON</span> <a href="#top">top</a>');
		expect(out.assets).toEqual([]);
	});
	it('replaces an embedded quiz with a pointer when asked', () => {
		const out = packagePage('<p>x</p><quiz-form class="quiz"><form><fieldset></fieldset></form></quiz-form>', {
			base: '/',
			file: 'lessons/a/index.html',
			sitePath: '/lessons/a/',
			pages,
			quizPointer: '<p>next item</p>',
		});
		expect(out.html).toBe('<p>x</p><p>next item</p>');
	});
});

describe('scriptImports', () => {
	it("lists a chunk's static imports beside it", () => {
		expect(scriptImports('_astro/a.js', 'import{x as o}from"./quiz-storage.B1.js";import "./shuffle.C2.js";')).toEqual([
			'_astro/quiz-storage.B1.js',
			'_astro/shuffle.C2.js',
		]);
	});
	it('and the chunks it loads on demand, such as the fill-in matcher', () => {
		expect(scriptImports('_astro/a.js', 'this.#ready=import(`./match.D3.js`).then(m=>m);import("./b.js")')).toEqual([
			'_astro/match.D3.js',
			'_astro/b.js',
		]);
	});
});
