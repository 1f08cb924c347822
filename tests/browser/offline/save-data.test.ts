// Save-Data (README "Offline"): with navigator.connection.saveData on, the first visit keeps only the shell and the
// page opened (with the files it loads); the footer offers the whole guide with its size, and saves it when asked.
// Without Save-Data the first visit keeps the whole guide, as before.
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { getManifest } from 'workbox-build';
import { formatBytes, precacheOptions } from '../../../src/lib/offline/precache';
import { isShellFile, referencedFiles } from '../../../src/lib/offline/save-data';
import { describeBrowser, useBrowser } from '../../support/browser';
import { visitOnce, watchedContext } from '../../support/offline';
import { serveStatic, type StaticSite } from '../../support/static-server';

const DIST = process.env.OUT_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';
const VISITED = '/lessons/background/';

/** Emulates a browser with Save-Data on, in every page of `context` (the worker learns it from the page). */
async function turnOnSaveData(context: BrowserContext): Promise<void> {
	await context.addInitScript(() => {
		const connection = { saveData: true, effectiveType: '3g', addEventListener() {}, removeEventListener() {} };
		Object.defineProperty(Navigator.prototype, 'connection', { get: () => connection, configurable: true });
	});
	await context.setExtraHTTPHeaders({ 'Save-Data': 'on' });
}

/** Every URL in the Cache Storage, as a path under the base ("lessons/background/", "_astro/x.css"), and its bytes. */
async function cached(page: Page): Promise<{ paths: string[]; bytes: number }> {
	const entries = await page.evaluate(async () => {
		const out: { url: string; size: number }[] = [];
		for (const name of await caches.keys()) {
			const cache = await caches.open(name);
			for (const request of await cache.keys())
				out.push({ url: request.url, size: (await (await cache.match(request))!.blob()).size });
		}
		return out;
	});
	const strip = (url: string) => new URL(url).pathname.slice(BASE.length);
	return { paths: entries.map((e) => strip(e.url)).sort(), bytes: entries.reduce((n, e) => n + e.size, 0) };
}

/** The files the visited page loads, followed through its scripts' imports, as in the worker. */
function filesOf(site: StaticSite, path: string): Set<string> {
	const seen = new Set<string>();
	const queue = [site.url(path)];
	while (queue.length > 0) {
		const url = queue.shift()!;
		const file = new URL(url).pathname.slice(BASE.length).replace(/(^|\/)$/, '$1index.html');
		for (const ref of referencedFiles(readFileSync(`${DIST}/${file}`, 'utf8'), url)) {
			const rel = new URL(ref).pathname.slice(BASE.length);
			if (seen.has(rel) || ref.startsWith(site.url('/pagefind/'))) continue;
			seen.add(rel);
			if (rel.endsWith('.js')) queue.push(ref);
		}
	}
	return seen;
}

describeBrowser('offline with Save-Data', () => {
	const session = useBrowser();

	it('keeps only the shell and the visited page, then the whole guide when the reader asks', async () => {
		const manifest = await getManifest(precacheOptions(DIST));
		const site = await serveStatic(DIST, BASE);
		const { context, errors } = await watchedContext(session.browser, site.origin);
		try {
			await turnOnSaveData(context);
			const page = await context.newPage();
			await page.goto(site.url(VISITED));
			await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
			const text = page.locator('offline-status [data-offline-text]');
			await expect.poll(() => text.textContent(), { timeout: 30_000 }).toMatch(/^Save-Data is on/);

			const lite = await cached(page);
			const loads = filesOf(site, VISITED);
			const unexpected = lite.paths.filter((p) => p !== VISITED.slice(1) && !isShellFile(p) && !loads.has(p));
			expect(unexpected).toEqual([]);
			expect(lite.paths).toContain(VISITED.slice(1));
			expect(lite.paths).toContain('offline/');
			expect(lite.paths.some((p) => p.endsWith('.css'))).toBe(true);
			expect(lite.paths.filter((p) => p.endsWith('/') && p !== 'offline/')).toEqual([VISITED.slice(1)]);
			expect(lite.paths.some((p) => p.startsWith('pagefind/'))).toBe(false);
			expect(lite.bytes).toBeLessThan(manifest.size / 4);
			console.log(
				`Save-Data first visit: ${lite.paths.length} files, ${lite.bytes} bytes (whole guide: ${manifest.count} files, ${manifest.size} bytes)`,
			);

			// The footer offers the whole guide, with the size the build measured.
			const save = page.locator('offline-status').getByRole('button', { name: /^Save the whole guide/ });
			await expect(save.textContent()).resolves.toBe(`Save the whole guide (${formatBytes(manifest.size)})`);
			await save.click();
			await expect
				.poll(() => text.textContent(), { timeout: 60_000 })
				.toMatch(/^Ready offline: the whole guide \(\d+(\.\d)? MB\) is saved in this browser\.$/);
			const whole = await cached(page);
			expect(whole.paths.length).toBe(manifest.count);
			expect(await save.isVisible()).toBe(false);

			// Offline, a page never opened is there too.
			await site.stop();
			await context.setOffline(true);
			const response = await page.goto(site.url('/lessons/actors/'));
			expect(response?.fromServiceWorker()).toBe(true);
			await expect(page.locator('h1').first().textContent()).resolves.not.toMatch(/You are offline/);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			await site.stop().catch(() => undefined);
		}
	}, 180_000);

	it('with Save-Data on, offline, the visited page opens and another shows the offline page', async () => {
		const site = await serveStatic(DIST, BASE);
		const { context, errors } = await watchedContext(session.browser, site.origin);
		try {
			await turnOnSaveData(context);
			const page = await context.newPage();
			await page.goto(site.url(VISITED));
			await expect
				.poll(() => page.locator('offline-status [data-offline-text]').textContent(), { timeout: 30_000 })
				.toMatch(/^Save-Data is on/);
			await site.stop();
			await context.setOffline(true);
			const visited = await page.goto(site.url(VISITED));
			expect(visited?.fromServiceWorker()).toBe(true);
			await expect(page.locator('h1').first().textContent()).resolves.not.toMatch(/You are offline/);
			await page.goto(site.url('/lessons/actors/'));
			await expect(page.locator('h1').first().textContent()).resolves.toMatch(/You are offline/);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			await site.stop().catch(() => undefined);
		}
	}, 120_000);

	it('without Save-Data, the first visit keeps the whole guide', async () => {
		const manifest = await getManifest(precacheOptions(DIST));
		const site = await serveStatic(DIST, BASE);
		const { context, errors } = await watchedContext(session.browser, site.origin);
		try {
			const page = await context.newPage();
			await visitOnce(page, site, VISITED);
			const whole = await cached(page);
			expect(whole.paths.length).toBe(manifest.count);
			console.log(`first visit without Save-Data: ${whole.paths.length} files, ${whole.bytes} bytes`);
			await expect(page.locator('offline-status [data-offline-save]').isVisible()).resolves.toBe(false);
			expect(errors).toEqual([]);
		} finally {
			await context.close();
			await site.stop().catch(() => undefined);
		}
	}, 120_000);
});
