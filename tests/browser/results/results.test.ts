// /teachers/results/ in a real Chromium (contracts.md, "Receipts and class results"): three students hand in a test
// in their own browser profiles; the teacher pastes their receipts and a damaged one, or opens .txt files, a .zip or a
// .csv; the class table, per-question results and the downloaded CSV agree with the quiz's own scores. Offline too,
// with no request leaving the site, by keyboard, and axe-clean.
import { strToU8, zipSync } from 'fflate';
import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { axeViolations } from '../../support/axe';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';
import { damaged, handInAs, type HandedIn } from '../../support/class-receipts';

const QUIZ = 'ceasefire-terms';
const rowsOf = (page: Page) =>
	page
		.locator('.class-table tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('th, td')].slice(0, 3).map((c) => (c.textContent ?? '').trim())),
		);
const status = (page: Page) =>
	page
		.getByRole('status')
		.filter({ hasText: /attempt/ })
		.textContent();

describeBrowser('class results (/teachers/results/)', () => {
	const session = useBrowser();
	let students: HandedIn[] = [];

	beforeAll(async () => {
		students = [
			await handInAs(session.browser, QUIZ, 'Ani Petrosyan', () => false),
			await handInAs(session.browser, QUIZ, 'Babken Sargsyan', (i) => i === 0),
			await handInAs(session.browser, QUIZ, 'Chinara Aliyeva', (i) => i < 3),
		];
	}, 120_000);

	const open = async () => {
		const { page, errors } = await session.open('/teachers/results/');
		const foreign: string[] = [];
		const origin = new URL(siteUrl()).origin;
		page.on('request', (r) => {
			if (!/^(data|blob):/.test(r.url()) && new URL(r.url()).origin !== origin) foreign.push(r.url());
		});
		await page.locator('class-results[data-ready]').waitFor();
		return { page, errors, foreign };
	};
	/** The class table's rows (in any order): one per student, with the score the student's own page gave. */
	const expectClass = async (page: Page) => {
		const sorted = async () => (await rowsOf(page)).sort((a, b) => a[0]!.localeCompare(b[0]!));
		await expect.poll(sorted).toEqual(students.map((s) => [s.name, 'The ceasefire terms', s.score]));
	};

	it('pasted receipts and a damaged one: the table, each question, the CSV, the could-not-read list; a reload keeps them', async () => {
		const { page, errors, foreign } = await open();
		const box = page.getByRole('textbox', { name: /^Receipts/ });
		await box.fill(`${students.map((s) => s.text).join('\n---\n')}\nand this one:\n${damaged(students[0]!.text)}`);
		await expectClass(page);
		await expect.poll(() => status(page)).toMatch(/^3 attempts of 1 quiz; 1 could not be read\./);
		const unread = page.locator('[data-results-unread] li');
		await expect(unread.allTextContents()).resolves.toEqual([
			expect.stringMatching(/^pasted text, line 14: the code (is damaged|was changed)/),
		]);
		// Per question: the first graded question right for Ani only (a third), the fourth right for all three.
		const firstRow = page.locator('.question-table tbody tr').first();
		await expect(firstRow.locator('td').first().textContent()).resolves.toBe('33% (1 of 3)');
		await expect(firstRow.getByRole('link', { name: 'Evidence for question 1' }).getAttribute('href')).resolves.toMatch(
			/\/sources\/report-[ab]\/#p\d+$/,
		);
		const fourth = page.locator('.question-table tbody tr').nth(3);
		await expect(fourth.locator('td').nth(0).textContent()).resolves.toBe('100% (3 of 3)');
		await expect(fourth.locator('td').nth(3).textContent()).resolves.toBe('none');
		await expect(page.locator('.score-table').count()).resolves.toBe(1);

		// Download CSV: one row per attempt, a column per graded question.
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('link', { name: /^Download CSV/ }).click(),
		]);
		const csv = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8').trim()).data;
		const graded = await page.locator('.question-table tbody tr').count();
		expect(csv[0]!.slice(0, 4)).toEqual(['Name', 'Quiz', 'Score', 'Out of']);
		expect(csv[0]).toHaveLength(8 + graded);
		expect(csv.slice(1).map((r) => [r[0], `${r[2]} of ${r[3]}`])).toEqual(students.map((s) => [s.name, s.score]));

		// Sorting by keyboard: the Score header's button, aria-sort on its column header.
		const scoreHeader = page.locator('.class-table').getByRole('columnheader', { name: 'Score', exact: true });
		await scoreHeader.getByRole('button').focus();
		await page.keyboard.press('Enter');
		await expect(scoreHeader.getAttribute('aria-sort')).resolves.toBe('descending');
		await expect.poll(async () => (await rowsOf(page)).map((r) => r[0])).toEqual(students.map((s) => s.name));
		await page.keyboard.press('Space');
		await expect(scoreHeader.getAttribute('aria-sort')).resolves.toBe('ascending');
		await expect.poll(async () => (await rowsOf(page))[0]![0]).toBe('Chinara Aliyeva');

		// The print view: the results without the inputs.
		await page.emulateMedia({ media: 'print' });
		await expect(box.isVisible()).resolves.toBe(false);
		for (const table of ['.class-table', '.question-table', '.score-table'])
			await expect(page.locator(table).isVisible(), table).resolves.toBe(true);
		await page.emulateMedia({ media: 'screen' });

		await page.reload();
		await page.locator('class-results[data-ready]').waitFor();
		await expectClass(page);
		await expect(box.inputValue()).resolves.toContain(students[2]!.text.trim());
		await expect(axeViolations(page)).resolves.toEqual([]);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('the same through .txt files, a .zip and a .csv, offline; given twice counts once; corrupt storage is cleared', async () => {
		const { page, errors, foreign } = await open();
		await page.context().setOffline(true);
		const files = page.getByLabel(/^Or open files/);
		const txt = (s: HandedIn, i: number) => ({
			name: `receipt-${i}.txt`,
			mimeType: 'text/plain',
			buffer: Buffer.from(s.text),
		});
		await files.setInputFiles(students.map(txt));
		await expectClass(page);
		await page.getByRole('button', { name: 'Clear all receipts' }).click();
		await expect.poll(() => rowsOf(page)).toEqual([]);

		const zip = zipSync({
			'Class 4B/Ani/receipt.txt': strToU8(students[0]!.text),
			'Class 4B/Babken/nested/receipt.txt': strToU8(students[1]!.text),
			'Class 4B/Chinara/receipt.txt': strToU8(students[2]!.text),
			'Class 4B/Chinara/drawing.png': new Uint8Array([137, 80, 78, 71]),
		});
		await files.setInputFiles({ name: 'Class 4B.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
		await expectClass(page);
		await expect(page.locator('[data-results-unread] li').allTextContents()).resolves.toEqual([
			'Class 4B.zip › Class 4B/Chinara/drawing.png: not a .txt, .csv or .docx file, so not read',
		]);
		await page.getByRole('button', { name: 'Clear all receipts' }).click();

		const quote = (t: string) => `"${t.trim().replace(/"/g, '""')}"`;
		const csv = ['Timestamp,Name,Receipt', ...students.map((s, i) => `2026/12/07 10:0${i},${s.name},${quote(s.text)}`)];
		await files.setInputFiles({ name: 'responses.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.join('\n')) });
		await expectClass(page);
		// The same attempt again, pasted: counted once and flagged with both places.
		await page.getByRole('textbox', { name: /^Receipts/ }).fill(students[1]!.text);
		await expect
			.poll(() => page.locator('tr.flagged').textContent())
			.toMatch(/given 2 times \(counted once\): pasted text, line 2; responses\.csv, row 3, column "Receipt", line 2/);
		await expectClass(page);

		await page.context().setOffline(false);
		await page.evaluate(() => localStorage.setItem('karabakh-guide:results:v1', '{"v":1,"paste":'));
		await page.reload();
		await page.locator('class-results[data-ready]').waitFor();
		await expect.poll(() => status(page)).toMatch(/could not be read back, so they were cleared/);
		await expect.poll(() => rowsOf(page)).toEqual([]);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});
});
