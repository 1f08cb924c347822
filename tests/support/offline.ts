// The offline scenario, shared by the root build (tests/browser/offline/offline.test.ts) and the base-path build
// (tests/build/site/base-path.test.ts): one visit online, then the network gone, and the whole guide still works.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { runQueries, summarise } from '../search/evaluate.mjs';
import type { ExportedQuiz } from '../../src/lib/exports/json';
import { ONLINE_ONLY_PAGE } from '../../src/lib/offline/precache';
import { searchInDialog } from './pagefind';
import { builtPages } from './site-pages';
import { serveStatic, type StaticSite } from './static-server';

/** A context whose pages' console errors, page errors and failed requests land in `errors`. */
export async function watchedContext(
	browser: Browser,
	origin: string,
): Promise<{ context: BrowserContext; errors: string[] }> {
	const context = await browser.newContext();
	const errors: string[] = [];
	// Pages' and the service worker's requests alike: nothing may go to another origin.
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
			errors.push(`third-party request: ${request.url()}`);
	});
	context.on('page', (page) => {
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(`console: ${message.text()} (${page.url()})`);
		});
		page.on('pageerror', (error) => errors.push(`page: ${error.message} (${page.url()})`));
	});
	context.on('requestfailed', (request) => {
		// The worker's own network attempts fail while offline (it then answers from its cache): only what a page
		// requested and did not get is a failure.
		if (request.serviceWorker()) return;
		const reason = request.failure()?.errorText ?? '';
		if (reason !== 'net::ERR_ABORTED') errors.push(`request failed (${reason}): ${request.url()}`);
	});
	return { context, errors };
}

/** Opens the site once online and waits until the service worker is active, controls the page and says "Ready offline". */
export async function visitOnce(page: Page, site: StaticSite, path = '/'): Promise<void> {
	await page.goto(site.url(path));
	await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
	await expect
		.poll(() => page.locator('offline-status [data-offline-text]').textContent(), { timeout: 30_000 })
		.toMatch(/^Ready offline: the whole guide \(\d+(\.\d)? (MB|KB)\) is saved in this browser\.$/);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Runs the whole offline check against the build in `dir`, served under `base`. */
export async function checkOffline(browser: Browser, dir: string, base: string): Promise<void> {
	const site = await serveStatic(dir, base);
	const { context, errors } = await watchedContext(browser, site.origin);
	try {
		const page = await context.newPage();
		await visitOnce(page, site);
		await expect(page.getByRole('heading', { name: 'Available offline' }).isVisible()).resolves.toBe(true);
		const quiz = JSON.parse(readFileSync(join(dir, 'exports/background.json'), 'utf8')) as ExportedQuiz;

		// The network goes: the server stops, and the browser is told it is offline.
		await site.stop();
		await context.setOffline(true);

		// Every page the build made (lessons, quizzes, sources, glossary and the rest) comes from the worker, but the
		// offline page itself and those the precache leaves out on purpose (src/lib/offline/precache.ts): short links,
		// the 404, the teachers' page of QR codes and the teachers' printables.
		const pages = builtPages(dir).filter(
			(path) =>
				!ONLINE_ONLY_PAGE.test(path) && path !== '/offline/' && !/^\/teachers\/(worksheets|answer-keys)\//.test(path),
		);
		expect(pages.filter((path) => /^\/(lessons|quizzes|sources)\/./.test(path)).length).toBeGreaterThanOrEqual(13);
		expect(pages).toContain('/glossary/');
		for (const path of pages) {
			const response = await page.goto(site.url(path));
			expect(response?.status(), path).toBe(200);
			expect(response?.fromServiceWorker(), path).toBe(true);
			await expect(page.locator('h1').first().textContent(), path).resolves.not.toMatch(/You are offline/);
		}

		// A quiz can be answered, and its progress is saved and comes back after a reload.
		await page.goto(site.url('/quizzes/background/'));
		await page.locator('quiz-form[data-ready]').waitFor();
		const question = quiz.questions.find((q) => q.type === 'single' || q.type === 'true-false')!;
		if (!('options' in question)) throw new Error('expected an option question');
		const box = page.locator(`fieldset[data-qid="${question.id}"]`);
		await box.getByRole('radio', { name: question.options.find((o) => o.correct)!.text, exact: true }).check();
		await box.getByRole('button', { name: /^Check/ }).click();
		await expect(box.locator('[role="status"]').textContent()).resolves.toMatch(/^Correct/);
		await page.reload();
		await page.locator('quiz-form[data-ready]').waitFor();
		await expect(box.locator('[role="status"]').textContent()).resolves.toMatch(/^Correct/);
		await page.goto(site.url('/progress/'));
		await expect(page.locator('tr[data-quiz-id="background"] .practice').textContent()).resolves.toMatch(
			/In progress: 1 of \d+ checked/,
		);

		// Search: the query set finds its pages as well as online, and the search box shows results.
		await page.goto(site.url('/'));
		const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as {
			queries: { q: string; expected: string[] }[];
		};
		const summary = summarise(await runQueries(page, queries));
		expect(summary.hitAt3).toBeGreaterThanOrEqual(0.9);
		const dialog = await searchInDialog(page, 'Yevlakh');
		await dialog.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
		await expect(dialog.locator('.pagefind-ui__result-link').first().getAttribute('href')).resolves.toMatch(
			new RegExp(`^${escape(base)}`),
		);
		await page.keyboard.press('Escape');

		// A page that was never precached: the friendly offline page, from the worker.
		const missing = await page.goto(site.url('/no-such-page/'));
		expect(missing?.fromServiceWorker()).toBe(true);
		await expect(page.locator('h1').first().textContent()).resolves.toMatch(/You are offline/);
		await expect(page.getByRole('link', { name: 'lessons' }).first().getAttribute('href')).resolves.toBe(
			`${base}lessons/background/`,
		);

		expect(errors).toEqual([]);
	} finally {
		await context.close();
		await site.stop().catch(() => undefined);
	}
}
