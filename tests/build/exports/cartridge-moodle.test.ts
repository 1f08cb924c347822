// /exports/karabakh-ceasefire.imscc restored by Moodle's rules (tests/support/moodle-cc.ts): recognised, nothing
// aborts, the teacher's guide hidden from students, every quiz's expressible questions imported with the key, marks
// and feedback of the JSON export. Generic over whatever quizzes exist.
import { readFileSync, readdirSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportedQuiz } from '../../../src/lib/exports/json';
import { detectsCc11, moodleRestore } from '../../support/moodle-cc';

const DIST = process.env.OUT_DIR ?? 'dist';
// Route quizzes (their questions drawn from the lessons' quizzes) are left out of the unit: index.json names their route.
const routeQuizzes = new Set(
	(
		JSON.parse(readFileSync(`${DIST}/exports/index.json`, 'utf8')) as { quizzes: { id: string; route?: string }[] }
	).quizzes
		.filter((q) => q.route)
		.map((q) => q.id),
);
const ids = readdirSync('src/content/quizzes')
	.map((f) => f.replace(/\.yaml$/, ''))
	.filter((id) => !routeQuizzes.has(id))
	.sort();
const quizOf = (id: string): ExportedQuiz => JSON.parse(readFileSync(`${DIST}/exports/${id}.json`, 'utf8'));
const files = Object.fromEntries(
	Object.entries(unzipSync(readFileSync(`${DIST}/exports/karabakh-ceasefire.imscc`))).map(([p, b]) => [
		p,
		strFromU8(b),
	]),
);

describe('the unit’s cartridge restored by Moodle’s rules', () => {
	const restored = moodleRestore(files);

	it('is recognised as Common Cartridge 1.1 and restores without an error', () => {
		expect(detectsCc11(files['imsmanifest.xml']!)).toBe(true);
		expect(Object.keys(restored.quizzes).sort()).toEqual(ids.map((id) => `quiz_${id}`).sort());
		expect(routeQuizzes.size).toBeGreaterThan(0);
	});

	it('hides the teacher’s guide from students and shows everything else', () => {
		const hidden = restored.modules.filter((m) => !m.visible);
		expect(hidden.map((m) => m.title)).toEqual(["Teacher's guide"]);
	});

	for (const id of ids) {
		it(`${id}: each choice, true/false and fill-in question keeps its key, marks and feedback`, () => {
			const quiz = quizOf(id);
			const questions = restored.quizzes[`quiz_${id}`]!;
			const expressible = quiz.questions.filter(
				(q) => q.type !== 'order' && q.type !== 'match' && q.type !== 'discussion',
			);
			expect(questions.map((q) => q.name)).toEqual(expressible.map((q) => q.id));
			for (const q of expressible) {
				const m = questions.find((x) => x.name === q.id)!;
				expect(m.text, q.id).toBe(q.prompt);
				expect(m.defaultGrade).toBe(1);
				expect(m.generalFeedback.length, `${q.id} general feedback`).toBeGreaterThan(20);
				if ('options' in q) {
					expect(m.type).toBe(q.type === 'true-false' ? 'truefalse' : 'multichoice');
					const k = q.options.filter((o) => o.correct).length;
					const expected = (correct: boolean) =>
						!correct ? 0 : q.type === 'multiple' ? Math.round((1 / k) * 1e7) / 1e7 : 1;
					expect(Object.fromEntries(m.answers.map((a) => [a.text, a.fraction])), q.id).toEqual(
						Object.fromEntries(q.options.map((o) => [o.text, expected(o.correct)])),
					);
					for (const o of q.options) {
						const answer = m.answers.find((a) => a.text === o.text)!;
						expect(answer.feedback.trim(), `${q.id}: ${o.text}`).toBe(o.feedback ?? '');
						if (o.feedback) expect(m.generalFeedback, q.id).not.toContain(o.feedback);
					}
				}
				if (q.type === 'true-false') expect(m.answers.map((a) => a.ident)).toEqual(['true', 'false']);
				if ('answers' in q) {
					expect(m.type).toBe('shortanswer');
					const listed = m.answers.filter((a) => a.fraction === 1).map((a) => a.text);
					expect(m.answers.every((a) => a.fraction === 1)).toBe(true);
					for (const a of q.answers.filter((x) => x !== '0')) expect(listed, q.id).toContain(a);
				}
			}
		});
	}

	it('/teachers/lms/ lists every question the cartridge leaves out, and the files to use instead', () => {
		const page = readFileSync(`${DIST}/teachers/lms/index.html`, 'utf8')
			.replace(/<[^>]+>/g, ' ')
			.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
			.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!)
			.replace(/\s+/g, ' ');
		const section = page.slice(page.indexOf('What the Common Cartridge leaves out'));
		for (const id of ids)
			for (const q of quizOf(id).questions.filter((x) => x.type === 'order' || x.type === 'match')) {
				expect(section, `${id}: ${q.id}`).toContain(q.prompt);
				expect(section).toContain(`${id}.moodle.xml`);
			}
	});
});
