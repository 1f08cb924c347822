// Queries the built site's real Pagefind index through its JS API, inside the browser page.
import type { Page } from 'playwright-core';

export interface Hit {
	url: string;
	excerpt: string;
	title: string;
}

/** Runs a Pagefind search in `page` (any page of the served site) and returns every hit's data. */
export async function searchSite(page: Page, query: string): Promise<Hit[]> {
	// Passed as a string: the test runner would otherwise rewrite import() for Node.
	return page.evaluate(`(async () => {
		const base = document.querySelector('link[rel="sitemap"]')?.getAttribute('href')?.replace(/sitemap-index\\.xml$/, '') ?? '/';
		const pagefind = await import(base + 'pagefind/pagefind.js');
		const search = await pagefind.search(${JSON.stringify(query)});
		const data = await Promise.all(search.results.map((r) => r.data()));
		return data.map((d) => ({ url: d.url, excerpt: d.excerpt, title: d.meta?.title ?? '' }));
	})()`);
}

/** Opens the site's search dialog as a reader would (the header's Search button) and types `term`; returns the dialog. */
export async function searchInDialog(page: Page, term: string) {
	await page
		.getByRole('button', { name: /search/i })
		.first()
		.click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox', { name: 'Search' }).fill(term);
	return dialog;
}
