// Runs the query set against the site's real Pagefind index in a browser page, through the same query understanding
// the search dialog uses (src/components/search/search-client.ts); shared by the benchmark and the test.

/** @typedef {{ q: string, expected: string[], set?: string }} Query */
/** @typedef {{ q: string, set: string, expected: string[], got: string[], rank: number, ms: number }} Outcome */

/**
 * Searches every query in `page` (a page of the served site) through /pagefind/pagefind.js, as the search dialog does.
 * @param {import('playwright-core').Page} page
 * @param {Query[]} queries
 * @returns {Promise<Outcome[]>}
 */
export async function runQueries(page, queries) {
	return page.evaluate(`(async (queries) => {
		const base = document.querySelector('link[rel="sitemap"]')?.getAttribute('href')?.replace(/sitemap-index\\.xml$/, '') ?? '/';
		// The search dialog's own path: the site's stand-in at pagefind/pagefind.js (src/components/search/pagefind-stand-in.js),
		// with the hooks the dialog's script installs.
		const started = performance.now();
		while (!globalThis[Symbol.for('karabakh-guide:search')]) {
			if (performance.now() - started > 15000) throw new Error('the search dialog never installed its search');
			await new Promise((resolve) => setTimeout(resolve, 20));
		}
		const pagefind = await import(base + 'pagefind/pagefind.js');
		await pagefind.init();
		const strip = (url) => url.replace(base, '/').replace(/#.*$/, '');
		const outcomes = [];
		for (const { q, expected, set } of queries) {
			const t0 = performance.now();
			const search = await pagefind.search(q);
			const top = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
			const ms = performance.now() - t0;
			const got = top.map((d) => strip(d.url));
			// A name the reports never mention expects no page at all: a hit only when nothing is returned.
			const rank = expected.length === 0 ? (got.length === 0 ? 1 : 0) : got.findIndex((url) => expected.includes(url)) + 1;
			outcomes.push({ q, set: set ?? 'original', expected, got, rank, ms });
		}
		return outcomes;
	})(${JSON.stringify(queries)})`);
}

/** @param {Outcome[]} outcomes */
export function summarise(outcomes) {
	const at = (k) => outcomes.filter((o) => o.rank >= 1 && o.rank <= k).length / outcomes.length;
	const times = outcomes.map((o) => o.ms).sort((a, b) => a - b);
	const percentile = (p) => times[Math.min(times.length - 1, Math.floor(times.length * p))] ?? 0;
	return { queries: outcomes.length, hitAt1: at(1), hitAt3: at(3), medianMs: percentile(0.5), p95Ms: percentile(0.95) };
}
