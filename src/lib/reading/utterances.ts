// What read-aloud says, in reading order: the blocks of a page (headings, paragraphs, list items, quotations, table
// cells) as sentences, without citation markers, hidden text, controls, the quiz or the cited-paragraphs appendix.
// Pure: it walks any tree shaped like the DOM (a browser's, or a parser's in tests) and keeps, for each sentence, the
// offsets into its block's text nodes, so the page can highlight exactly what is being said.
import { sentenceSpans, tidy } from './sentences';

/** The little of the DOM that is needed: elements (nodeType 1) and text (nodeType 3). */
export interface TreeNode {
	nodeType: number;
	nodeName: string;
	nodeValue: string | null;
	childNodes: ArrayLike<TreeNode>;
	getAttribute?: (name: string) => string | null;
}

/** A text node's place in its block's text. */
export interface Piece<N> {
	node: N;
	start: number;
	end: number;
}
export interface Sentence {
	/** What is said: white space folded, no citation marker. */
	text: string;
	/** Offsets into the block's raw text. */
	start: number;
	end: number;
}
export interface Block<N> {
	/** The element the block's text is in (for scrolling it into view). */
	element: N;
	heading: boolean;
	raw: string;
	pieces: Piece<N>[];
	sentences: Sentence[];
}

export interface ReadingOptions {
	/** Heading ids whose sections are not read (the quiz and the appendix). */
	skipSections?: readonly string[];
}

export const SKIPPED_SECTIONS = ['quiz', 'sources-cited-in-this-lesson'];
const SKIPPED_TAGS = new Set([
	'SCRIPT',
	'STYLE',
	'SVG',
	'TEMPLATE',
	'NOSCRIPT',
	'BUTTON',
	'SELECT',
	'TEXTAREA',
	'INPUT',
]);
const SKIPPED_TAGS_TOO = new Set(['FORM', 'IFRAME', 'QUIZ-FORM', 'CANVAS', 'IMG']);
// Citation links, screen-reader-only labels, heading anchors, the quiz, the appendix, and the page's own controls.
const SKIPPED_CLASSES = ['cite', 'sr-only', 'sl-anchor-link', 'quiz', 'cited-paragraphs', 'reading-tools'];
const BLOCKS = new Set(
	'P H1 H2 H3 H4 H5 H6 LI DT DD BLOCKQUOTE FIGCAPTION CAPTION TH TD SUMMARY DIV SECTION ARTICLE ASIDE UL OL DL TABLE THEAD TBODY TFOOT TR FIGURE DETAILS HEADER FOOTER NAV MAIN PRE HR'.split(
		' ',
	),
);
const HEADING = /^H([1-6])$/;

const tag = (node: TreeNode) => node.nodeName.toUpperCase();
const attr = (node: TreeNode, name: string) => node.getAttribute?.(name) ?? null;

function skipped(node: TreeNode): boolean {
	const name = tag(node);
	const classes = (attr(node, 'class') ?? '').split(/\s+/);
	// A glossary term is a button that opens its definition: its words are part of the sentence.
	if (classes.includes('term-button')) return false;
	if (SKIPPED_TAGS.has(name) || SKIPPED_TAGS_TOO.has(name)) return true;
	if (attr(node, 'hidden') !== null || attr(node, 'aria-hidden') === 'true') return true;
	if (attr(node, 'popover') !== null || attr(node, 'data-read-skip') !== null) return true;
	return SKIPPED_CLASSES.some((c) => classes.includes(c));
}

/** Every block of text under `roots`, in document order, split into sentences. */
export function readingBlocks<N extends TreeNode>(roots: readonly N[], options: ReadingOptions = {}): Block<N>[] {
	const skipSections = new Set(options.skipSections ?? SKIPPED_SECTIONS);
	const blocks: Block<N>[] = [];
	// While inside a skipped section: the level of its heading (a heading at that level or above ends it).
	let skipLevel = 0;
	let run: { element: N; heading: boolean; raw: string; pieces: Piece<N>[] } | undefined;

	const flush = () => {
		if (run && !skipLevel && /[\p{L}\p{N}]/u.test(run.raw)) {
			const sentences = sentenceSpans(run.raw)
				.map(({ start, end }) => ({ start, end, text: spoken(run!.raw.slice(start, end)) }))
				.filter((s) => s.text);
			blocks.push({ ...run, sentences });
		}
		run = undefined;
	};
	const walk = (node: N, block: N) => {
		if (node.nodeType === 3) {
			const text = node.nodeValue ?? '';
			run ??= { element: block, heading: HEADING.test(tag(block)), raw: '', pieces: [] };
			run.pieces.push({ node, start: run.raw.length, end: run.raw.length + text.length });
			run.raw += text;
			return;
		}
		if (node.nodeType !== 1 || skipped(node)) return;
		const name = tag(node);
		const level = Number(HEADING.exec(name)?.[1] ?? 0);
		if (level) {
			if (skipLevel && level <= skipLevel) skipLevel = 0;
			const id = attr(node, 'id');
			if (!skipLevel && id && skipSections.has(id)) skipLevel = level;
		}
		const isBlock = BLOCKS.has(name);
		if (isBlock) flush();
		for (const child of Array.from(node.childNodes) as N[]) walk(child, isBlock ? node : block);
		if (isBlock) flush();
	};
	for (const root of roots) {
		walk(root, root);
		flush();
	}
	return blocks;
}

/** The words as said: white space folded, any citation marker that slipped through ("[A6]") dropped. */
export const spoken = (text: string): string => tidy(text.replace(/\[[A-Z]{1,2}\s*\d+\]/g, ''));

/** The text nodes and offsets where `start`..`end` of a block's raw text begin and end (for a DOM Range). */
export function locate<N>(
	block: Pick<Block<N>, 'pieces'>,
	start: number,
	end: number,
): { startNode: N; startOffset: number; endNode: N; endOffset: number } | undefined {
	const first = block.pieces.find((p) => p.end > start);
	const last = [...block.pieces].reverse().find((p) => p.start < end);
	if (!first || !last) return undefined;
	return {
		startNode: first.node,
		startOffset: Math.max(0, start - first.start),
		endNode: last.node,
		endOffset: Math.min(last.end, end) - last.start,
	};
}
