import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lib/site/author-error';
import { mdxSyntaxProblems } from '../../../src/lib/sources/mdx-citations';
import { frontmatterProblems, yamlProblems } from '../../../src/lib/site/syntax-errors';

describe('YAML syntax errors', () => {
	it('name the file and line, say what is wrong in words, and how to fix it', () => {
		const [problem, ...rest] = yamlProblems(
			'src/content/glossary/x.yaml',
			'term: Blockade\notherNames: [siege, closure\ndefinition: x\n',
		);
		expect(rest).toEqual([]);
		// Where the [ was opened, not the later line where the parser noticed it was never closed.
		expect(problem).toMatchObject({ file: 'src/content/glossary/x.yaml', line: 2, column: 13 });
		expect(problem!.problem).toBe('the YAML cannot be read: the [ here is never closed with ].');
		expect(problem!.fix).toMatch(/close every \[ with \]/);
	});
	it('find a bad indent on the line it happens', () => {
		const [problem] = yamlProblems('q.yaml', 'title: T\nquestions:\n  - id: a\n     type: single\n');
		expect([3, 4]).toContain(problem!.line);
	});
	it('find a duplicate key', () => {
		expect(yamlProblems('q.yaml', 'title: A\ntitle: B\n')[0]!.fix).toMatch(/each key may appear once/);
	});
	it('accept valid YAML', () => {
		expect(yamlProblems('q.yaml', 'title: "A: B"\nlist: [a, b]\n')).toEqual([]);
	});
});

describe('MDX syntax errors', () => {
	const page = (body: string) => `---\ntitle: A lesson\n---\n\nIntro.\n\n${body}\n`;
	it('an unclosed component: file, line and column, the tag, and how to close it', () => {
		const [problem] = mdxSyntaxProblems(
			'src/content/docs/lessons/x.mdx',
			page('Text <Cite source="report-a" p={3}> more.'),
		);
		expect(formatProblem(problem!)).toBe(
			'src/content/docs/lessons/x.mdx:7:6\n' +
				'  Problem: the MDX cannot be read: Expected a closing tag for `<Cite>` before the end of `paragraph`.\n' +
				'  Fix: close the component: write <Cite … /> when it has no content, or end it with </Cite> on the same paragraph.',
		);
	});
	it('a frontmatter YAML error is counted in the file’s lines', () => {
		const [problem] = frontmatterProblems('x.mdx', '---\ntitle: A\ndescription: [open\n---\n\nText\n');
		expect([3, 4]).toContain(problem!.line);
		expect(mdxSyntaxProblems('x.mdx', '---\ntitle: A\n\nText\n')[0]!.problem).toMatch(/never closed/);
	});
	it('a stray < in text', () => {
		const [problem] = mdxSyntaxProblems('x.mdx', page('Fewer than 5 <10 people.'));
		expect(problem).toMatchObject({ line: 7, column: expect.any(Number) });
		expect(problem!.fix).toMatch(/&lt;/);
	});
	it('accepts a valid page', () => {
		expect(mdxSyntaxProblems('x.mdx', page('Text <Cite source="report-a" p={3} /> more.'))).toEqual([]);
	});
});
