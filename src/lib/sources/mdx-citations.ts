// Finds every <Cite> and <Term> in a lesson's MDX with Astro's own MDX parser, and checks them.
import { mdxToMdast } from 'satteri';
import type { AuthorProblem } from '../site/author-error';
import { frontmatterProblems, mdxProblem } from '../site/syntax-errors';
import { citationProblem, type Citation } from './citations';
import type { Source } from './seeds';

export interface FoundCitation extends Citation {
	/** Line in the MDX file, for error messages. */
	line: number;
}
export interface FoundTerm {
	id: string;
	line: number;
}
export interface LessonScan {
	citations: FoundCitation[];
	terms: FoundTerm[];
	/** Tags the scanner could not read (e.g. `p="five"`), with the line. */
	malformed: { line: number; problem: string; fix: string }[];
}

interface Node {
	type: string;
	name?: string | null;
	position?: { start: { line: number } };
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

function attribute(node: Node, name: string): string | undefined {
	const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
	if (!attr) return undefined;
	if (typeof attr.value === 'string') return attr.value;
	if (attr.value && typeof attr.value === 'object' && 'value' in attr.value) {
		// An expression such as p={5} or quote={"…"}: only literal numbers and strings are meaningful here.
		const expression = String(attr.value.value).trim();
		const literal = /^(['"`])([\s\S]*)\1$/.exec(expression);
		return literal ? literal[2] : expression;
	}
	return '';
}

/** Every citation and glossary term in an MDX document, in document order. */
export function scanLesson(mdx: string): LessonScan {
	const scan: LessonScan = { citations: [], terms: [], malformed: [] };
	const walk = (node: Node) => {
		const line = node.position?.start.line ?? 0;
		const isJsx = node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement';
		// <Cite> points at a paragraph; <Quote> shows words from it, so its text must be verbatim too.
		if (isJsx && (node.name === 'Cite' || node.name === 'Quote')) {
			const source = attribute(node, 'source');
			const p = Number(attribute(node, 'p'));
			const quote = attribute(node, node.name === 'Quote' ? 'text' : 'quote');
			if (!source || !Number.isInteger(p) || (node.name === 'Quote' && !quote)) {
				scan.malformed.push({
					line,
					problem: `<${node.name}> needs a source id and a whole paragraph number${node.name === 'Quote' ? ', and the quoted text' : ''}.`,
					fix:
						node.name === 'Quote'
							? 'write it as <Quote source="report-a" p={5} text="words copied from that paragraph" />.'
							: 'write it as <Cite source="report-a" p={5} />, optionally with quote="words from that paragraph".',
				});
			} else {
				scan.citations.push(quote === undefined ? { source, p, line } : { source, p, quote, line });
			}
		}
		if (isJsx && node.name === 'Term') {
			scan.terms.push({ id: attribute(node, 'id') ?? '', line });
		}
		node.children?.forEach(walk);
	};
	walk(mdxToMdast(mdx) as unknown as Node);
	return scan;
}

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

export interface LessonRules {
	/** Lessons must cite at least this many distinct paragraphs (0 for pages that are not lessons). */
	minDistinctCitations: number;
	/** Ids of the glossary entries a <Term> may name. */
	glossaryIds: ReadonlySet<string>;
}

/** Everything wrong with one MDX file's citations and terms, as problems an author can fix. */
export function checkLesson(
	file: string,
	mdx: string,
	sources: readonly Source[],
	rules: LessonRules,
): AuthorProblem[] {
	const { citations, terms, malformed } = scanLesson(mdx);
	const problems: AuthorProblem[] = malformed.map(({ line, problem, fix }) => ({
		file,
		field: `line ${line}`,
		problem,
		fix,
	}));
	for (const citation of citations) {
		const found = citationProblem(sources, citation);
		if (found) {
			const quote = citation.quote === undefined ? '' : ` "${citation.quote}"`;
			problems.push({
				file,
				field: `line ${citation.line}: citation of ${citation.source} paragraph ${citation.p}${quote}`,
				...found,
			});
		}
	}
	const linked = new Set<string>();
	for (const term of terms) {
		if (linked.has(term.id)) {
			problems.push({
				file,
				field: `line ${term.line}: <Term id="${term.id}">`,
				problem: `"${term.id}" is already linked to the glossary earlier in this page.`,
				fix: 'link a term to the glossary only at its first use; write later uses as plain text.',
			});
		}
		linked.add(term.id);
		if (!rules.glossaryIds.has(term.id)) {
			problems.push({
				file,
				field: `line ${term.line}: <Term id="${term.id}">`,
				problem: `there is no glossary entry "${term.id}".`,
				fix: `use one of: ${[...rules.glossaryIds].sort().join(', ')}; or add src/content/glossary/${term.id || '<id>'}.yaml.`,
			});
		}
	}
	const distinct = citedParagraphs(citations).length;
	if (distinct < rules.minDistinctCitations) {
		problems.push({
			file,
			problem: `a lesson must cite at least ${rules.minDistinctCitations} distinct source paragraphs; this one cites ${distinct}.`,
			fix: 'add a <Cite> to every factual sentence, pointing at the paragraph that supports it.',
		});
	}
	return problems;
}
