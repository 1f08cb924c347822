// npm run bench:search — builds the site, serves it, runs tests/search/queries.json against the real Pagefind index
// in headless Chromium, and prints hit@1, hit@3 and the median and
// 95th-percentile query time, for each set of queries and in all. `--no-build` reuses dist/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { preview } from 'astro';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { runQueries, summarise } from '../tests/search/evaluate.mjs';

if (!process.argv.includes('--no-build')) {
	const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], { stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const executablePath = findChromium();
if (!executablePath) {
	console.error('bench:search needs Chromium: install it (apt-get install chromium) or set CHROME_PATH.');
	process.exit(1);
}
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8'));
const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port: 4322, host: '127.0.0.1' } });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
	const page = await browser.newPage();
	await page.goto(`http://127.0.0.1:${server.port}${process.env.BASE_PATH ?? '/'}`);
	await runQueries(page, queries.slice(0, 3)); // warm up: load the index chunks once
	const outcomes = await runQueries(page, queries);
	const summary = summarise(outcomes);
	console.log('\nquery'.padEnd(44), 'rank', 'ms', '  top results');
	for (const o of outcomes) {
		console.log(
			`${o.rank >= 1 && o.rank <= 3 ? ' ' : '✗'} ${o.q.padEnd(41)} ${String(o.rank || '-').padStart(4)} ${o.ms.toFixed(1).padStart(5)}  ${o.got.slice(0, 3).join('  ')}`,
		);
	}
	const pct = (x) => `${(x * 100).toFixed(1)}%`;
	const line = (label, s) =>
		`${label.padEnd(22)} ${String(s.queries).padStart(3)} queries: hit@1 ${pct(s.hitAt1)}, hit@3 ${pct(s.hitAt3)}, median ${s.medianMs.toFixed(1)} ms, p95 ${s.p95Ms.toFixed(1)} ms`;
	const sets = {};
	for (const set of new Set(outcomes.map((o) => o.set))) sets[set] = summarise(outcomes.filter((o) => o.set === set));
	console.log('');
	for (const [set, s] of Object.entries(sets)) console.log(line(`set "${set}"`, s));
	console.log(line('all', summary));
	mkdirSync('bench', { recursive: true });
	writeFileSync(
		'bench/search-results.json',
		`${JSON.stringify({ date: new Date().toISOString(), ...summary, sets, outcomes }, null, 2)}\n`,
	);
} finally {
	await browser.close();
	await server.stop();
}
