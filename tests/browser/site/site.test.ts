// Gates over every built page: no console or page errors (CSP violations included), no request to another origin,
// and no axe-core violations of WCAG 2.2 A/AA or best practice.
import { expect, it } from 'vitest';
import { axeViolations } from '../../support/axe';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { builtPages, readablePages } from '../../support/site-pages';

// axe runs with no rule switched off and no finding accepted. (Starlight's search button used to fail
// label-content-name-mismatch; the wrapper src/components/overrides/Search.astro now names it by its visible text.)

const pages = builtPages();
// Every page a reader reads, and one of the short-link redirect stubs (/q/…/, all made by one template: each sends the
// browser on to a quiz page that is itself checked here), so 36 stubs do not check the same quiz pages 36 times.
const readable = readablePages();
const checked = [...readable, ...pages.filter((path) => !readable.includes(path)).slice(0, 1)];

describeBrowser('every page', () => {
	const session = useBrowser();

	it('the build has the pages the site promises', () => {
		expect(pages).toEqual(
			expect.arrayContaining([
				'/',
				'/lessons/background/',
				'/quizzes/',
				'/sources/report-a/',
				'/glossary/',
				'/timeline/',
				'/progress/',
				'/teachers/',
				'/404.html',
			]),
		);
	});

	it('the axe set-up the gate uses finds violations: an unnamed button, an image without alt, low contrast', async () => {
		const { page } = await session.open('/404.html');
		await page.setContent(
			'<!doctype html><html lang="en"><title>t</title><main><button></button><img src="data:,">' +
				'<p style="color:#bbb;background:#fff">faint</p></main></html>',
		);
		const found = (await axeViolations(page)).map((line) => line.split(' ')[0]);
		expect(found).toEqual(expect.arrayContaining(['button-name', 'image-alt', 'color-contrast']));
	});

	it('checks every readable page and one redirect stub', () => {
		expect(checked.length).toBeGreaterThan(40);
		expect(checked.filter((path) => path.startsWith('/q/'))).toHaveLength(1);
	});

	for (const path of checked) {
		it(`${path}: no errors, no third-party requests, no axe violations`, async () => {
			const { page, errors } = await session.open(path);
			const origin = new URL(siteUrl()).origin;
			const foreign: string[] = [];
			page.on('request', (request) => {
				const url = new URL(request.url());
				if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
			});
			await page.waitForLoadState('networkidle');
			// What the page fetched while loading, before the listener above was attached, from its resource timings.
			const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
			foreign.push(...loaded.filter((url) => /^https?:/.test(url) && new URL(url).origin !== origin));
			// 404.html answers with 404 on purpose when served as an unknown path; here it is requested by name.
			expect(errors).toEqual([]);
			expect(foreign).toEqual([]);
			const violations = await axeViolations(page);
			expect(violations).toEqual([]);
		});
	}
});
