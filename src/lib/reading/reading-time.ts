// A lesson's reading time, worked out at build time from its MDX: the words of its prose (headings, paragraphs,
// lists, quotations, asides), leaving out the quiz and the cited-paragraphs appendix, at about 200 words a minute.
import { mdxToMdast } from 'satteri';
import { plainText } from './in-short';
import { wordsOf } from './measure';

export const WORDS_PER_MINUTE = 200;

interface Node {
	type: string;
	name?: string | null;
	depth?: number;
	children?: Node[];
}

/** Sections (under a level-2 heading) holding these components are for doing, not reading. */
const NOT_READ = new Set(['Quiz', 'CitedParagraphs']);

const holds = (node: Node, names: Set<string>): boolean =>
	(typeof node.name === 'string' && names.has(node.name)) || (node.children ?? []).some((c) => holds(c, names));

export function lessonWords(mdx: string): number {
	const root = mdxToMdast(mdx) as unknown as Node;
	const sections: Node[][] = [[]];
	for (const node of root.children ?? []) {
		if (node.type === 'heading' && (node.depth ?? 6) <= 2) sections.push([]);
		sections.at(-1)!.push(node);
	}
	return sections
		.filter((nodes) => !nodes.some((n) => holds(n, NOT_READ)))
		.flat()
		.reduce((sum, node) => sum + wordsOf(plainText(node)).length, 0);
}

/** Whole minutes, never less than one. */
export const readingMinutes = (words: number, wpm = WORDS_PER_MINUTE): number => Math.max(1, Math.round(words / wpm));
