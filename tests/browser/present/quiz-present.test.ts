// Present mode of a quiz (contracts.md, "Present mode"), at a projector's 1280 × 720: one question per screen, no
// sidebar, large type, Next/Previous/arrow keys, Reveal answer with the evidence, the order of test mode with the
// same seed, nothing stored; the Join screen's QR code; axe-clean.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { axeViolations } from '../../support/axe';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';

const PROJECTOR = { width: 1280, height: 720 };

/** Each question's options (or rows) as the page shows them, in test mode. */
async function testModeOrder(page: Page): Promise<string[][]> {
	await page.locator('quiz-form[data-ready="test"]').waitFor();
	return page
		.locator('fieldset[data-qid]')
		.evaluateAll((boxes) =>
			boxes.map((b) =>
				[...b.querySelectorAll('.option span, .row label')].map((e) => e.textContent.replace(/\s+/g, ' ').trim()),
			),
		);
}

const screen = (page: Page) => page.locator('.present-screen:not([hidden])');

describeBrowser('present mode of a quiz (?mode=present)', () => {
	const session = useBrowser();

	it('one question per screen, large type, no sidebar; Next, Previous, arrow keys; Reveal answer; nothing stored', async () => {
		const { page, errors } = await session.open('/quizzes/background/?mode=present&seed=3');
		await page.setViewportSize(PROJECTOR);
		await page.locator('.present-deck[data-ready]').waitFor();
		const total = await page.locator('fieldset[data-qid]').count();
		await expect(page.locator('.present-screen').count()).resolves.toBe(total);
		await expect(screen(page).count()).resolves.toBe(1);
		// No sidebar, no site header: only the deck shows.
		await expect(page.locator('#starlight__sidebar, .sidebar-pane').first().isVisible()).resolves.toBe(false);
		await expect(page.locator('header.header').isVisible()).resolves.toBe(false);
		const size = await screen(page)
			.locator('li')
			.first()
			.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
		expect(size).toBeGreaterThanOrEqual(32);
		const position = page.locator('.present-position');
		await expect(position.textContent()).resolves.toBe(`1 of ${total}`);
		await expect(page.getByRole('button', { name: /^Previous/ }).isDisabled()).resolves.toBe(true);
		await page.getByRole('button', { name: /^Next/ }).click();
		await expect(position.textContent()).resolves.toBe(`2 of ${total}`);
		await expect(screen(page).getAttribute('aria-label')).resolves.toBe('Question 2');
		await page.keyboard.press('ArrowRight');
		await expect(position.textContent()).resolves.toBe(`3 of ${total}`);
		await page.keyboard.press('ArrowLeft');
		await page.keyboard.press('ArrowLeft');
		await expect(position.textContent()).resolves.toBe(`1 of ${total}`);
		await page.getByRole('button', { name: /^Previous/ }).isDisabled();
		await page.keyboard.press('End');
		await expect(position.textContent()).resolves.toBe(`${total} of ${total}`);
		await page.keyboard.press('Home');
		// Reveal answer: the answer and its quoted evidence, with the paragraph's link.
		const reveal = screen(page).locator('.present-reveal');
		await expect(reveal.isVisible()).resolves.toBe(false);
		await page.getByRole('button', { name: /^Reveal answer/ }).click();
		await expect(reveal.isVisible()).resolves.toBe(true);
		await expect(reveal.textContent()).resolves.toMatch(/Answer:/);
		await expect(reveal.locator('blockquote').first().isVisible()).resolves.toBe(true);
		await expect(reveal.locator('a[href*="/sources/report-"]').first().isVisible()).resolves.toBe(true);
		await expect(page.getByRole('button', { name: /^Hide answer/ }).getAttribute('aria-expanded')).resolves.toBe(
			'true',
		);
		// Nothing graded or stored.
		// (Starlight's theme picker writes its "starlight-theme" key on every page; nothing else may be there.)
		const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k !== 'starlight-theme'));
		expect(keys).toEqual([]);
		await expect(page.locator('quiz-form').getAttribute('data-ready')).resolves.toBeNull();
		expect(errors).toEqual([]);
	});

	it('shows the options in the order test mode shows with the same seed', async () => {
		const test = await session.open('/quizzes/ceasefire-terms/?mode=test&seed=4');
		const expected = await testModeOrder(test.page);
		const { page } = await session.open('/quizzes/ceasefire-terms/?mode=present&seed=4');
		await page.locator('.present-deck[data-ready]').waitFor();
		const shown = await page
			.locator('.present-screen')
			.evaluateAll((screens) =>
				screens.map((s) =>
					[...s.querySelectorAll(':scope > ol li, :scope > ul:first-of-type li')].map((e) =>
						e.textContent.replace(/\s+/g, ' ').trim(),
					),
				),
			);
		const withChoices = expected.map((order, i) => [order, shown[i]!] as const).filter(([order]) => order.length);
		expect(withChoices.length).toBeGreaterThan(3);
		for (const [order, present] of withChoices) expect(present).toEqual(order);
		// Another seed gives another order somewhere (the check above is not trivially true).
		const other = await session.open('/quizzes/ceasefire-terms/?mode=test&seed=5');
		expect(await testModeOrder(other.page)).not.toEqual(expected);
	});

	it('Join shows the class period’s QR code and short link large; Exit leaves present mode', async () => {
		const { page, errors } = await session.open('/quizzes/ceasefire-terms/?mode=present&seed=3');
		await page.setViewportSize(PROJECTOR);
		await page.locator('.present-deck[data-ready]').waitFor();
		await page.getByRole('button', { name: /^Join/ }).click();
		const qr = page.getByRole('img', { name: /^QR code for .*\/q\/terms-3\/$/ });
		await qr.waitFor();
		await expect(qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).resolves.toBe(true);
		const box = (await qr.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(300);
		await expect(page.locator('.present-short').textContent()).resolves.toMatch(/\/q\/terms-3\/$/);
		await expect(screen(page).isVisible()).resolves.toBe(false);
		// While Join shows, the question buttons are out of the way (and out of the tab order).
		await expect(page.getByRole('button', { name: /^Next/ }).isVisible()).resolves.toBe(false);
		await page.getByRole('button', { name: /^Back to the questions/ }).click();
		await expect(screen(page).isVisible()).resolves.toBe(true);
		await page.getByRole('link', { name: 'Exit' }).click();
		await page.waitForURL((u) => !u.search.includes('present'));
		expect(new URL(page.url()).search).toBe('?seed=3');
		expect(errors).toEqual([]);
	});

	it('is axe-clean at 1280 × 720, with the answer revealed and on the Join screen', async () => {
		const { page } = await session.open('/quizzes/actors/?mode=present&seed=1');
		await page.setViewportSize(PROJECTOR);
		await page.locator('.present-deck[data-ready]').waitFor();
		await page.getByRole('button', { name: /^Reveal answer/ }).click();
		for (const step of ['revealed', 'join']) {
			if (step === 'join') await page.getByRole('button', { name: /^Join/ }).click();
			expect((await axeViolations(page)).map((line) => `${step}: ${line}`)).toEqual([]);
		}
	});

	it('without JavaScript the page stays the quiz as it is', async () => {
		const { page } = await session.open('/quizzes/background/?mode=present', { javaScriptEnabled: false });
		await expect(page.locator('.present-deck').count()).resolves.toBe(0);
		await expect(page.locator('fieldset[data-qid]').first().isVisible()).resolves.toBe(true);
		expect(siteUrl()).toBeTruthy();
	});
});
