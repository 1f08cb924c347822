// The class results page's script budget (issue 21): at most 30 KB gzipped beyond a plain page, unzip and CSV parsing
// included, loaded on demand or not; and no other page loads any of it. Its quiz data is in the page, not fetched.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzippedSize, onDemandScripts, pageScripts } from '../../../src/lib/site/page-scripts';
import { builtPages } from '../../support/site-pages';

const DIST = process.env.OUT_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const PAGE = 'teachers/results/index.html';

describe('class results page', () => {
	const plain = new Set([
		...pageScripts(DIST, 'sources/report-a/index.html', BASE),
		...onDemandScripts(DIST, 'sources/report-a/index.html', BASE),
	]);
	const own = [...pageScripts(DIST, PAGE, BASE), ...onDemandScripts(DIST, PAGE, BASE)].filter((url) => !plain.has(url));

	it('loads at most 30 KB gzipped of its own script, unzip and CSV parsing included', () => {
		const bytes = own.reduce((sum, url) => sum + gzippedSize(DIST, url, BASE), 0);
		console.log(
			`results page JS beyond a plain page: ${own.length} file(s), ${bytes} bytes gzipped (${own.join(', ')})`,
		);
		expect(bytes).toBeLessThanOrEqual(30 * 1024);
		const code = own.map((url) => readFileSync(join(DIST, url.slice(BASE.length - 1)), 'utf8')).join('\n');
		expect(code).toMatch(/Papa|papaparse|MissingQuotes/); // the CSV reader is in what was measured
		expect(code).toMatch(/invalid zip data|unzip/i); // and the unzipper
	});

	it('no other page loads the results code', () => {
		const results = own.filter((url) => /results/.test(url));
		expect(results.length).toBeGreaterThanOrEqual(1);
		for (const page of builtPages(DIST).filter((p) => p !== '/teachers/results/')) {
			const html = page.endsWith('.html') ? page.slice(1) : `${page.slice(1)}index.html`;
			const loaded = [...pageScripts(DIST, html, BASE), ...onDemandScripts(DIST, html, BASE)];
			expect(
				loaded.filter((url) => results.includes(url)),
				page,
			).toEqual([]);
		}
	});

	it('carries every quiz it can read in the page, with keys and evidence links', () => {
		const html = readFileSync(join(DIST, PAGE), 'utf8');
		const data = JSON.parse(
			/<script type="application\/json" data-results-quizzes>([\s\S]*?)<\/script>/.exec(html)![1]!,
		) as {
			id: string;
			questions: { key: unknown; evidence?: string }[];
		}[];
		const exported = (
			JSON.parse(readFileSync(join(DIST, 'exports/index.json'), 'utf8')) as { quizzes: { id: string }[] }
		).quizzes;
		expect(data.map((q) => q.id).sort()).toEqual(exported.map((q) => q.id).sort());
		for (const quiz of data)
			for (const q of quiz.questions) expect(q.evidence ?? '', quiz.id).toMatch(/\/sources\/[\w-]+\/#p\d+$/);
	});
});
