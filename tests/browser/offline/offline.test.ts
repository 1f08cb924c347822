// Offline-first: after one visit the whole guide works with no network (service worker, src/sw/service-worker.ts),
// and a new deploy is offered as "Reload to update", never applied by itself.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { axeViolations } from '../../support/axe';
import { describeBrowser, useBrowser } from '../../support/browser';
import { buildFixture } from '../../support/fixture-site';
import { checkOffline, visitOnce, watchedContext } from '../../support/offline';
import { serveStatic } from '../../support/static-server';

const DIST = process.env.OUT_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';

describeBrowser('offline', () => {
	const session = useBrowser();

	it('after one visit, every page, a quiz with saved progress, search and the offline page work with no network', async () => {
		await checkOffline(session.browser, DIST, BASE);
	}, 180_000);

	it('a new build with changed content shows "Reload to update", and only reloads when asked', async () => {
		const work = mkdtempSync(join(tmpdir(), 'guide-update-'));
		try {
			const v1 = join(work, 'v1');
			const v2 = join(work, 'v2');
			cpSync(DIST, v1, { recursive: true });
			const lesson = 'src/content/docs/lessons/background.mdx';
			const build = buildFixture(
				(dir) =>
					writeFileSync(
						join(dir, lesson),
						`${readFileSync(join(dir, lesson), 'utf8')}\n\nThis lesson was revised for the next class.\n`,
					),
				(dir) => cpSync(join(dir, 'dist'), v2, { recursive: true }),
			);
			expect(build.status, build.output).toBe(0);
			expect(readFileSync(join(v2, 'sw.js'), 'utf8')).not.toBe(readFileSync(join(v1, 'sw.js'), 'utf8'));

			const site = await serveStatic(v1);
			const { context, errors } = await watchedContext(session.browser, site.origin);
			try {
				const page = await context.newPage();
				await visitOnce(page, site, '/quizzes/background/');
				const notice = page.locator('[data-offline-updated]');
				await expect(notice.isVisible()).resolves.toBe(false);

				// A student is in the middle of the quiz when the new version is deployed.
				await page.locator('quiz-form[data-ready]').waitFor();
				await page.evaluate(() => Object.assign(window, { midQuiz: true }));
				site.setRoot(v2);
				await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
				await notice.waitFor({ state: 'visible', timeout: 30_000 });
				await expect(notice.textContent()).resolves.toMatch(/A new version of the guide is available/);
				await expect(axeViolations(page, 'offline-status')).resolves.toEqual([]);
				// Nothing reloaded on its own: the page the student works in is the same document.
				await expect(page.evaluate(() => (window as unknown as { midQuiz?: boolean }).midQuiz)).resolves.toBe(true);

				await Promise.all([
					page.waitForEvent('load'),
					notice.getByRole('button', { name: 'Reload to update' }).click(),
				]);
				await expect(
					page.evaluate(() => (window as unknown as { midQuiz?: boolean }).midQuiz),
				).resolves.toBeUndefined();
				await expect(page.locator('[data-offline-updated]').isVisible()).resolves.toBe(false);

				// The new version is what is now saved offline.
				await site.stop();
				await context.setOffline(true);
				await page.goto(site.url('/lessons/background/'));
				await expect(page.locator('main').textContent()).resolves.toContain(
					'This lesson was revised for the next class.',
				);
				expect(errors).toEqual([]);
			} finally {
				await context.close();
				await site.stop().catch(() => undefined);
			}
		} finally {
			rmSync(work, { recursive: true, force: true });
		}
	}, 180_000);
});
