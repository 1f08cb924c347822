// Glossary terms explained in place (issue 22): a term in a lesson opens its short definition on the page, with a
// link to the full entry, with or without JavaScript; Escape closes it and focus returns; on paper it is a link.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, useBrowser } from '../../support/browser';

const LESSON = '/lessons/background/';

describeBrowser('glossary terms in lessons', () => {
	const session = useBrowser();
	const popover = (page: Page) => page.locator('#term-enclave');
	/** What Chromium tells assistive technology: the term button's "expanded" state. */
	const expanded = async (page: Page) => {
		const cdp = await page.context().newCDPSession(page);
		const { root } = (await cdp.send('DOM.getDocument')) as { root: { nodeId: number } };
		const { nodes } = (await cdp.send('Accessibility.queryAXTree', {
			nodeId: root.nodeId,
			accessibleName: 'enclave',
			role: 'button',
		})) as { nodes: { properties?: { name: string; value: { value: unknown } }[] }[] };
		return nodes[0]?.properties?.find((p) => p.name === 'expanded')?.value.value;
	};
	const focused = (page: Page) => page.evaluate(() => document.activeElement?.className ?? '');

	for (const javaScriptEnabled of [true, false]) {
		it(`opens the definition in place and closes it with Escape (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
			const { page, errors } = await session.open(LESSON, { javaScriptEnabled });
			const term = page.getByRole('button', { name: 'enclave', exact: true });
			expect(await popover(page).isVisible()).toBe(false);
			await term.click();
			expect(await popover(page).isVisible()).toBe(true);
			expect(await expanded(page)).toBe(true);
			expect(await page.evaluate(() => document.querySelector('#term-enclave')!.matches(':popover-open'))).toBe(true);
			await expect(popover(page).textContent()).resolves.toContain('An area surrounded by a larger territory.');
			const full = popover(page).getByRole('link', { name: 'Full entry in the glossary' });
			expect(await full.getAttribute('href')).toBe('/glossary/#enclave');
			await page.keyboard.press('Escape');
			expect(await popover(page).isVisible()).toBe(false);
			expect(await expanded(page)).toBe(false);
			expect(await focused(page)).toContain('term-button');
			// Into the definition by keyboard, then Escape: focus comes back to the term.
			await page.keyboard.press('Enter');
			expect(await popover(page).isVisible()).toBe(true);
			await page.keyboard.press('Tab');
			expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Full entry in the glossary');
			await page.keyboard.press('Escape');
			expect(await popover(page).isVisible()).toBe(false);
			expect(await focused(page)).toContain('term-button');
			// The Close button closes it too.
			await term.click();
			await popover(page).getByRole('button', { name: 'Close' }).click();
			expect(await popover(page).isVisible()).toBe(false);
			expect(errors).toEqual([]);
		});
	}

	it('the full entry link lands on the glossary entry', async () => {
		const { page } = await session.open(LESSON);
		await page.getByRole('button', { name: 'enclave', exact: true }).click();
		await popover(page).getByRole('link', { name: 'Full entry in the glossary' }).click();
		await page.waitForURL(/\/glossary\/#enclave$/);
		expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('enclave');
	});

	it('in print, a term is a plain link and no button', async () => {
		const { page } = await session.open(LESSON);
		await page.emulateMedia({ media: 'print' });
		const link = page.locator('a.term-link[href="/glossary/#enclave"]');
		expect(await link.isVisible()).toBe(true);
		expect(await page.getByRole('button', { name: 'enclave', exact: true }).isVisible()).toBe(false);
	});
});
