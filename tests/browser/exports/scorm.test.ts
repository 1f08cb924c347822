// The SCORM 1.2 packages in a real LMS runtime (scorm-again) in headless Chromium: grades, interactions, relaunch,
// LMSFinish, sandboxed frames as in Kolibri, no console errors and no request outside the package.
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ExportedQuiz } from '../../../src/lib/exports/json';
import { describeBrowser, useBrowser } from '../../support/browser';
import { answer } from '../../support/quiz-answer';
import { startLms, type TestLms } from '../../support/scorm-lms';

const DIST = process.env.OUT_DIR ?? 'dist';
const exported = (id: string) => JSON.parse(readFileSync(`${DIST}/exports/${id}.json`, 'utf8')) as ExportedQuiz;
// The unit package's quizzes: every quiz but the route quizzes (their questions are in the lessons' quizzes).
const ids = (
	JSON.parse(readFileSync(`${DIST}/exports/index.json`, 'utf8')) as { quizzes: { id: string; route?: string }[] }
).quizzes
	.filter((q) => !q.route)
	.map((q) => q.id);
const graded = (quiz: ExportedQuiz) => quiz.questions.filter((q) => q.type !== 'discussion');
/** The quiz with the most graded questions: the longest attempt and the largest suspend_data. */
const longest = ids.map(exported).sort((a, b) => graded(b).length - graded(a).length)[0]!;

interface Interaction {
	id: string;
	type: string;
	result: string;
	student_response: string;
	latency: string;
	correct_responses: Record<string, { pattern: string }>;
}
interface Cmi {
	core: {
		lesson_status: string;
		score: { raw: string; min: string; max: string };
		session_time?: string;
		exit?: string;
	};
	suspend_data: string;
	interactions: Record<string, Interaction>;
}

