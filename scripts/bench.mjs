// npm run bench — builds the site and prints what it costs: build time, dist/ size, bytes per page kind (gzipped),
// and Lighthouse scores (mobile defaults, system Chromium) for eight pages (one in present mode, one in test mode). Writes
// bench/results.json and the table in bench/README.md. Figures, not pass/fail: nothing here fails on noise. `--no-lighthouse` skips the slow part.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { preview } from 'astro';
import { format, resolveConfig } from 'prettier';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { parse as parseYaml } from 'yaml';
import { itemReport } from '../src/lib/quiz/items/report.ts';
import { pageScripts } from '../src/lib/site/page-scripts.ts';
import { getManifest } from 'workbox-build';
import { PRECACHE_BUDGET_BYTES, precacheOptions } from '../src/lib/offline/precache.ts';

const DIST = 'dist';
const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const t0 = Date.now();
const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
	stdio: 'ignore',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (build.status !== 0) throw new Error('astro build failed: run `npm run build` to see why');
const buildSeconds = (Date.now() - t0) / 1000;

const files = readdirSync(DIST, { recursive: true })
	.map((f) => join(DIST, String(f)))
	.filter((f) => statSync(f).isFile());
const distBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);

const PAGES = {
	home: '/',
	lesson: '/lessons/background/',
	quiz: '/quizzes/background/',
	source: '/sources/report-b/',
	glossary: '/glossary/',
	compare: '/compare/',
	// A projector: the quiz in present mode (its deck is built by script, so Lighthouse measures what the class sees).
	present: '/quizzes/background/?mode=present&seed=3',
	// A test as students take it (issue 20): test mode with a class seed.
	test: '/quizzes/review/?mode=test&seed=3',
};
const bytes = {};
for (const [kind, path] of Object.entries(PAGES)) {
	const page = path.split('?')[0]; // the file behind a URL with a query (present mode)
	const htmlFile = join(DIST, page, 'index.html');
	const html = readFileSync(htmlFile);
	const css = [...html.toString().matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]);
	const js = pageScripts(DIST, join(page, 'index.html'));
	bytes[kind] = {
		html: gz(html),
		css: css.reduce((s, u) => s + gz(readFileSync(join(DIST, u))), 0),
		js: js.reduce((s, u) => s + gz(readFileSync(join(DIST, u))), 0),
		jsRequests: js.length,
	};
}

// The quiz's own script: what a quiz page loads beyond a plain page (budget 5 KB gzipped in 2 requests).
const plainScripts = new Set(pageScripts(DIST, 'sources/report-a/index.html'));
const quizScripts = pageScripts(DIST, 'quizzes/background/index.html').filter((u) => !plainScripts.has(u));
const quizScript = {
	bytes: quizScripts.reduce((s, u) => s + gz(readFileSync(join(DIST, u))), 0),
	requests: quizScripts.length,
};
// SCORM packages, as uploaded to an LMS.
const scorm = Object.fromEntries(
	readdirSync(join(DIST, 'exports'))
		.filter((f) => f.endsWith('.scorm.zip'))
		.map((f) => [f, statSync(join(DIST, 'exports', f)).size]),
);

// What the service worker stores for offline use (the whole guide; budget 3 MB).
const { count: precacheFiles, size: precacheBytes } = await getManifest(precacheOptions(DIST));

