// Routes through the unit (issue 24): every lesson section a route names is a heading of that lesson (checked at build
// by <LessonSection>, and here on the built pages); each route has its quiz, built from the lessons' quizzes by
// reference, with a worksheet and key; a broken reference or section stops the build with file, field, problem and fix.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../support/fixture-site';

const DIST = process.env.OUT_DIR ?? 'dist';
const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const routes = html('/teachers/routes/');
const sections = [...routes.matchAll(/<a class="lesson-section" href="[^"]*\/lessons\/([a-z-]+)\/#([a-z0-9-]+)"/g)];
const headingIds = (lesson: string) =>
	new Set([...html(`/lessons/${lesson}/`).matchAll(/<h[23][^>]* id="([^"]+)"/g)].map((m) => m[1]));
const exported = (id: string) =>
	JSON.parse(readFileSync(join(DIST, 'exports', `${id}.json`), 'utf8')) as {
		questions: { id: string; prompt: string }[];
	};

describe('routes for 50-minute lessons', () => {
	it('links every section it names to a heading of that lesson', () => {
		expect(sections.length).toBeGreaterThan(30);
		for (const [, lesson, id] of sections) expect(headingIds(lesson!), `${lesson}#${id}`).toContain(id);
	});

	it("is linked from the top of the teacher's guide and from the teachers' menu", () => {
		const guide = html('/teachers/');
		const link = guide.indexOf('href="/teachers/routes/"');
		expect(link).toBeGreaterThan(0);
		expect(link).toBeLessThan(guide.indexOf('id="before-you-start"'));
		expect(/<nav[^>]*aria-label="Main"[^>]*>[\s\S]*?href="\/teachers\/routes\/"[\s\S]*?<\/nav>/.test(guide)).toBe(true);
	});

	it('each route quiz asks questions of the lessons’ quizzes, word for word, with a worksheet and a key', () => {
		const bank = new Map(
			['background', 'actors', 'ceasefire-terms', 'open-questions'].flatMap((id) =>
				exported(id).questions.map((q) => [q.id, q.prompt] as const),
			),
		);
		for (const id of ['route-one-lesson', 'route-two-lessons']) {
			const quiz = exported(id);
			expect(quiz.questions.length).toBeGreaterThan(5);
			for (const q of quiz.questions) expect(bank.get(q.id), `${id}/${q.id}`).toBe(q.prompt);
			expect(routes).toMatch(new RegExp(`href="[^"]*worksheets/${id}/"`));
			expect(routes).toMatch(new RegExp(`href="[^"]*answer-keys/${id}/"`));
			expect(html(`/teachers/worksheets/${id}/`)).toContain('data-qid');
		}
	});

	it('lists the route quizzes on /quizzes/ as route quizzes', () => {
		expect(html('/quizzes/')).toMatch(/One-lesson route<\/a>\s*<span[^>]*> \(route quiz\)<\/span>/);
	});
});

describe('astro build with a broken route', () => {
	it('an unknown question reference and an unknown section: the file, the place, the problem and the fix', () => {
		const site = fixtureSite();
		try {
			const quizFile = join(site.dir, 'src/content/quizzes/route-one-lesson.yaml');
			writeFileSync(
				quizFile,
				readFileSync(quizFile, 'utf8').replace('background/offensive-aim', 'background/offensive-aims'),
			);
			const first = site.build();
			expect(first.status).not.toBe(0);
			expect(first.output).toMatch(
				/src\/content\/quizzes\/route-one-lesson\.yaml:\d+:\d+ → questions\[2\]\.from\n {2}Problem: quiz "background" has no question "offensive-aims"\.\n {2}Fix: use one of its question ids: [^\n]*offensive-aim,/,
			);
			writeFileSync(quizFile, readFileSync(quizFile, 'utf8').replace('offensive-aims', 'offensive-aim'));
			const page = join(site.dir, 'src/content/docs/teachers/routes.mdx');
			writeFileSync(
				page,
				readFileSync(page, 'utf8').replace('section="who-lives-in-nagorno-karabakh"', 'section="who-lives-there"'),
			);
			const second = site.build();
			expect(second.status).not.toBe(0);
			expect(second.output).toMatch(
				/src\/content\/docs\/teachers\/routes\.mdx → <LessonSection lesson="background" section="who-lives-there" \/>\n {2}Problem: lesson "background" has no heading with the anchor "#who-lives-there"[^\n]*\n {2}Fix: use one of its headings' anchors: [^\n]*who-lives-in-nagorno-karabakh/,
			);
		} finally {
			site.remove();
		}
	});
});
