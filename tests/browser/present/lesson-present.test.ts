// Starters and exit questions on a projector (/teachers/present/): one per screen, in large type, the same words as
// the lesson plans in the teacher's guide (both come from src/content/lesson-screens.yaml).
import { expect, it } from 'vitest';
import { axeViolations } from '../../support/axe';
import { describeBrowser, useBrowser } from '../../support/browser';

const clean = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describeBrowser('starters and exit questions in present mode', () => {
	const session = useBrowser();

	it('one per screen from the linked lesson on, large, with the guide’s own words; axe-clean', async () => {
		const guide = await session.open('/teachers/');
		const cells = await guide.page
			.locator('td')
			.filter({ hasText: /^(Starter|Exit question)\./ })
			.allTextContents();
		expect(cells).toHaveLength(10);
		const { page, errors } = await session.open('/teachers/present/#actors');
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.locator('.present-deck[data-ready]').waitFor();
		const position = page.locator('.present-position');
		await expect(position.textContent()).resolves.toBe('3 of 10');
		const screen = page.locator('.present-screen:not([hidden])');
		await expect(screen.locator('h2').textContent()).resolves.toMatch(/^Lesson 2: Who is who Starter$/);
		const size = await screen.locator('p').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
		expect(size).toBeGreaterThanOrEqual(32);
		// The same words as the guide's table (its cell starts with the part's name).
		expect(clean(cells[2]!)).toBe(`Starter. ${clean(await screen.locator('p').textContent())}`);
		await expect(page.getByRole('button', { name: /^Reveal answer/ }).count()).resolves.toBe(0);
		await page.keyboard.press('ArrowRight');
		await expect(position.textContent()).resolves.toBe('4 of 10');
		expect(clean(cells[3]!)).toBe(`Exit question. ${clean(await screen.locator('p').textContent())}`);
		await page.getByRole('button', { name: /^Previous/ }).click();
		await expect(position.textContent()).resolves.toBe('3 of 10');
		await expect(axeViolations(page)).resolves.toEqual([]);
		expect(errors).toEqual([]);
	});
});