let scores = {};
if (!process.argv.includes('--no-lighthouse')) {
	const chromePath = findChromium();
	if (!chromePath) throw new Error('Lighthouse needs Chromium: apt-get install chromium, or set CHROME_PATH');
	const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 4323, host: '127.0.0.1' } });
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: CHROMIUM_ARGS,
	});
	try {
		for (const [kind, path] of Object.entries(PAGES)) {
			const result = await lighthouse(`http://127.0.0.1:${server.port}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
			});
			const { categories, audits } = result.lhr;
			scores[kind] = {
				performance: Math.round(categories.performance.score * 100),
				accessibility: Math.round(categories.accessibility.score * 100),
				bestPractices: Math.round(categories['best-practices'].score * 100),
				seo: Math.round(categories.seo.score * 100),
				totalBytes: audits['total-byte-weight'].numericValue,
				failing: Object.values(categories)
					.flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => audits[r.id]))
					.filter((a) => a.score !== null && a.score < 1)
					.map((a) => a.id),
			};
		}
	} finally {
		chrome.kill();
		await server.stop();
	}
}

// Item report: how each quiz fares on the cues the item-writing rules watch (src/lib/quiz/items/).
const QUIZZES = 'src/content/quizzes';
const items = readdirSync(QUIZZES)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => itemReport(f.replace(/\.yaml$/, ''), parseYaml(readFileSync(join(QUIZZES, f), 'utf8'))));

const results = {
	date: new Date().toISOString(),
	buildSeconds,
	distBytes,
	distFiles: files.length,
	bytes,
	lighthouse: scores,
	items,
	precache: { files: precacheFiles, bytes: precacheBytes, budgetBytes: PRECACHE_BUDGET_BYTES },
	quizScript,
	scorm,
};
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

const rows = Object.keys(PAGES).map((kind) => {
	const b = bytes[kind];
	const s = scores[kind];
	return `| ${kind} | ${PAGES[kind]} | ${kb(b.html)} | ${kb(b.css)} | ${kb(b.js)} (${b.jsRequests}) | ${s ? `${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo}` : '–'} | ${s ? kb(s.totalBytes) : '–'} |`;
});
const table = [
	`Build ${buildSeconds.toFixed(1)} s; dist/ ${(distBytes / 1024 / 1024).toFixed(2)} MB in ${files.length} files.`,
	`Offline precache: ${(precacheBytes / 1024 / 1024).toFixed(2)} MB in ${precacheFiles} files (budget ${(PRECACHE_BUDGET_BYTES / 1024 / 1024).toFixed(0)} MB).`,
	`Quiz script beyond a plain page: ${kb(quizScript.bytes)} gzipped in ${quizScript.requests} requests (budget 5 KB in 2).`,
	`SCORM packages: ${Object.entries(scorm)
		.map(([f, n]) => `${f} ${kb(n)}`)
		.join(', ')}.`,
	'',
	'| page kind | page | HTML (gz) | CSS (gz) | JS (gz, requests) | Lighthouse perf / a11y / best practices / SEO | total bytes |',
	'| --- | --- | --- | --- | --- | --- | --- |',
	...rows,
].join('\n');
const itemTable = [
	'| quiz | questions | types | longest key ÷ longest distractor (single) | key is the longest | true / false keys | distractors with feedback | waivers |',
	'| --- | --- | --- | --- | --- | --- | --- | --- |',
	...items.map(
		(r) =>
			`| ${r.quiz} | ${r.questions} | ${r.types} | ${r.maxKeyLengthRatio === null ? '–' : r.maxKeyLengthRatio.toFixed(2)} | ${r.keyIsLongest} | ${r.trueFalse} | ${r.distractorsWithFeedback} | ${r.waivers} |`,
	),
].join('\n');
console.log(`\n${table}\n\nItem report (npm run bench):\n\n${itemTable}\n`);
for (const [kind, s] of Object.entries(scores))
	if (s.failing.length) console.log(`${kind}: audits below 1: ${s.failing.join(', ')}`);

const readme = readFileSync('bench/README.md', 'utf8');
const updated = readme.replace(
	/<!-- results -->[\s\S]*<!-- \/results -->/,
	`<!-- results -->\n${table}\n\n${itemTable}\n<!-- /results -->`,
);
// Written as Prettier lays it out, so `npm test`'s format check passes on the committed file.
writeFileSync(
	'bench/README.md',
	await format(updated, { ...(await resolveConfig('bench/README.md')), parser: 'markdown' }),
);
