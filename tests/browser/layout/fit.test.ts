// Every built page fits a 320 and a 360 CSS px phone (and so a laptop at 400 % zoom, WCAG 1.4.10 Reflow): no
// sideways scrolling, and the header's menu button and search control inside the viewport.
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { readablePages } from '../../support/site-pages';

const pages = readablePages();
const WIDTHS = [320, 360];

describeBrowser('every page fits a phone', () => {
	const session = useBrowser();
	const widest: Record<number, { path: string; width: number }> = {};

	for (const width of WIDTHS) {
		it(`at ${width} px: no page scrolls sideways, the header's controls are on screen`, async () => {
			const context = await session.browser.newContext({ viewport: { width, height: 640 } });
			const page = await context.newPage();
			const problems: string[] = [];
			for (const path of pages) {
				await page.goto(siteUrl(path), { waitUntil: 'load' });
				const fit = await page.evaluate(() => {
					const box = (selector: string) => {
						const element = document.querySelector(selector);
						if (!element || !(element as HTMLElement).offsetParent) return null;
						const r = element.getBoundingClientRect();
						return { left: r.left, right: r.right };
					};
					return {
						scrollWidth: document.documentElement.scrollWidth,
						header: !!document.querySelector('header.header'),
						menu: box('starlight-menu-button button'),
						search: box('site-search button[data-open-modal]'),
					};
				});
				if (!widest[width] || fit.scrollWidth > widest[width].width) widest[width] = { path, width: fit.scrollWidth };
				if (fit.scrollWidth > width) problems.push(`${path}: ${fit.scrollWidth} px wide`);
				for (const [name, box] of [
					['menu button', fit.menu],
					['search control', fit.search],
				] as const) {
					if (box && (box.left < 0 || box.right > width))
						problems.push(`${path}: the ${name} sits at ${box.left}–${box.right} px`);
				}
				// A page with Starlight's sidebar shows its menu button on a phone.
				if (fit.header && fit.menu === null && (await page.locator('starlight-menu-button').count()) > 0)
					problems.push(`${path}: the menu button is hidden`);
			}
			console.info(`widest page at ${width} px: ${widest[width]?.path} (${widest[width]?.width} px)`);
			await context.close();
			expect(problems).toEqual([]);
		}, 240_000);
	}
});
