import { expect, it } from 'vitest';
import { readSources } from '../../../src/lib/sources/seeds';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';

const LESSONS = ['background', 'actors', 'ceasefire-terms', 'open-questions', 'comparing-reports'];
const sources = readSources('seeds');

describeBrowser('lessons', () => {
	const session = useBrowser();

	for (const lesson of LESSONS) {
		it(`/lessons/${lesson}/: every citation link lands on an existing paragraph anchor`, async () => {
			const { page, errors } = await session.open(`/lessons/${lesson}/`);
			const hrefs = await page.$$eval('a[href*="/sources/"]', (links) =>
				links.map((a) => (a as HTMLAnchorElement).href),
			);
			const targets = [...new Set(hrefs.filter((href) => href.includes('#')))];
			expect(targets.length).toBeGreaterThan(0);
			for (const target of targets) {
				const { pathname, hash } = new URL(target);
				const id = /^\/(?:.*\/)?sources\/([^/]+)\/$/.exec(pathname)?.[1];
				const n = Number(hash.replace('#p', ''));
				const source = sources.find((s) => s.id === id);
				expect(source, `${target} names a known source`).toBeDefined();
				expect(n >= 1 && n <= source!.paragraphs.length, `${target} is a paragraph of ${id}`).toBe(true);
			}
			// Follow one link for real and check the browser lands on the anchor.
			await page.goto(targets[0]!);
			const landed = await page.evaluate(() => document.querySelector(':target')?.id);
			expect(`#${landed}`).toBe(new URL(targets[0]!).hash);
			expect(errors).toEqual([]);
		});
	}

	it('each lesson cites at least 6 distinct paragraphs, and lists them at the end', async () => {
		for (const lesson of LESSONS) {
			const { page } = await session.open(`/lessons/${lesson}/`);
			const cited = await page.$$eval('main a.cite', (links) => new Set(links.map((a) => a.getAttribute('href'))).size);
			expect(cited, lesson).toBeGreaterThanOrEqual(6);
			const listed = await page.locator('.cited-paragraphs blockquote').count();
			expect(listed, lesson).toBeGreaterThanOrEqual(6);
		}
	});

	it('a citation link says which report and paragraph it points to', async () => {
		const { page } = await session.open('/lessons/background/');
		const link = page.getByRole('link', { name: '[B10] Report B, paragraph 10', exact: true }).first();
		await expect(link.evaluate((a) => a.firstChild?.textContent)).resolves.toBe('[B10]');
		await expect(link.getAttribute('href')).resolves.toBe('/sources/report-b/#p10');
	});

	it('glossary links from lessons land on a glossary entry', async () => {
		const { page } = await session.open('/glossary/');
		const ids = new Set(await page.$$eval('main h2[id]', (hs) => hs.map((h) => h.id)));
		for (const lesson of LESSONS) {
			const { page: lessonPage } = await session.open(`/lessons/${lesson}/`);
			const hashes = await lessonPage.$$eval('a[href*="/glossary/#"]', (links) =>
				links.map((a) => (a as HTMLAnchorElement).hash.slice(1)),
			);
			for (const hash of hashes) expect(ids.has(hash), `${lesson} → /glossary/#${hash}`).toBe(true);
		}
	});

	it('source pages say which pages cite each paragraph', async () => {
		const { page } = await session.open('/sources/report-a/');
		const citedBy = page.locator('li', { has: page.locator('#p6') }).locator('.cited-by');
		await expect(citedBy.getByRole('link', { name: 'Lesson 1: Background' }).count()).resolves.toBe(1);
	});
});

describeBrowser('map, diagram and timeline without JavaScript, in print', () => {
	const session = useBrowser();

	it('the background lesson prints its map and timeline with JavaScript off', async () => {
		const { page, errors } = await session.open('/lessons/background/', { javaScriptEnabled: false });
		await page.emulateMedia({ media: 'print' });
		const map = page.getByRole('img', { name: /Locator map of the South Caucasus/ });
		await expect(map.isVisible()).resolves.toBe(true);
		await expect(map.locator('path').count()).resolves.toBeGreaterThan(5);
		await expect(page.locator('.locator-map figcaption').textContent()).resolves.toMatch(/approximate/);
		await expect(page.locator('.timeline > li').count()).resolves.toBe(9);
		await expect(page.locator('.timeline > li').first().isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
	});

	it('the actors lesson prints its diagram and the diagram in words with JavaScript off', async () => {
		const { page } = await session.open('/lessons/actors/', { javaScriptEnabled: false });
		await page.emulateMedia({ media: 'print' });
		const diagram = page.getByRole('img', { name: /who proposed, agreed to and confirmed the ceasefire/ });
		await expect(diagram.isVisible()).resolves.toBe(true);
		await expect(diagram.locator('line.edge').count()).resolves.toBeGreaterThanOrEqual(8);
		const relations = page.locator('.relations > li');
		await expect(relations.count()).resolves.toBe(await diagram.locator('line.edge').count());
		await expect(relations.filter({ hasText: 'Turkey backed Azerbaijan' }).count()).resolves.toBe(1);
	});

	it('the timeline page labels derived dates as derived', async () => {
		const { page } = await session.open('/timeline/', { javaScriptEnabled: false });
		const ceasefire = page.locator('#ceasefire');
		await expect(ceasefire.locator('time').getAttribute('datetime')).resolves.toBe('2023-09-20');
		await expect(ceasefire.textContent()).resolves.toMatch(/date derived/);
	});
});

it('the served site answers at the URL the tests use', () => {
	expect(siteUrl('/lessons/background/')).toMatch(/\/lessons\/background\/$/);
});
