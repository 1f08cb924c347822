// Checks the <Cite>, <Quote> and <Term> tags of an MDX page (found by mdx-scan.ts), each problem at its line and column.
import { mdxToMdast } from 'satteri';
import type { AuthorProblem } from '../site/author-error';
import { frontmatterProblems, mdxProblem } from '../site/syntax-errors';
import { citationProblem, type Citation } from './citations';
import { scanLesson, type LessonScan } from './mdx-scan';
import type { Source } from './seeds';

/** Syntax errors in a whole MDX file (frontmatter YAML, then the MDX itself), with file-relative line numbers. */
export function mdxSyntaxProblems(file: string, mdx: string): AuthorProblem[] {
	const frontmatter = frontmatterProblems(file, mdx);
	if (frontmatter.length) return frontmatter;
	try {
		mdxToMdast(mdx);
		return [];
	} catch (error) {
		return [mdxProblem(file, error)];
	}
}

/** The distinct paragraphs a lesson cites, in order of first citation, with the quotes used for each. */
export function citedParagraphs(citations: readonly Citation[]): { source: string; p: number; quotes: string[] }[] {
	const byKey = new Map<string, { source: string; p: number; quotes: string[] }>();
	for (const { source, p, quote } of citations) {
		const key = `${source}#${p}`;
		const entry = byKey.get(key) ?? { source, p, quotes: [] };
		if (quote && !entry.quotes.includes(quote)) entry.quotes.push(quote);
		byKey.set(key, entry);
	}
	return [...byKey.values()];
}

/** Every <Cite> or <Quote> of a scanned page that does not check out against the sources. */
export function lessonCitationProblems(
	file: string,
	{ citations }: Pick<LessonScan, 'citations'>,
	sources: readonly Pick<Source, 'id' | 'paragraphs'>[],
): AuthorProblem[] {
	return citations.flatMap((citation) => {
		const found = citationProblem(sources, citation);
		if (!found) return [];
		const quote = citation.quote === undefined ? '' : ` "${citation.quote}"`;
		const { line, column } = citation;
		return [{ file, line, column, field: `citation of ${citation.source} paragraph ${citation.p}${quote}`, ...found }];
	});
}

/** Links written to a source's page (`../../sources/report-c/#p3`) that name no source, or no such paragraph. */
export function sourceLinkProblems(
	file: string,
	{ links }: Pick<LessonScan, 'links'>,
	sources: readonly Pick<Source, 'id' | 'paragraphs'>[],
): AuthorProblem[] {
	return links.flatMap(({ url, line, column }) => {
		const m = /(?:^|\/)sources\/([a-z0-9-]+)\/?(?:#p(\d+))?$/.exec(url);
		if (!m || m[1] === 'handout') return [];
		const found = m[2] ? citationProblem(sources, { source: m[1]!, p: Number(m[2]) }) : undefined;
		const problem = sources.some((s) => s.id === m[1])
			? found?.problem
			: `there is no source "${m[1]}", so its page does not exist.`;
		if (!problem) return [];
		const fix = 'link to a source in seeds/sources.yaml, or remove the link (README, "Removing a source").';
		return [{ file, line, column, field: `link to ${url}`, problem, fix }];
	});
}

export interface LessonRules {
	/** Lessons must cite at least this many distinct paragraphs (0 for pages that are not lessons). */
	minDistinctCitations: number;
	/** Ids of the glossary entries a <Term> may name. */
	glossaryIds: ReadonlySet<string>;
}

/** Everything wrong with one MDX file's citations and terms (the whole file, front matter included). */
export function checkLesson(
	file: string,
	mdx: string,
	sources: readonly Source[],
	rules: LessonRules,
	scan: LessonScan = scanLesson(mdx),
): AuthorProblem[] {
	const { citations, terms, malformed } = scan;
	const problems: AuthorProblem[] = malformed.map(({ line, column, problem, fix }) => ({
		file,
		line,
		column,
		problem,
		fix,
	}));
	problems.push(...lessonCitationProblems(file, scan, sources), ...sourceLinkProblems(file, scan, sources));
	const linked = new Set<string>();
	for (const { id, line, column } of terms) {
		const at = { file, line, column, field: `<Term id="${id}">` };
		if (linked.has(id)) {
			problems.push({
				...at,
				problem: `"${id}" is already linked to the glossary earlier in this page.`,
				fix: 'link a term to the glossary only at its first use; write later uses as plain text.',
			});
		}
		linked.add(id);
		if (!rules.glossaryIds.has(id)) {
			problems.push({
				...at,
				problem: `there is no glossary entry "${id}".`,
				fix: `use one of: ${[...rules.glossaryIds].sort().join(', ')}; or add src/content/glossary/${id || '<id>'}.yaml.`,
			});
		}
	}
	const distinct = citedParagraphs(citations).length;
	if (distinct < rules.minDistinctCitations) {
		problems.push({
			file,
			line: 1,
			column: 1,
			problem: `a lesson must cite at least ${rules.minDistinctCitations} distinct source paragraphs; this one cites ${distinct}.`,
			fix: 'add a <Cite> to every factual sentence, pointing at the paragraph that supports it.',
		});
	}
	return problems;
}
