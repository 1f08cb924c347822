// A lesson's "In short": the section under the heading "In short", as the plain text a reader meets (citation links
// dropped, quoted words kept in quotation marks), measured against its budget.
import { mdxToMdast } from 'satteri';
import type { AuthorProblem } from '../site/author-error';
import { IN_SHORT_BUDGET, measure, overBudget, type Budget, type Measure } from './measure';
import { tidy } from './sentences';

export const IN_SHORT_HEADING = 'In short';

interface Node {
	type: string;
	name?: string | null;
	depth?: number;
	value?: unknown;
	position?: { start: { line: number; column: number } };
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

const attr = (node: Node, name: string) => {
	const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
	return typeof found === 'string' ? found : undefined;
};

/** The text of a node as it reads on the page: no citation markers, quotes in quotation marks. */
export function plainText(node: Node): string {
	if (node.type === 'text' || node.type === 'inlineCode') return String(node.value);
	if (node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return '';
	if (node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') {
		if (node.name === 'Cite') return '';
		if (node.name === 'Quote') return `"${attr(node, 'text') ?? ''}"`;
	}
	const inner = (node.children ?? []).map(plainText);
	const block = node.type === 'paragraph' || node.type === 'listItem' || node.type === 'heading';
	return block ? `${inner.join('')}\n` : inner.join('');
}

export interface InShort {
	/** Where the heading is (1-based, front matter counted). */
	line: number;
	column: number;
	text: string;
	measure: Measure;
}

const headingText = (node: Node) => tidy(plainText(node));

/** The "In short" section of an MDX page, or undefined when it has none. */
export function findInShort(mdx: string): InShort | undefined {
	const root = mdxToMdast(mdx) as unknown as Node;
	const children = root.children ?? [];
	const at = children.findIndex((n) => n.type === 'heading' && headingText(n) === IN_SHORT_HEADING);
	if (at < 0) return undefined;
	const heading = children[at]!;
	const depth = heading.depth ?? 2;
	const rest = children.slice(at + 1);
	const next = rest.findIndex((n) => n.type === 'heading' && (n.depth ?? 6) <= depth);
	const text = tidy((next < 0 ? rest : rest.slice(0, next)).map(plainText).join(' '));
	const start = heading.position?.start ?? { line: 1, column: 1 };
	return { line: start.line, column: start.column, text, measure: measure(text) };
}

const FIX =
	'write 3 to 5 short sentences in simple words (fewer long words, split long sentences), each with its citation, ' +
	'and check the figures with `npx vitest run tests/unit/reading/in-short.test.ts` (README, "In short, reading time, read-aloud").';

/** Problems with a lesson's "In short": missing, or over its budget (words, sentences, grade). */
export function inShortProblems(file: string, mdx: string, budget: Budget = IN_SHORT_BUDGET): AuthorProblem[] {
	const found = findInShort(mdx);
	const budgetText = `the budget is at most ${budget.words} words, ${budget.minSentences} to ${budget.maxSentences} sentences, Flesch–Kincaid grade ${budget.grade} or below`;
	if (!found)
		return [
			{
				file,
				line: 1,
				column: 1,
				field: `## ${IN_SHORT_HEADING}`,
				problem: `the lesson has no "${IN_SHORT_HEADING}" section; ${budgetText}.`,
				fix: `add "## ${IN_SHORT_HEADING}" at the top of the lesson, then ${FIX}`,
			},
		];
	const over = overBudget(found.measure, budget);
	if (!over.length) return [];
	const { words, sentences, grade } = found.measure;
	return [
		{
			file,
			line: found.line,
			column: found.column,
			field: `## ${IN_SHORT_HEADING}`,
			problem: `the summary has ${words} words, ${sentences} sentences and Flesch–Kincaid grade ${grade.toFixed(1)}: over budget in ${over.join(', ')}; ${budgetText}.`,
			fix: FIX,
		},
	];
}
