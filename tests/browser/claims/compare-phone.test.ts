// /compare/ on a 360 px phone: each claim a card, the filters folded close to the rows, and a count of the rows
// shown that a screen reader hears when a filter changes; without JavaScript every row shows and the count says all.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';

const PHONE = { width: 360, height: 740 };

const shown = (page: Page) =>
	page.$$eval('tr.claim', (rows) => rows.filter((r) => (r as HTMLElement).checkVisibility()).length);

describeBrowser('/compare/ on a phone', () => {
	const session = useBrowser();
	const openPhone = async (javaScriptEnabled: boolean) => {
		const context = await session.browser.newContext({ viewport: PHONE, javaScriptEnabled });
		const page = await context.newPage();
		await page.goto(siteUrl('/compare/'), { waitUntil: 'load' });
		return page;
	};

	it('shows each claim as a card: the question, each report’s words under its name, who speaks', async () => {
		const page = await openPhone(true);
		const card = page.locator('tr.claim#claim-population');
		const box = await card.boundingBox();
		expect(box!.width).toBeLessThanOrEqual(PHONE.width);
		expect(await card.evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
		// Report B's words sit under report A's, not beside them, each named by its report.
		const [a, b] = await card.locator('td').all();
		const [boxA, boxB] = [await a!.boundingBox(), await b!.boundingBox()];
		expect(boxB!.y).toBeGreaterThan(boxA!.y + boxA!.height - 1);
		expect(boxB!.x + boxB!.width).toBeLessThanOrEqual(PHONE.width);
		expect(await b!.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Report B"');
		await expect(card.innerText()).resolves.toMatch(/How many people live in Nagorno-Karabakh\?[\s\S]*Differs/);
		await expect(card.innerText()).resolves.toMatch(/Voice: Report A[\s\S]*Voice: Report B/);
		// A screen reader still meets a table, with the reports as column headers.
		expect(await page.getByRole('columnheader', { name: 'Report B' }).count()).toBe(1);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
	});

	it('folds the filters away and counts what a filter leaves, in a polite live region', async () => {
		const page = await openPhone(true);
		const total = await page.locator('tr.claim').count();
		const count = page.locator('.compare [aria-live="polite"]');
		await expect(count.innerText()).resolves.toBe(`Showing all ${total} claims.`);
		const topic = page.getByRole('group', { name: 'Topic' });
		expect(await topic.isVisible()).toBe(false);
		await page.getByText(/^Filter the claims/).click();
		await page.getByRole('radio', { name: /^The terms/ }).check();
		const terms = await shown(page);
		expect(terms).toBeGreaterThan(0);
		expect(terms).toBeLessThan(total);
		await expect.poll(() => count.innerText()).toBe(`Showing ${terms} of ${total} claims.`);
		await topic.getByRole('radio', { name: 'All' }).check();
		await expect.poll(() => count.innerText()).toBe(`Showing all ${total} claims.`);
	});

	it('without JavaScript: every row shown, the count says all, filters still work and never claim a number', async () => {
		const page = await openPhone(false);
		const total = await page.locator('tr.claim').count();
		expect(await shown(page)).toBe(total);
		const count = page.locator('.compare [aria-live="polite"]');
		await expect(count.innerText()).resolves.toBe(`Showing all ${total} claims.`);
		await page.getByText(/^Filter the claims/).click();
		await page.getByRole('radio', { name: /^The terms/ }).check();
		expect(await shown(page)).toBeLessThan(total);
		await expect(count.innerText()).resolves.toBe(`Showing the claims that match the filters (of ${total}).`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.filter-box').isVisible()).toBe(false);
	});

	it('on a wide screen the filters are open without a click, and the total comes from the ledger', async () => {
		const { page } = await session.open('/compare/');
		await expect(page.getByRole('group', { name: 'Topic' }).isVisible()).resolves.toBe(true);
		const ledger = (await (await page.request.get(siteUrl('/exports/claims.json'))).json()) as { claims: unknown[] };
		await expect(page.locator('.claim-count').innerText()).resolves.toBe(`Showing all ${ledger.claims.length} claims.`);
	});
});
