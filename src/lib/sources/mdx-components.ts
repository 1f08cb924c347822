// The components of an MDX page, checked before Astro renders it: a misspelt or unimported component, a lower-case
// <cite>, <quote> or <term> (plain HTML, so no link and no check), and ids that name no quiz, glossary entry or claim.
import { dirname, relative, sep } from 'node:path';
import type { AuthorProblem } from '../site/author-error';
import { editDistance } from '../search/vocabulary';
import type { FoundElement, LessonScan } from './mdx-scan';

/** The site's own components, by name, with their file under src/components/ (README, "Writing lessons"). */
export const SITE_COMPONENTS: Readonly<Record<string, string>> = {
	Cite: 'sources/Cite.astro',
	Quote: 'sources/Quote.astro',
	CitedParagraphs: 'sources/CitedParagraphs.astro',
	Term: 'glossary/Term.astro',
	KeyTerms: 'glossary/KeyTerms.astro',
	LocatorMap: 'figures/LocatorMap.astro',
	Timeline: 'figures/Timeline.astro',
	ActorDiagram: 'figures/ActorDiagram.astro',
	ActorCards: 'figures/ActorCards.astro',
	ClaimTable: 'claims/ClaimTable.astro',
	ClaimList: 'claims/ClaimList.astro',
	Quiz: 'quiz/Quiz.astro',
	QuizCount: 'teachers/QuizCount.astro',
	LessonSection: 'teachers/LessonSection.astro',
	UnitQuizzes: 'teachers/UnitQuizzes.astro',
	TeacherKit: 'teachers/TeacherKit.astro',
	CartridgeGaps: 'teachers/CartridgeGaps.astro',
};

/** What the ids in a page's components may be. */
export interface KnownIds {
	quizzes: ReadonlySet<string>;
	glossary: ReadonlySet<string>;
	/** null when the ledger cannot be read (its syntax error is reported instead): claim ids go unchecked. */
	claims: ReadonlySet<string> | null;
	claimTopics: readonly string[];
	/** Relations <ClaimList relation="…" /> may name: same, differs, only-<short label> of each source. */
	relations: readonly string[];
}

/** The name a misspelt one most likely means: the page's imports first, then the site's components. */
function closest(name: string, candidates: readonly string[]): string | undefined {
	const lower = name.toLowerCase();
	const scored = candidates
		.map((c) => ({ c, d: c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase(), 2) }))
		.filter(({ d }) => d <= Math.min(2, Math.floor(name.length / 3)) || d === 0);
	return scored.sort((a, b) => a.d - b.d)[0]?.c;
}

/** `import Cite from '../../../components/sources/Cite.astro'`, the path relative to the page. */
function importStatement(file: string, name: string): string | undefined {
	const path = SITE_COMPONENTS[name];
	if (!path) return undefined;
	return `import ${name} from '${relative(dirname(file), `src/components/${path}`).split(sep).join('/')}'`;
}

function nameProblem(file: string, el: FoundElement, imports: ReadonlySet<string>): AuthorProblem | undefined {
	const base = el.name.split('.')[0]!;
	const at = { file, line: el.line, column: el.column, field: `<${el.name}>` };
	const candidates = [...imports, ...Object.keys(SITE_COMPONENTS)];
	const andImport = (name: string) => {
		const statement = imports.has(name) ? undefined : importStatement(file, name);
		return statement ? `, and import it at the top of the page: ${statement}` : '.';
	};
	if (/^[a-z]/.test(base)) {
		const meant = candidates.find((c) => c.toLowerCase() === el.name.toLowerCase());
		if (!meant) return undefined; // a plain HTML element such as <abbr> or <span>
		return {
			...at,
			problem: `<${el.name}> is written in lower case, so MDX reads it as a plain HTML tag: it renders no link and the build checks nothing in it.`,
			fix: `did you mean <${meant}>? Write the component's name with its capital letter${andImport(meant)}`,
		};
	}
	if (imports.has(base)) return undefined;
	if (SITE_COMPONENTS[base])
		return {
			...at,
			problem: `<${el.name}> is used but not imported, so the page cannot be built.`,
			fix: `import it at the top of the page: ${importStatement(file, base)!}`,
		};
	const meant = closest(base, candidates);
	return {
		...at,
		problem: `<${el.name}> is not a component this page imports, so the page cannot be built.`,
		fix: meant
			? `did you mean <${meant}>? Correct the name${andImport(meant)}`
			: `import it at the top of the page, or use one of: ${Object.keys(SITE_COMPONENTS).join(', ')}.`,
	};
}

const quoted = (expression: string | undefined): string[] =>
	[...(expression ?? '').matchAll(/(['"`])(.*?)\1/g)].map((m) => m[2]!);

/** Ids in a component's props that name nothing (a quiz, a glossary entry, a claim, a topic or a relation). */
function idProblems(file: string, el: FoundElement, known: KnownIds): AuthorProblem[] {
	const at = { file, line: el.line, column: el.column };
	const check = (attr: string, values: string[], allowed: Iterable<string> | null, what: string): AuthorProblem[] => {
		if (allowed === null) return [];
		const set = new Set(allowed);
		const missing = values.filter((v) => !set.has(v));
		if (!missing.length) return [];
		return [
			{
				...at,
				field: `<${el.name} ${attr}=…>`,
				problem: `there is no ${what} ${missing.map((m) => `"${m}"`).join(', ')}.`,
				fix: `use one of: ${[...set].sort().join(', ')}.`,
			},
		];
	};
	const a = el.attributes;
	switch (el.name) {
		case 'Quiz':
		case 'QuizCount':
			return check('id', [a['id'] ?? ''], known.quizzes, 'quiz (a file in src/content/quizzes/)');
		case 'KeyTerms':
			return check('ids', quoted(a['ids']), known.glossary, 'glossary entry');
		case 'ClaimTable':
			return [
				...check('ids', quoted(a['ids']), known.claims, 'claim in src/content/claims.yaml'),
				...(a['topic'] === undefined ? [] : check('topic', [a['topic']], known.claimTopics, 'claim topic')),
			];
		case 'ClaimList':
			return check('relation', [a['relation'] ?? ''], known.relations, 'relation');
		default:
			return [];
	}
}

/** Every misspelt, lower-case or unimported component on a page, and every id that names nothing. */
export function componentProblems(
	file: string,
	{ elements, imports }: Pick<LessonScan, 'elements' | 'imports'>,
	known: KnownIds,
): AuthorProblem[] {
	return elements.flatMap((el) => {
		const named = nameProblem(file, el, imports);
		return named ? [named] : idProblems(file, el, known);
	});
}
