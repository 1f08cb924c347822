import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { ExportedQuiz } from '../../../src/lib/exports/json';
import { describeBrowser, siteUrl, useBrowser } from '../../support/browser';

/** Elements a printed sheet must not show: site header, sidebars, search, buttons, footer. */
async function visibleChrome(page: Page): Promise<string[]> {
	return page.evaluate(() =>
		['.page > header', 'nav.sidebar', 'site-search', '.right-sidebar-container', 'button', 'footer', '.sl-skip-link']
			.flatMap((selector) => [...document.querySelectorAll<HTMLElement>(selector)].map((el) => ({ selector, el })))
			.filter(
				({ el }) =>
					el.offsetParent !== null ||
					(getComputedStyle(el).position === 'fixed' && getComputedStyle(el).display !== 'none'),
			)
			.map(({ selector }) => selector),
	);
}

const quizzes = ['background', 'review'];

describeBrowser('classroom kit in print', () => {
	const session = useBrowser();

	for (const id of quizzes) {
		it(`worksheet ${id}: printed, it shows every prompt and no answer, explanation or evidence`, async () => {
			const { page, errors } = await session.open(`/teachers/worksheets/${id}/`);
			const quiz = (await (await page.request.get(siteUrl(`/exports/${id}.json`))).json()) as ExportedQuiz;
			await page.emulateMedia({ media: 'print' });
			expect(await visibleChrome(page)).toEqual([]);
			const printed = (await page.locator('.sheet').innerText()).replace(/\s+/g, ' ');
			for (const q of quiz.questions) {
				expect(printed, q.id).toContain(q.prompt.replace(/\s+/g, ' '));
				if (q.explanation) expect(printed, `${q.id} explanation`).not.toContain(q.explanation.slice(0, 40));
				for (const e of q.evidence) expect(printed, `${q.id} evidence`).not.toContain(e.quote);
				if ('answers' in q) expect(printed, `${q.id} answer`).not.toContain(q.answers[0]);
			}
			expect(printed).not.toMatch(/Answer:/);
			await expect(page.locator('.sheet .name-line').isVisible()).resolves.toBe(true);
			expect(errors).toEqual([]);
		});

		it(`answer key ${id}: printed, it shows every answer with its evidence, and is kept out of search`, async () => {
			const { page } = await session.open(`/teachers/answer-keys/${id}/`);
			const quiz = (await (await page.request.get(siteUrl(`/exports/${id}.json`))).json()) as ExportedQuiz;
			await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/);
			await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(0);
			await page.emulateMedia({ media: 'print' });
			expect(await visibleChrome(page)).toEqual([]);
			const printed = (await page.locator('.sheet').innerText()).replace(/\s+/g, ' ');
			for (const q of quiz.questions) {
				if ('options' in q) for (const o of q.options.filter((x) => x.correct)) expect(printed, q.id).toContain(o.text);
				if ('answers' in q) expect(printed, q.id).toContain(q.answers[0]);
				if ('items' in q) for (const item of q.items) expect(printed, q.id).toContain(item);
				if ('pairs' in q) for (const p of q.pairs) expect(printed, q.id).toContain(`${p.left} → ${p.right}`);
				if ('guidance' in q) expect(printed, q.id).toContain(q.guidance[0]!.slice(0, 40));
				if (q.explanation) expect(printed, q.id).toContain(q.explanation);
				for (const e of q.evidence) expect(printed, q.id).toContain(e.quote.replace(/\s+/g, ' '));
			}
		});
	}

	it('worksheets are kept out of search too', async () => {
		const { page } = await session.open('/teachers/worksheets/background/');
		await expect(page.locator('[data-pagefind-body]').count()).resolves.toBe(0);
	});

	it("the teacher's guide links every quiz's worksheet, answer key and downloads, and each exists", async () => {
		const { page } = await session.open('/teachers/');
		const index = (await (await page.request.get(siteUrl('/exports/index.json'))).json()) as {
			quizzes: { id: string; gift: string; qti: string; json: string }[];
		};
		for (const q of index.quizzes) {
			for (const path of [`/teachers/worksheets/${q.id}/`, `/teachers/answer-keys/${q.id}/`, q.gift, q.qti, q.json]) {
				const link = page.locator(`.teacher-kit a[href="${path}"]`);
				await expect(link.count(), path).resolves.toBe(1);
				const response = await page.request.get(siteUrl(path));
				expect(response.status(), path).toBe(200);
			}
		}
	});

	it('each quiz page sends teachers to the guide for worksheets and keys, with no link to its answer key (issue 24)', async () => {
		const { page } = await session.open('/quizzes/actors/');
		await expect(page.getByRole('link', { name: "teacher's guide" }).getAttribute('href')).resolves.toBe('/teachers/');
		await expect(page.locator('a[href*="/teachers/answer-keys/"]').count()).resolves.toBe(0);
	});
});
