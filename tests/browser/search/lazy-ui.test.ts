// Pagefind's search UI loads when the search dialog first opens, not with every page
// (src/components/search/pagefind-ui-lazy.ts): a lesson stays within its transfer budget.
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';

// Pagefind's UI chunk, its engine (pagefind.js, the stand-in, its wasm and index files) and the search client.
const SEARCH_REQUEST = /\/_astro\/(ui-core|search-client)[^/]*\.js|\/pagefind\//;

describeBrowser('the search UI loads with the dialog', () => {
	const session = useBrowser();

	it('a lesson requests no search script until the dialog opens; Ctrl+K then searches as before', async () => {
		const context = await session.browser.newContext();
		const page = await context.newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		const errors: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		await page.goto(siteUrl('/lessons/background/'), { waitUntil: 'networkidle' });
		// Starlight builds the search UI once the page is idle: give it time, then check nothing was fetched.
		await expect.poll(() => page.locator('button[data-open-modal]').isEnabled()).toBe(true);
		await page.evaluate(() => new Promise((done) => requestIdleCallback(() => setTimeout(done, 500))));
		expect(requests.filter((url) => SEARCH_REQUEST.test(url))).toEqual([]);

		await page.keyboard.press('Control+k');
		const dialog = page.getByRole('dialog');
		const box = dialog.getByRole('textbox', { name: 'Search' });
		await expect.poll(() => box.evaluate((input) => input === document.activeElement)).toBe(true);
		await page.keyboard.type('ceasefire');
		await dialog.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
		expect(requests.some((url) => /\/_astro\/ui-core[^/]*\.js/.test(url))).toBe(true);
		expect(requests.some((url) => /\/pagefind\//.test(url))).toBe(true);
		expect(errors).toEqual([]);
		await context.close();
	});
});
