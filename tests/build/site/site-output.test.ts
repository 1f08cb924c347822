// Gates read straight from the build: valid HTML, page weight, and a broken link failing the build.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';
import { placeIn } from '../../support/places';
import { builtPages } from '../../support/site-pages';

const DIST = process.env.OUT_DIR ?? 'dist';
const file = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);

describe('built HTML', () => {
	/** html-validate's "standard" preset, nothing switched off. */
	const validator = new HtmlValidate({ root: true, extends: ['html-validate:standard'] });

	it('every page is valid HTML (html-validate, standard preset): 0 errors', async () => {
		const errors: string[] = [];
		for (const path of builtPages(DIST)) {
			const report = await validator.validateString(readFileSync(file(path), 'utf8'), path);
			for (const m of report.results.flatMap((r) => r.messages))
				errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
		}
		expect(errors).toEqual([]);
	});

	it('every lesson is at most 60 KB of HTML gzipped', () => {
		const sizes = builtPages(DIST)
			.filter((p) => p.startsWith('/lessons/'))
			.map((p) => [p, gzipSync(readFileSync(file(p)), { level: 9 }).length] as const);
		console.log(`lesson HTML, gzipped: ${sizes.map(([p, n]) => `${p} ${(n / 1024).toFixed(1)} KB`).join(', ')}`);
		expect(sizes).toHaveLength(5);
		for (const [path, bytes] of sizes) expect(bytes, path).toBeLessThanOrEqual(60 * 1024);
	});

	it('every page carries a CSP without unsafe-inline for scripts, a description and Open Graph meta', () => {
		for (const path of builtPages(DIST)) {
			const html = readFileSync(file(path), 'utf8');
			const csp = /http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
			expect(csp, path).toBeDefined();
			const scriptSrc = csp!.split(';').find((d) => d.trim().startsWith('script-src'))!;
			expect(scriptSrc, path).not.toContain('unsafe-inline');
			expect(html, path).not.toMatch(/\son[a-z]+="/i);
			expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}"/);
			expect(html, path).toMatch(/<meta property="og:title" content="[^"]+"/);
		}
	});
});

describe('deployment files', () => {
	it('a sitemap lists the lessons, and _headers sends the security headers a static host should', () => {
		expect(readFileSync(file('/sitemap-0.xml'), 'utf8')).toMatch(/<loc>https?:\/\/[^<]+\/lessons\/background\/<\/loc>/);
		const headers = readFileSync(file('/_headers'), 'utf8');
		for (const header of [
			"frame-ancestors 'self' https:",
			'X-Content-Type-Options: nosniff',
			'Referrer-Policy:',
			'Permissions-Policy:',
		])
			expect(headers).toContain(header);
	});
	it('_headers lets an LMS frame the site: no frame-ancestors none, no X-Frame-Options', () => {
		const headers = readFileSync(file('/_headers'), 'utf8').replace(/^#.*$/gm, '');
		expect(headers).not.toContain("frame-ancestors 'none'");
		expect(headers).not.toMatch(/X-Frame-Options/i);
	});
	it('the 404 page offers search and links to the main sections', () => {
		const html = readFileSync(file('/404.html'), 'utf8');
		expect(html).toContain('data-open-modal');
		expect(html).toContain('href="/quizzes/"');
	});
});

describe('a broken link fails the build', () => {
	it('names the authored file at the link, the page, the link and what is wrong', () => {
		let place = '';
		const { status, output } = buildFixture((dir) => {
			const path = join(dir, 'src/content/docs/lessons/actors.mdx');
			writeFileSync(
				path,
				readFileSync(path, 'utf8').replace(
					'[its own page](../../quizzes/actors/)',
					'[its own page](../../quizes/actors/)',
				),
			);
			place = placeIn(dir, 'src/content/docs/lessons/actors.mdx', '../../quizes/actors/');
		});
		expect(status).not.toBe(0);
		expect(output).toContain(
			`${place} → link to ../../quizes/actors/ (on the page /lessons/actors/)\n  Problem: no such page or file in the build.`,
		);
	});
});
