// Read-aloud on a lesson (issue 22), with the browser's speech synthesis replaced by a recorder: what it says and in
// what order, pause, resume, stop and speed, by mouse and keyboard, the highlight, loading on demand, and no button
// where the browser cannot speak.
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { installSpeechStub, removeSpeech, type SpeechRecord, type StubVoice } from './speech-stub';

const LESSON = '/lessons/background/';

describeBrowser('read-aloud', () => {
	const session = useBrowser();

	async function open(init: () => void, path = LESSON, voices?: { list: StubVoice[]; late?: number }) {
		const context = await session.browser.newContext();
		if (voices)
			await context.addInitScript((v) => {
				Object.assign(window, { __voices: v.list, __voicesLate: v.late });
			}, voices);
		await context.addInitScript(init);
		const page = await context.newPage();
		const errors: string[] = [];
		const scripts: string[] = [];
		page.on('pageerror', (error) => errors.push(error.message));
		page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
		page.on('request', (r) => void (r.resourceType() === 'script' && scripts.push(r.url())));
		await page.goto(siteUrl(path), { waitUntil: 'load' });
		return { page, errors, scripts };
	}
	const record = (page: Page) => page.evaluate(() => (window as unknown as { __speech: SpeechRecord }).__speech);
	const listen = (page: Page) => page.getByRole('button', { name: /^Listen/ });
	const hold = (page: Page) => page.evaluate(() => ((window as unknown as { __hold: boolean }).__hold = true));

	it('reads the title, headings and paragraphs in order, without citation markers, the quiz or the appendix', async () => {
		const { page, errors, scripts } = await open(installSpeechStub);
		expect(scripts.some((s) => s.includes('read-aloud.'))).toBe(false);
		await listen(page).click();
		await page.waitForFunction(
			() => document.querySelector('[data-read-aloud]')?.getAttribute('data-state') === 'idle',
		);
		expect(scripts.some((s) => /read-aloud\.[\w-]+\.js$/.test(s))).toBe(true);
		const said = (await record(page)).spoken.map((s) => s.text);
		expect(said[0]).toBe('Lesson 1: Background to the ceasefire in Nagorno-Karabakh');
		const headings = await page.$$eval('.sl-markdown-content h2', (hs) => hs.map((h) => h.textContent.trim()));
		const read = headings.slice(0, headings.indexOf('Quiz'));
		expect(said.filter((s) => headings.includes(s))).toEqual(read);
		const inShort = said.indexOf('In short');
		expect(said.slice(inShort + 1, inShort + 3)).toEqual([
			'The world counts the region as part of Azerbaijan.',
			'Report A says most of its 120,000 people are ethnic Armenians.',
		]);
		// A list item with a quotation, and a sentence with a glossary term (not its definition), read as written.
		expect(said).toContain('Report A says its population of 120,000 is overwhelmingly ethnic Armenian.');
		expect(said).toContain(
			'Report A says Azerbaijan had put the region under a blockade for nine months before the offensive.',
		);
		const all = said.join('\n');
		expect(all).not.toContain('Full entry in the glossary');
		expect(all).not.toMatch(/\[[AB]\d*|Report [AB], paragraph \d/);
		const quizPrompt = await page.locator('quiz-form legend').first().textContent();
		expect(all).not.toContain(quizPrompt!.trim().slice(0, 30));
		expect(all).not.toContain('Sources cited in this lesson');
		expect(all).not.toContain('Check what you have learned');
		expect(errors).toEqual([]);
	});

	it('pauses, resumes and stops; the sentence being read is highlighted; speed applies to what is said next', async () => {
		const { page, errors } = await open(installSpeechStub);
		await hold(page);
		await listen(page).click();
		const pause = page.getByRole('button', { name: 'Pause' });
		await pause.waitFor();
		const highlighted = () =>
			page.evaluate(() => {
				const ranges = CSS.highlights.get('read-aloud');
				return ranges ? [...ranges].map((r) => (r instanceof Range ? r.toString() : '')).join('') : null;
			});
		expect(await highlighted()).toBe('Lesson 1: Background to the ceasefire in Nagorno-Karabakh');
		await pause.click();
		expect((await record(page)).calls).toContain('pause');
		await page.getByRole('button', { name: 'Resume' }).click();
		expect((await record(page)).calls).toContain('resume');
		await page.getByLabel('Speed').selectOption({ label: 'Faster' });
		await page.waitForFunction(() => (window as unknown as { __speech: SpeechRecord }).__speech.spoken.length === 2);
		expect((await record(page)).spoken.at(-1)).toMatchObject({ rate: 1.25 });
		await page.getByRole('button', { name: 'Stop' }).click();
		expect((await record(page)).calls.at(-1)).toBe('cancel');
		expect(await highlighted()).toBeNull();
		await expect(listen(page).isVisible()).resolves.toBe(true);
		expect(errors).toEqual([]);
	});

	it('works from the keyboard, and focus follows the controls', async () => {
		const { page } = await open(installSpeechStub);
		await hold(page);
		await listen(page).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Pause' }).waitFor();
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Pause');
		await page.keyboard.press('Space');
		expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Resume');
		await page.keyboard.press('Tab');
		await page.keyboard.press('Enter');
		expect((await record(page)).calls).toEqual(expect.arrayContaining(['speak', 'pause', 'cancel']));
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Listen to this lesson');
	});

	const voice = (name: string, lang: string, localService: boolean, isDefault = false): StubVoice => ({
		name,
		lang,
		localService,
		default: isDefault,
		voiceURI: name,
	});
	const finish = (page: Page) =>
		page.waitForFunction(() => document.querySelector('[data-read-aloud]')?.getAttribute('data-state') === 'idle');
	const note = (page: Page) => page.getByText('This browser offers no voice on this device');

	it('reads with an English voice on the device, not the default network voice, once the voices load', async () => {
		const list = [
			voice('Google US English', 'en-US', false, true),
			voice('Amélie', 'fr-FR', true),
			voice('Daniel', 'en-GB', true),
		];
		const { page, errors } = await open(installSpeechStub, LESSON, { list, late: 300 });
		await listen(page).click();
		await finish(page);
		const used = new Set((await record(page)).spoken.map((s) => s.voice));
		expect([...used]).toEqual(['Daniel']);
		await expect(note(page).count()).resolves.toBe(1);
		await expect(note(page).isVisible()).resolves.toBe(false);
		expect(errors).toEqual([]);
	});

	it('with only network voices, reads with the browser default and says its voice may use the network', async () => {
		const { page, errors } = await open(installSpeechStub, LESSON, {
			list: [voice('Google US English', 'en-US', false, true), voice('Amélie', 'fr-FR', true)],
		});
		await hold(page);
		await listen(page).click();
		await page.getByRole('button', { name: 'Pause' }).waitFor();
		await expect(note(page).isVisible()).resolves.toBe(true);
		expect((await record(page)).spoken[0]).toMatchObject({ voice: undefined });
		expect(errors).toEqual([]);
	});

	it('shows no Listen button where the browser has no speech synthesis, or without JavaScript', async () => {
		const { page, errors } = await open(removeSpeech);
		expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
		expect(await listen(page).count()).toBe(0);
		expect(errors).toEqual([]);
		const { page: noJs } = await session.open(LESSON, { javaScriptEnabled: false });
		expect(await listen(noJs).count()).toBe(0);
		await expect(noJs.getByText(/^About \d+ minutes to read/).isVisible()).resolves.toBe(true);
	});

	it('is on every lesson, and on no other page', async () => {
		for (const lesson of ['background', 'actors', 'ceasefire-terms', 'open-questions', 'comparing-reports']) {
			const { page } = await open(installSpeechStub, `/lessons/${lesson}/`);
			expect(await listen(page).count(), lesson).toBe(1);
		}
		const { page } = await open(installSpeechStub, '/teachers/');
		expect(await listen(page).count()).toBe(0);
	});
});
