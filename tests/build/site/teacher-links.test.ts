// Answer keys are teachers' pages (issue 24): no student page links to one, and students' menu shows "For teachers"
// as one link to the guide; teachers' pages keep the whole group, and the guide says keys are public.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../../support/site-pages';

const DIST = process.env.OUT_DIR ?? 'dist';
const html = (path: string) => readFileSync(join(DIST, path.endsWith('/') ? `${path}index.html` : path), 'utf8');
const sidebar = (page: string) => /<nav[^>]*aria-label="Main"[^>]*>([\s\S]*?)<\/nav>/.exec(page)?.[1] ?? '';
const studentPages = builtPages(DIST).filter((p) => !p.startsWith('/teachers/') && !p.startsWith('/scorm/'));

describe('teacher links off student pages', () => {
	it('no student page links to an answer key', () => {
		expect(studentPages.length).toBeGreaterThan(20);
		const linking = studentPages.filter((p) => /href="[^"]*\/teachers\/answer-keys\//.test(html(p)));
		expect(linking).toEqual([]);
	});

	it("students' menu has one 'For teachers' link to the guide and none to the kit or the LMS page", () => {
		for (const path of ['/lessons/background/', '/quizzes/background/', '/glossary/', '/'] as const) {
			const nav = sidebar(html(path));
			expect(nav, path).toMatch(/<a href="[^"]*\/teachers\/"[^>]*>\s*<span[^>]*>For teachers<\/span>/);
			expect(nav, path).not.toMatch(/\/teachers\/(kit|lms|results)\//);
		}
	});

	it("teachers' pages keep the whole group", () => {
		for (const path of ['/teachers/', '/teachers/kit/', '/teachers/lms/', '/teachers/results/']) {
			const nav = sidebar(html(path));
			expect(nav, path).toMatch(/\/teachers\/kit\//);
			expect(nav, path).toMatch(/\/teachers\/lms\//);
			expect(nav, path).toMatch(/\/teachers\/results\//);
		}
	});

	it('the guide and the kit say plainly that answer keys are public web pages', () => {
		expect(html('/teachers/')).toContain('Answer keys are public web pages.');
		expect(html('/teachers/kit/')).toContain('Answer keys are public web pages');
	});
});
