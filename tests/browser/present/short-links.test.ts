// Short links and QR codes (README, "Classroom kit"): a QR code drawn at build time, rendered by Chromium, decodes to
// the absolute short URL; the short link lands on the right quiz in test mode with the class period's seed.
import jsQR from 'jsqr';
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';

describeBrowser('short links and QR codes', () => {
	const session = useBrowser();

	it('the QR code, drawn by Chromium, decodes to the absolute short URL of the configured site and base path', async () => {
		const { page, errors } = await session.open('/teachers/share/');
		await page.getByText('Class period 3 (seed 3)').click();
		const img = page.getByRole('img', { name: /^QR code for .*\/q\/terms-3\/$/ });
		await img.scrollIntoViewIfNeeded();
		const src = await img.getAttribute('src');
		const pixels = await page.evaluate(async (src) => {
			const image = new Image();
			image.src = src;
			await image.decode();
			const canvas = Object.assign(document.createElement('canvas'), { width: 200, height: 200 });
			const context = canvas.getContext('2d')!;
			context.drawImage(image, 0, 0, 200, 200);
			return [...context.getImageData(0, 0, 200, 200).data];
		}, src!);
		const decoded = jsQR(Uint8ClampedArray.from(pixels), 200, 200)?.data;
		const site = process.env.SITE_URL ?? 'https://karabakh-ceasefire.example.org';
		const base = new URL(siteUrl()).pathname;
		const short = new URL(`${base}q/terms-3/`, site);
		expect(decoded).toBe(short.href);
		// The same address as text, to read out or type: without "https://".
		await expect(page.getByRole('link', { name: short.host + short.pathname, exact: true }).count()).resolves.toBe(1);
		expect(errors).toEqual([]);
	});

	it('the short link opens the quiz in test mode with the period’s seed, with or without JavaScript', async () => {
		for (const javaScriptEnabled of [true, false]) {
			const { page } = await session.open('/q/terms-3/', { javaScriptEnabled });
			await page.waitForURL(/\/quizzes\/ceasefire-terms\/\?mode=test&seed=3$/);
			if (javaScriptEnabled) await page.locator('quiz-form[data-ready="test"]').waitFor();
			expect(new URL(page.url()).pathname).toBe(new URL(siteUrl('/quizzes/ceasefire-terms/')).pathname);
		}
		const html = await (await fetch(siteUrl('/q/terms-3/'))).text();
		expect(html).toMatch(
			/<link rel="canonical" href="https?:\/\/[^"]+\/quizzes\/ceasefire-terms\/\?mode=test&amp;seed=3">/,
		);
		expect(html).toMatch(/<a href="[^"]*\/quizzes\/ceasefire-terms\/\?mode=test&amp;seed=3">open the quiz/);
	});

	it('the teachers’ table gives every quiz a short link, a QR code and a present link per class period', async () => {
		const { page } = await session.open('/teachers/share/');
		const quizzes = await (await page.request.get(siteUrl('/exports/index.json'))).json();
		const count = (Array.isArray(quizzes) ? quizzes : (quizzes as { quizzes: unknown[] }).quizzes).length;
		await expect(page.locator('tr[data-short]').count()).resolves.toBe(count * 6);
		await expect(page.locator('details.share-period').count()).resolves.toBe(6);
		await page.getByText('Class period 2 (seed 2)').click();
		await expect(page.getByRole('link', { name: 'Present, period 2' }).first().getAttribute('href')).resolves.toMatch(
			/\?mode=present&seed=2$/,
		);
	});
});
