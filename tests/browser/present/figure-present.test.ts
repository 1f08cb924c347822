// Lesson figures on a projector (contracts.md, "Present mode": "Each lesson's figures … can be shown the same way"):
// a "Present" button shows the figure filling the screen, the map with its neighbouring countries labelled large.
import { expect, it } from 'vitest';
import { axeViolations } from '../../support/axe';
import { describeBrowser, useBrowser } from '../../support/browser';

const PROJECTOR = { width: 1280, height: 720 };
const NEIGHBOURS = ['ARMENIA', 'AZERBAIJAN', 'GEORGIA', 'IRAN', 'TURKEY', 'RUSSIA'];

describeBrowser('lesson figures in present mode', () => {
	const session = useBrowser();

	it('the map fills the screen with every neighbouring country labelled at 36 px or more; Close returns', async () => {
		const { page, errors } = await session.open('/lessons/background/');
		await page.setViewportSize(PROJECTOR);
		const open = page.getByRole('button', { name: 'Present the map' });
		await open.click();
		const dialog = page.getByRole('dialog', { name: 'the map' });
		await dialog.waitFor();
		const map = dialog.locator('svg');
		const box = (await map.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(PROJECTOR.height * 0.9);
		const labels = await dialog
			.locator('.country-label')
			.evaluateAll((texts) => texts.map((t) => ({ text: t.textContent.trim(), px: t.getBoundingClientRect().height })));
		expect(labels.map((l) => l.text).sort()).toEqual([...NEIGHBOURS].sort());
		for (const l of labels) expect(l.px, l.text).toBeGreaterThanOrEqual(36);
		await expect(axeViolations(page)).resolves.toEqual([]);
		await dialog.getByRole('button', { name: 'Close' }).click();
		await expect(dialog.count()).resolves.toBe(0);
		// The map is back in the lesson, in its place, and focus is on the button that opened it.
		await expect(page.locator('present-figure figure.locator-map svg').isVisible()).resolves.toBe(true);
		await expect(open.evaluate((b) => b === document.activeElement)).resolves.toBe(true);
		expect(errors).toEqual([]);
	});

	it('the actor diagram and the timeline present the same way; Escape closes', async () => {
		for (const [path, name] of [
			['/lessons/actors/', 'the diagram'],
			['/lessons/background/', 'the timeline'],
		] as const) {
			const { page, errors } = await session.open(path);
			await page.setViewportSize(PROJECTOR);
			await page.getByRole('button', { name: `Present ${name}` }).click();
			const dialog = page.getByRole('dialog', { name });
			await dialog.waitFor();
			const box = (await dialog.boundingBox())!;
			expect(box.width).toBe(PROJECTOR.width);
			expect(box.height).toBe(PROJECTOR.height);
			await page.keyboard.press('Escape');
			await expect(dialog.count()).resolves.toBe(0);
			expect(errors).toEqual([]);
		}
	});

	it('without JavaScript there is no Present button, and the figure stays in the lesson', async () => {
		const { page } = await session.open('/lessons/background/', { javaScriptEnabled: false });
		await expect(page.getByRole('button', { name: /^Present/ }).count()).resolves.toBe(0);
		await expect(page.locator('figure.locator-map svg').isVisible()).resolves.toBe(true);
	});
});
