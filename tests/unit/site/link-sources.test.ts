import { describe, expect, it } from 'vitest';
import { brokenLinkProblem, docsFileFor, findWritten } from '../../../src/lib/site/link-sources';

const lesson = {
	file: 'src/content/docs/lessons/comparing-reports.mdx',
	text: '---\ntitle: T\n---\n\nRead [report C](../../sources/report-c/) too.\n',
};
const home = { file: 'src/content/docs/index.mdx', text: 'Home' };
const glossary = { file: 'src/content/glossary/gmt.yaml', text: 'inReports: see /sources/report-c/#p2\n' };

describe('where a broken link is written', () => {
	it('maps a docs page to its MDX file, under any base path', () => {
		expect(docsFileFor('/lessons/comparing-reports/', '/', [home, lesson])).toBe(lesson);
		expect(docsFileFor('/karabakh/', '/karabakh/', [home, lesson])).toBe(home);
		expect(docsFileFor('/glossary/', '/', [home, lesson])).toBeUndefined();
	});
	it('finds the link as written, or the path it points at, with line and column', () => {
		expect(findWritten(lesson.text, '../../sources/report-c/', '/')).toEqual({ line: 5, column: 17 });
		expect(findWritten(glossary.text, '/sources/report-c/#p2', '/')).toEqual({ line: 1, column: 16 });
		expect(findWritten('nothing here', '/sources/report-c/', '/')).toBeUndefined();
	});
	it('names the authored file and place, the built page in the field, and how to fix it', () => {
		const broken = {
			page: '/lessons/comparing-reports/',
			link: '../../sources/report-c/',
			problem: 'no such page or file in the build',
		};
		expect(brokenLinkProblem(broken, '/', [home, glossary, lesson])).toEqual({
			file: 'src/content/docs/lessons/comparing-reports.mdx',
			line: 5,
			column: 17,
			field: 'link to ../../sources/report-c/ (on the page /lessons/comparing-reports/)',
			problem: 'no such page or file in the build.',
			fix: 'correct or remove the link; a link to a removed source or page goes with it (README, "Removing a source").',
		});
		const fromData = brokenLinkProblem({ ...broken, page: '/glossary/', link: '/sources/report-c/#p2' }, '/', [
			home,
			glossary,
		]);
		expect(fromData).toMatchObject({ file: 'src/content/glossary/gmt.yaml', line: 1 });
		const fromCode = brokenLinkProblem({ ...broken, page: '/compare/', link: '/nowhere/' }, '/', [home]);
		expect(fromCode.file).toBe('the built page /compare/');
		expect(fromCode.problem).toMatch(/a component or page in src\/ makes it/);
	});
});