describeBrowser('SCORM 1.2 packages in an LMS runtime', () => {
	const session = useBrowser();
	let lms: TestLms;
	beforeAll(async () => {
		lms = await startLms(
			readdirSync(`${DIST}/exports`)
				.filter((f) => f.endsWith('.scorm.zip'))
				.map((f) => `${DIST}/exports/${f}`),
		);
	});
	afterAll(async () => lms?.close());

	const masteryOf = (name: string) =>
		/<adlcp:masteryscore>([^<]+)</.exec(new TextDecoder().decode(lms.packages.get(name)!['imsmanifest.xml']))![1]!;

	/** Opens the LMS page and launches the SCO, recording console errors and every request. */
	async function launch(pkg: string, quizId: string, init?: object, sandbox?: string) {
		const context: BrowserContext = await session.browser.newContext();
		const page: Page = await context.newPage();
		const errors: string[] = [];
		const requests: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('request', (r) => requests.push(r.url()));
		page.on('response', (r) => r.status() >= 400 && errors.push(`http ${r.status()}: ${r.url()}`));
		await page.goto(`${lms.origin}/lms.html`);
		await page.waitForFunction(() => (window as unknown as { lmsReady?: boolean }).lmsReady);
		const init1 = { student_data: { mastery_score: masteryOf(pkg) }, ...init };
		await page.evaluate(
			([src, i, s]) =>
				(window as unknown as { launch: (a: string, b: object, c?: string) => void }).launch(
					src as string,
					i as object,
					s,
				),
			[`/pkg/${pkg}/quizzes/${quizId}/index.html`, init1, sandbox] as const,
		);
		const frame: FrameLocator = page.frameLocator('iframe');
		await frame.locator('quiz-form[data-ready]').waitFor();
		const cmi = () => page.evaluate(() => (window as unknown as { cmi: () => Cmi }).cmi());
		const calls = () => page.evaluate(() => (window as unknown as { calls: string[] }).calls);
		/** Requests outside the package being tested (the LMS page and its runtime aside). */
		const outside = () =>
			requests.filter(
				(url) =>
					!url.startsWith(`${lms.origin}/pkg/${pkg}/`) &&
					url !== `${lms.origin}/lms.html` &&
					!url.startsWith(`${lms.origin}/scorm-again/`),
			);
		return { context, page, frame, errors, cmi, calls, outside };
	}

	/** Answers every graded question (the first `wrong` of them wrongly) and hands the test in. */
	async function handIn(frame: FrameLocator, quiz: ExportedQuiz, wrong = 0): Promise<void> {
		for (const [i, q] of graded(quiz).entries()) await answer(frame, q, i < wrong, { check: false });
		await frame.getByRole('button', { name: /^Hand in/ }).click();
		await frame.locator('.summary .score:not(:empty)').waitFor();
	}
	const leave = async (page: Page) => {
		await page.evaluate(() => (window as unknown as { leave: () => void }).leave());
		await page.waitForFunction(() => (window as unknown as { calls: string[] }).calls.includes('LMSFinish'));
	};

	it('runs the test mode: all right, one interaction per question on "Hand in", raw = max, "passed"; a relaunch shows the handed-in attempt, locked', async () => {
		const run = await launch(longest.id, longest.id);
		const questions = graded(longest);
		await expect(run.frame.getByRole('button', { name: /^Check/ }).count()).resolves.toBe(0);
		for (const q of questions) await answer(run.frame, q, false, { check: false });
		expect(Object.keys((await run.cmi()).interactions)).toEqual([]);
		await run.frame.getByRole('button', { name: /^Hand in/ }).click();
		await expect(run.frame.locator('.summary').textContent()).resolves.toContain(
			`You scored ${questions.length} of ${questions.length}.`,
		);
		const cmi = await run.cmi();
		expect(cmi.core.score.raw).toBe(cmi.core.score.max);
		expect([cmi.core.score.min, cmi.core.score.max]).toEqual(['0', '100']);
		expect(cmi.core.lesson_status).toBe('passed');
		const interactions = Object.values(cmi.interactions);
		expect(interactions.map((i) => i.id)).toEqual(questions.map((q) => q.id));
		for (const i of interactions) {
			expect(i.result, i.id).toBe('correct');
			expect(i.student_response, i.id).not.toBe('');
			// Right answers match the first correct pattern, except typed fill-ins whose pattern is the canonical text.
			if (i.type !== 'fill-in') expect(i.student_response, i.id).toBe(i.correct_responses['0']!.pattern);
		}
		expect(new Set(interactions.map((i) => i.type))).toEqual(
			new Set(
				questions.map(
					(q) =>
						({
							single: 'choice',
							multiple: 'choice',
							'true-false': 'true-false',
							'fill-in': 'fill-in',
							order: 'sequencing',
							match: 'matching',
						})[q.type as string],
				),
			),
		);
		expect(cmi.suspend_data.length).toBeGreaterThan(0);
		expect(cmi.suspend_data.length).toBeLessThanOrEqual(4096);
		// Inside an LMS the package offers no new attempt of its own (contracts.md, "Quiz modes").
		await expect(run.frame.getByRole('button', { name: 'Start a new attempt' }).isVisible()).resolves.toBe(false);

		await leave(run.page);
		const after = await run.cmi();
		expect(after.core.session_time).toMatch(/^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
		expect(after.core.exit).toBe('suspend');
		expect(run.errors).toEqual([]);
		expect(run.outside()).toEqual([]);
		await run.context.close();

		// Relaunch: the LMS hands back suspend_data, and the page shows the handed-in attempt, locked.
		const again = await launch(longest.id, longest.id, {
			suspend_data: after.suspend_data,
			core: { entry: 'resume', lesson_status: after.core.lesson_status, score: { raw: after.core.score.raw } },
		});
		await expect(again.frame.locator('.summary').textContent()).resolves.toContain(
			`You scored ${questions.length} of ${questions.length}.`,
		);
		await expect(
			again.frame.locator(`fieldset[data-qid="${questions[0]!.id}"] [role="status"]`).textContent(),
		).resolves.toMatch(/^Correct/);
		await expect(again.frame.locator('fieldset input:not([disabled])').count()).resolves.toBe(0);
		expect(again.errors).toEqual([]);
		await again.context.close();
	});

	it('some answers wrong: the score of the handed-in answers, "failed" below the mastery score, each result as marked', async () => {
		const quiz = exported(ids[0]!);
		const questions = graded(quiz);
		const wrong = Math.ceil(questions.length / 2);
		const run = await launch(quiz.id, quiz.id);
		await handIn(run.frame, quiz, wrong);
		const cmi = await run.cmi();
		const results = Object.values(cmi.interactions).map((i) => [i.id, i.result]);
		expect(results.map(([id]) => id)).toEqual(questions.map((q) => q.id));
		for (const [i, [, result]] of results.entries())
			expect(result, questions[i]!.id).toMatch(i < wrong ? /^(wrong|0\.\d+)$/ : /^correct$/);
		const points = results.reduce((sum, [, r]) => sum + (r === 'correct' ? 1 : r === 'wrong' ? 0 : Number(r)), 0);
		expect(Number(cmi.core.score.raw)).toBeCloseTo((100 * points) / questions.length, 1);
		expect(Number(cmi.core.score.raw)).toBeLessThan(Number(masteryOf(quiz.id)));
		expect(cmi.core.lesson_status).toBe('failed');
		expect(run.errors).toEqual([]);
		expect(run.outside()).toEqual([]);
		await run.context.close();
	});

	it('nothing done after seeing the key raises the reported score: no new attempt, a relaunch stays locked', async () => {
		const quiz = exported(ids[0]!);
		const questions = graded(quiz);
		const run = await launch(quiz.id, quiz.id);
		await handIn(run.frame, quiz, questions.length);
		const first = await run.cmi();
		// The key is on the page now. A student who un-hides "Start a new attempt" and presses it gets nothing.
		await run.frame.locator('[data-action="new-attempt"]').evaluate((b) => ((b as HTMLElement).hidden = false));
		await run.frame.locator('[data-action="new-attempt"]').click();
		await expect(run.frame.locator('fieldset input:not([disabled])').count()).resolves.toBe(0);
		await leave(run.page);
		const suspended = await run.cmi();
		const calls = await run.calls();
		console.log(
			`CMI trace of an attempt that tries to raise its score after seeing the key (${quiz.id}):\n  ${calls.join('\n  ')}`,
		);
		// Each change of answers is written once: no suspend_data write repeats the one before it.
		const saves = calls.filter((call) => call.startsWith('cmi.suspend_data='));
		expect(saves.length).toBeGreaterThan(questions.length);
		expect(saves.filter((call, i) => call === saves[i - 1])).toEqual([]);
		await run.context.close();
		// Relaunched in the same attempt: the handed-in answers, locked; the LMS's score unchanged.
		const again = await launch(quiz.id, quiz.id, {
			suspend_data: suspended.suspend_data,
			core: { entry: 'resume', lesson_status: suspended.core.lesson_status, score: { raw: suspended.core.score.raw } },
		});
		await expect(again.frame.getByRole('button', { name: /^Hand in/ }).isVisible()).resolves.toBe(false);
		await expect(again.frame.locator('fieldset input:not([disabled])').count()).resolves.toBe(0);
		expect((await again.cmi()).core.score.raw).toBe(first.core.score.raw);
		expect(again.errors).toEqual([]);
		await again.context.close();
	});

	it('a result the LMS already holds for the attempt is final, neither lowered nor raised; review mode reports nothing', async () => {
		const quiz = exported(ids[0]!);
		const held = (raw: string, status: string) => ({
			core: { lesson_status: status, score: { raw, min: '0', max: '100' } },
		});
		// A launch whose suspend_data was lost, handed in again: all wrong after a 90, all right after a 40.
		for (const [raw, status, wrong] of [
			['90', 'passed', graded(quiz).length],
			['40', 'failed', 0],
		] as const) {
			const run = await launch(quiz.id, quiz.id, held(raw, status));
			await handIn(run.frame, quiz, wrong);
			const cmi = await run.cmi();
			expect([cmi.core.score.raw, cmi.core.lesson_status]).toEqual([raw, status]);
			expect(Object.keys(cmi.interactions)).toEqual([]);
			await run.context.close();
		}

		const review = await launch(quiz.id, quiz.id, { core: { lesson_mode: 'review', ...held('90', 'passed').core } });
		await review.frame.locator('quiz-form[data-ready]').waitFor();
		await leave(review.page);
		expect((await review.calls()).filter((c) => c.startsWith('cmi.'))).toEqual([]);
		await review.context.close();
	});

	it('the unit package: each quiz is its own SCO worth 1/n, so one quiz of six done at 100 % is not 100 in the gradebook', async () => {
		const unit = 'karabakh-ceasefire';
		const quiz = exported(ids[0]!);
		const run = await launch(unit, quiz.id);
		await handIn(run.frame, quiz);
		const cmi = await run.cmi();
		const share = 100 / ids.length;
		expect(Number(cmi.core.score.raw)).toBeCloseTo(share, 2);
		expect(Number(cmi.core.score.max)).toBeCloseTo(share, 2);
		expect(cmi.core.lesson_status).toBe('passed');
		// Moodle's grading methods over the unit's SCOs (mod/scorm/locallib.php): this quiz at 100 %, the others not done.
		const raws = [Number(cmi.core.score.raw), ...Array<number>(ids.length - 1).fill(0)];
		const sum = raws.reduce((a, b) => a + b, 0);
		expect(Math.min(100, sum)).toBeLessThan(100); // "Sum grade": the unit's mean
		expect(Math.max(...raws)).toBeLessThan(100); // "Highest grade"
		// Evidence opens the packaged source page at its paragraph.
		const q = graded(quiz)[0]!;
		const link = run.frame.locator(`fieldset[data-qid="${q.id}"] [role="status"] a`).first();
		const href = (await link.getAttribute('href'))!;
		expect(href).toMatch(/^\.\.\/\.\.\/sources\/[a-z0-9-]+\/index\.html#p\d+$/);
		await link.click();
		await run.frame.locator(href.slice(href.indexOf('#'))).waitFor();
		expect(run.errors).toEqual([]);
		expect(run.outside()).toEqual([]);
		await run.context.close();
	});

	it("in a sandboxed frame like Kolibri's (allow-scripts allow-same-origin) it reports, and Enter submits nothing", async () => {
		const quiz = exported(ids[0]!);
		const run = await launch(quiz.id, quiz.id, undefined, 'allow-scripts allow-same-origin');
		const fill = graded(quiz).find((q) => q.type === 'fill-in') ?? graded(quiz)[0]!;
		await answer(run.frame, fill, false, { check: false });
		await run.frame
			.locator(`fieldset[data-qid="${fill.id}"] input, fieldset[data-qid="${fill.id}"] select`)
			.first()
			.press('Enter');
		await expect(run.frame.locator('quiz-form[data-ready]').count()).resolves.toBe(1);
		expect(Object.keys((await run.cmi()).interactions)).toEqual([]);
		await handIn(run.frame, quiz);
		expect(Object.values((await run.cmi()).interactions).map((i) => i.result)).toEqual(
			graded(quiz).map(() => 'correct'),
		);
		expect(run.errors).toEqual([]);
		expect(run.outside()).toEqual([]);
		await run.context.close();
	});

	it('an LMS that refuses or throws gets a quiet note, and the quiz goes on marking and keeping its score', async () => {
		const quiz = exported(ids[0]!);
		const run = await launch(quiz.id, quiz.id);
		await run.page.evaluate(() => {
			const api = (window as unknown as { API: Record<string, (...a: string[]) => string> }).API;
			const set = api['LMSSetValue']!.bind(api);
			api['LMSSetValue'] = (element: string, value: string) => {
				if (element.startsWith('cmi.interactions')) throw new Error('interactions are not supported here');
				return set(element, value);
			};
			api['LMSCommit'] = () => 'false';
		});
		const questions = graded(quiz);
		await handIn(run.frame, quiz);
		const note = run.frame.locator('.scorm-note');
		await expect(note.isVisible()).resolves.toBe(true);
		await expect(note.textContent()).resolves.toContain('interactions are not supported here');
		await expect(note.textContent()).resolves.toContain('LMSCommit');
		// Quiet: one line per kind of failure, not one per value.
		await expect(note.locator('p').count()).resolves.toBe(2);
		await expect(run.frame.locator('.summary').textContent()).resolves.toContain(
			`You scored ${questions.length} of ${questions.length}.`,
		);
		expect((await run.cmi()).core.score.raw).toBe('100');
		expect(run.errors).toEqual([]);
		await run.context.close();
	});

	it('with no LMS (opened directly, or sandboxed without an API) it works as a test on the site, with no note', async () => {
		const quiz = exported(ids[0]!);
		for (const sandbox of [undefined, 'allow-scripts allow-same-origin']) {
			const context = await session.browser.newContext();
			const page = await context.newPage();
			const errors: string[] = [];
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			page.on('pageerror', (e) => errors.push(e.message));
			const src = `${lms.origin}/pkg/${quiz.id}/quizzes/${quiz.id}/index.html`;
			if (sandbox) await page.setContent(`<iframe title="Course item" sandbox="${sandbox}" src="${src}"></iframe>`);
			else await page.goto(src);
			const root = sandbox ? page.frameLocator('iframe') : page;
			await root.locator('quiz-form[data-ready="test"]').waitFor();
			await handIn(root as FrameLocator, quiz);
			await expect(
				root.locator(`fieldset[data-qid="${graded(quiz)[0]!.id}"] [role="status"]`).textContent(),
			).resolves.toMatch(/^Correct/);
			await expect(root.locator('.scorm-note').isVisible()).resolves.toBe(false);
			expect(errors).toEqual([]);
			await context.close();
		}
	});

	it('every page of the unit package opens with no error and no outside request; one of each kind is axe-clean', async () => {
		const unit = 'karabakh-ceasefire';
		const pages = Object.keys(lms.packages.get(unit)!).filter((f) => f.endsWith('.html'));
		expect(pages.length).toBeGreaterThan(ids.length);
		// The site's own pages are axe-checked in site.test.ts; here what packaging changes: header, unlinked words, pointers.
		const audited = new Set(['quizzes/', 'lessons/', 'sources/'].map((kind) => pages.find((f) => f.startsWith(kind))));
		const context = await session.browser.newContext();
		for (const file of pages) {
			const page = await context.newPage();
			const problems: string[] = [];
			page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
			page.on('pageerror', (e) => problems.push(e.message));
			page.on(
				'request',
				(r) =>
					!r.url().startsWith(`${lms.origin}/pkg/${unit}/`) &&
					!r.url().startsWith('data:') &&
					problems.push(`outside: ${r.url()}`),
			);
			await page.goto(`${lms.origin}/pkg/${unit}/${file}`, { waitUntil: audited.has(file) ? 'networkidle' : 'load' });
			const results = audited.has(file)
				? await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
						.analyze()
				: { violations: [] };
			problems.push(
				...results.violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(' | ')}`,
				),
			);
			expect(problems, file).toEqual([]);
			await page.close();
		}
		await context.close();
	});
});
