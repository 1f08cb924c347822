// /sources/handout/ (issue 24, contracts.md "Present mode and the handout"): both reports verbatim with their
// paragraph numbers, none of the source pages' notes, on at most two printed sides of A4 or US Letter.
import { expect, it } from 'vitest';
import { readSources } from '../../../src/lib/sources/seeds';
import { describeBrowser, useBrowser } from '../../support/browser';
import { printedPages } from '../../support/pdf-pages';

const sources = readSources('seeds');

describeBrowser('the handout of the reports', () => {
	const session = useBrowser();

	it('gives every paragraph of every report verbatim, numbered as on the source pages', async () => {
		const { page, errors } = await session.open('/sources/handout/');
		for (const source of sources) {
			const section = page.getByRole('region', { name: source.label });
			const items = await section.locator('li').evaluateAll((lis) =>
				lis.map((li) => ({
					value: (li as HTMLLIElement).value,
					text: li.lastChild?.textContent ?? '',
					label: li.querySelector('.sr-only')?.textContent?.trim(),
				})),
			);
			expect(items).toEqual(
				source.paragraphs.map((p) => ({ value: p.n, text: p.text, label: `${source.label}, paragraph ${p.n}:` })),
			);
		}
		expect(errors).toEqual([]);
	});

	it('leaves out the notes: no comparisons, no "cited by", no kind labels, nothing for search', async () => {
		const { page } = await session.open('/sources/handout/');
		await expect(page.locator('.compared, .cited-by, .kind, .provenance').count()).resolves.toBe(0);
		await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(0);
	});

	for (const size of ['A4', 'Letter'] as const) {
		it(`prints on at most two sides of ${size}, without the site's header or links to notes`, async () => {
			const { page } = await session.open('/sources/handout/');
			const pages = await printedPages(page, size);
			expect(pages).toBeGreaterThan(0);
			expect(pages).toBeLessThanOrEqual(2);
			await page.emulateMedia({ media: 'print' });
			await expect(page.locator('.page > header').isVisible()).resolves.toBe(false);
			await expect(page.getByRole('link', { name: 'with notes' }).first().isVisible()).resolves.toBe(false);
		});
	}

	it('the source reports index and the teachers guide link to it', async () => {
		for (const path of ['/sources/', '/teachers/']) {
			const { page } = await session.open(path);
			await expect(page.locator('a[href$="/sources/handout/"]').count(), path).resolves.toBeGreaterThan(0);
		}
	});
});
