import { describe, expect, it } from 'vitest';
import { componentProblems, type KnownIds } from '../../../src/lib/sources/mdx-components';
import { scanLesson } from '../../../src/lib/sources/mdx-scan';

const file = 'src/content/docs/lessons/x.mdx';
const known: KnownIds = {
	quizzes: new Set(['background', 'review']),
	glossary: new Set(['ceasefire', 'gmt']),
	claims: new Set(['population', 'death-toll']),
	claimTopics: ['background', 'terms'],
	relations: ['same', 'differs', 'only-a', 'only-b'],
};
const page = (body: string, imports = "import Cite from '../../../components/sources/Cite.astro';") =>
	`---\ntitle: Test\n---\n${imports}\n\n${body}\n`;
const problems = (body: string, imports?: string) => componentProblems(file, scanLesson(page(body, imports)), known);

describe('componentProblems: names', () => {
	it('an unknown capitalised component: its place, and "did you mean" the page’s own import', () => {
		expect(problems('It began <Cit source="report-a" p={3} />.')).toEqual([
			{
				file,
				line: 6,
				column: 10,
				field: '<Cit>',
				problem: '<Cit> is not a component this page imports, so the page cannot be built.',
				fix: 'did you mean <Cite>? Correct the name.',
			},
		]);
	});
	it('a site component used without its import: says which file to import it from, relative to the page', () => {
		const [p] = problems('<Quote source="report-a" p={3} text="1pm" />');
		expect(p!.problem).toBe('<Quote> is used but not imported, so the page cannot be built.');
		expect(p!.fix).toBe(
			"import it at the top of the page: import Quote from '../../../components/sources/Quote.astro'",
		);
		expect(problems('<Qoute source="report-a" p={3} text="1pm" />')[0]!.fix).toBe(
			"did you mean <Quote>? Correct the name, and import it at the top of the page: import Quote from '../../../components/sources/Quote.astro'",
		);
	});
	it('lower-case <cite>, <quote> and <term>: plain HTML to MDX, so no link and no check', () => {
		const found = problems(
			'A <cite source="report-a" p={3} /> and <quote source="report-a" p={3} text="x" /> and <term id="gmt">GMT</term>.',
		);
		expect(found.map((p) => [p.line, p.column, p.field, p.fix])).toEqual([
			[6, 3, '<cite>', "did you mean <Cite>? Write the component's name with its capital letter."],
			[6, 40, '<quote>', expect.stringMatching(/^did you mean <Quote>\? Write .* import Quote from/)],
			[6, 87, '<term>', expect.stringMatching(/^did you mean <Term>\?/)],
		]);
		expect(found[0]!.problem).toMatch(/written in lower case, so MDX reads it as a plain HTML tag: it renders no link/);
	});
	it('leaves plain HTML, imported components and Starlight’s alone', () => {
		expect(
			problems(
				'<abbr title="Greenwich Mean Time">GMT</abbr> <Aside>Note</Aside> <Cite source="report-a" p={3} />',
				"import Cite from './Cite.astro';\nimport { Aside, CardGrid as Grid } from '@astrojs/starlight/components';",
			),
		).toEqual([]);
	});
	it('a name nothing resembles: lists the site’s components', () => {
		expect(problems('<Zebra />')[0]!.fix).toMatch(/^import it at the top of the page, or use one of: Cite, Quote, /);
	});
});

describe('componentProblems: ids', () => {
	const imports = ['Quiz', 'KeyTerms', 'ClaimTable', 'ClaimList', 'QuizCount']
		.map((n) => `import ${n} from './${n}.astro';`)
		.join('\n');
	it('names a quiz, glossary entries, claims, a topic and a relation that do not exist, at the component', () => {
		const found = problems(
			[
				'<Quiz id="backgroud" />',
				"<KeyTerms ids={['ceasefire', 'truce']} />",
				'<ClaimTable ids={[\'population\', \'toll\']} topic="talks" caption="x" />',
				'<ClaimList relation="only-c" />',
				'<QuizCount id="review" />',
			].join('\n\n'),
			imports,
		);
		expect(found.map((p) => [p.line, p.field, p.problem])).toEqual([
			[10, '<Quiz id=…>', 'there is no quiz (a file in src/content/quizzes/) "backgroud".'],
			[12, '<KeyTerms ids=…>', 'there is no glossary entry "truce".'],
			[14, '<ClaimTable ids=…>', 'there is no claim in src/content/claims.yaml "toll".'],
			[14, '<ClaimTable topic=…>', 'there is no claim topic "talks".'],
			[16, '<ClaimList relation=…>', 'there is no relation "only-c".'],
		]);
		expect(found[0]!.fix).toBe('use one of: background, review.');
	});
});
