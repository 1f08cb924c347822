import { expect, it } from 'vitest';
import { readSources } from '../../../src/lib/sources/seeds';
import { describeBrowser, useBrowser } from '../../support/browser';
import { searchInDialog } from '../../support/pagefind';

const sources = readSources('seeds');

describeBrowser('source pages', () => {
	const session = useBrowser();

	for (const source of sources) {
		it(`/sources/${source.id}/ shows all ${source.paragraphs.length} paragraphs verbatim under #pN`, async () => {
			const { page, errors } = await session.open(`/sources/${source.id}/`);
			const shown = await page.$$eval('[id^="p"]', (els) =>
				els.filter((el) => /^p\d+$/.test(el.id)).map((el) => [el.id, el.textContent]),
			);
			expect(shown).toEqual(source.paragraphs.map((p) => [`p${p.n}`, p.text]));
			expect(errors).toEqual([]);
		});
	}

	it('each paragraph number is a visible link to its own anchor', async () => {
		const { page } = await session.open('/sources/report-b/#p10');
		const link = page.getByRole('link', { name: 'Report B, paragraph 10', exact: true });
		await expect(link.isVisible()).resolves.toBe(true);
		await expect(link.getAttribute('href')).resolves.toBe('#p10');
	});

	it('marks captions and boilerplate as not part of the report text', async () => {
		const { page } = await session.open('/sources/report-b/');
		const caption = page.locator('li', { has: page.locator('#p5') });
		await expect(caption.locator('.kind').textContent()).resolves.toMatch(/Image caption/);
		const boilerplate = page.locator('li', { has: page.locator('#p26') });
		await expect(boilerplate.locator('.kind').textContent()).resolves.toMatch(/boilerplate/);
	});

	it('says what is not known: report A names no outlet', async () => {
		const { page } = await session.open('/sources/report-a/');
		const outlet = page.locator('dt', { hasText: 'Outlet' }).locator('xpath=following-sibling::dd');
		await expect(outlet.textContent()).resolves.toMatch(/Not stated in the text/);
	});

	it('the sources index links to every source page', async () => {
		const { page } = await session.open('/sources/');
		for (const source of sources) {
			await expect(page.getByRole('link', { name: source.label, exact: true }).count()).resolves.toBe(1);
		}
	});
});

describeBrowser('home page', () => {
	const session = useBrowser();

	it('loads with no console errors, a content note and a description meta', async () => {
		const { page, errors } = await session.open('/');
		await page.waitForLoadState('networkidle');
		expect(errors).toEqual([]);
		await expect(page.getByText('Content note').count()).resolves.toBeGreaterThan(0);
		const description = await page.locator('meta[name="description"]').getAttribute('content');
		expect(description).toMatch(/classroom guide/);
	});

	it('has working search', async () => {
		const { page } = await session.open('/');
		await searchInDialog(page, 'Pashinyan');
		await expect(
			page
				.locator('.pagefind-ui__result-link')
				.first()
				.waitFor({ timeout: 15_000 })
				.then(() => true),
		).resolves.toBe(true);
	});
});
