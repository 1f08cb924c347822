import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../../support/browser';

const visibleRows = (page: Page) =>
	page.$$eval('table.claim-table tr.claim', (rows) =>
		rows
			.filter((r) => (r as HTMLElement).offsetParent !== null)
			.map((r) => ({
				id: r.id,
				topic: r.getAttribute('data-topic'),
				relation: r.getAttribute('data-relation'),
				kinds: r.getAttribute('data-kinds'),
			})),
	);

describeBrowser('/compare/: the claim matrix', () => {
	const session = useBrowser();

	it('is a real table: caption, column headers per report, a row header per claim, grouped by topic', async () => {
		const { page, errors } = await session.open('/compare/');
		await expect(page.locator('table.claim-table caption').innerText()).resolves.toMatch(
			/claims from Report A and Report B/,
		);
		expect(
			await page.$$eval('table.claim-table thead th[scope="col"]', (ths) => ths.map((t) => t.textContent?.trim())),
		).toEqual(['Question and how the reports compare', 'Report A', 'Report B']);
		const rows = await visibleRows(page);
		expect(rows.length).toBeGreaterThan(20);
		expect(await page.locator('tr.claim th[scope="row"]').count()).toBe(rows.length);
		expect(await page.locator('tbody tr.topic th[scope="colgroup"]').count()).toBeGreaterThan(5);
		expect(errors).toEqual([]);
	});

	it('filters by topic, relation and kind without JavaScript', async () => {
		const { page } = await session.open('/compare/', { javaScriptEnabled: false });
		const all = (await visibleRows(page)).length;
		await page.getByRole('radio', { name: /^The terms/ }).check();
		const terms = await visibleRows(page);
		expect(terms.length).toBeGreaterThan(0);
		expect(terms.length).toBeLessThan(all);
		expect(new Set(terms.map((r) => r.topic))).toEqual(new Set(['terms']));
		await page.getByRole('group', { name: 'Topic' }).getByRole('radio', { name: 'All' }).check();
		await page.getByRole('radio', { name: /^Only in Report A/ }).check();
		const onlyA = await visibleRows(page);
		expect(onlyA.length).toBeGreaterThan(0);
		expect(new Set(onlyA.map((r) => r.relation))).toEqual(new Set(['only-a']));
		await page.getByRole('group', { name: 'How they compare' }).getByRole('radio', { name: 'All' }).check();
		await page.getByRole('radio', { name: /^what is counted/ }).check();
		const counted = await visibleRows(page);
		expect(counted.map((r) => r.id)).toContain('claim-population');
		for (const r of counted) expect(r.kinds?.split(' ')).toContain('what-is-counted');
	});

	it('filters are operable by keyboard', async () => {
		const { page } = await session.open('/compare/');
		await page.getByRole('group', { name: 'Topic' }).getByRole('radio', { name: 'All' }).focus();
		await page.keyboard.press('ArrowRight');
		const checked = await page.getByRole('group', { name: 'Topic' }).locator('input:checked').getAttribute('value');
		expect(checked).toBe('background');
		expect(new Set((await visibleRows(page)).map((r) => r.topic))).toEqual(new Set(['background']));
	});

	it('prints the table without the filters', async () => {
		const { page } = await session.open('/compare/', { javaScriptEnabled: false });
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('form.filters').isVisible()).resolves.toBe(false);
		expect((await visibleRows(page)).length).toBeGreaterThan(20);
	});

	it('source pages say how each paragraph compares, linking to a row of /compare/', async () => {
		const { page } = await session.open('/sources/report-a/');
		const links = await page.$$eval('.compared a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
		expect(links.length).toBeGreaterThan(10);
		const compare = await session.open('/compare/');
		const ids = new Set(await compare.page.$$eval('tr.claim[id]', (rows) => rows.map((r) => r.id)));
		for (const href of links) expect(ids, href).toContain(href.split('#')[1]);
		await expect(page.locator('#p6').locator('xpath=..').locator('.compared').innerText()).resolves.toMatch(
			/How many people live in Nagorno-Karabakh\? Report B differs \(figures, what is counted, precision\): B8/,
		);
	});

	it('lesson 5 shows its comparison tables from the ledger', async () => {
		const { page } = await session.open('/lessons/comparing-reports/');
		expect(await page.locator('table.claim-table').count()).toBeGreaterThanOrEqual(4);
		await expect(
			page.locator('table.claim-table').first().locator('a.row-link').first().getAttribute('href'),
		).resolves.toMatch(/\/compare\/#claim-/);
	});
});
