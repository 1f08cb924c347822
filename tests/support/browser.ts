// One headless Chromium per test file, pages that record console and page errors, and the served site's URL.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

export const siteUrl = (path = ''): string => new URL(path.replace(/^\//, ''), inject('siteUrl')).href;

/** `describe` that skips, loudly, when no browser is available (never in CI: see requireChromium). */
export const describeBrowser = inject('chromiumPath') ? describe : describe.skip;

export interface Session {
	browser: Browser;
	/** A fresh page (own context) whose console errors and page errors are collected in `errors`. */
	open(path: string, options?: { javaScriptEnabled?: boolean }): Promise<{ page: Page; errors: string[] }>;
}

export function useBrowser(): Session {
	const session = {} as Session;
	beforeAll(async () => {
		session.browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await session.browser?.close();
	});
	// A page a test opens is closed when the test ends (its context with it), so a file that opens dozens of pages
	// does not keep them all running; pages opened in beforeAll live until the file ends.
	let opened: BrowserContext[] | undefined;
	beforeEach(() => {
		opened = [];
	});
	afterEach(async () => {
		const done = opened ?? [];
		opened = undefined;
		await Promise.all(done.map((context) => context.close().catch(() => undefined)));
	});
	session.open = async (path, { javaScriptEnabled = true } = {}) => {
		const context = await session.browser.newContext({ javaScriptEnabled });
		opened?.push(context);
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
		page.on('response', (response) => {
			if (response.status() >= 400) errors.push(`http ${response.status()}: ${response.url()}`);
		});
		page.on('requestfailed', (request) => {
			// A request cut short because the test navigated away is not a failure of the site.
			const reason = request.failure()?.errorText ?? '';
			if (reason !== 'net::ERR_ABORTED') errors.push(`request failed (${reason}): ${request.url()}`);
		});
		await page.goto(siteUrl(path), { waitUntil: 'load' });
		return { page, errors };
	};
	return session;
}
