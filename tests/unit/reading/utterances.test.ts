// What read-aloud says: the page's blocks in order, as sentences, without citation markers, hidden text, controls,
// the quiz or the appendix; and where each sentence is, to highlight it.
import { ELEMENT_NODE, TEXT_NODE, parse, type Node } from 'ultrahtml';
import { describe, expect, it } from 'vitest';
import { locate, readingBlocks, spoken, type TreeNode } from '../../../src/lib/reading/utterances';

/** ultrahtml's tree, shaped like the DOM's. */
function tree(node: Node): TreeNode {
	if (node.type === TEXT_NODE) return { nodeType: 3, nodeName: '#text', nodeValue: node.value, childNodes: [] };
	const attributes: Record<string, string> = node.type === ELEMENT_NODE ? node.attributes : {};
	return {
		nodeType: node.type === ELEMENT_NODE ? 1 : 9,
		nodeName: node.type === ELEMENT_NODE ? node.name : '#document',
		nodeValue: null,
		childNodes: 'children' in node ? (node.children as Node[]).map(tree) : [],
		getAttribute: (name) => (name in attributes ? String(attributes[name]) : null),
	};
}

const PAGE = `
<h1 id="_top">Lesson 1: Background</h1>
<div class="reading-tools"><p>About 6 minutes to read</p><button>Listen to this lesson</button></div>
<div class="sl-markdown-content">
	<div class="sl-heading-wrapper level-h2"><h2 id="in-short">In short</h2><a class="sl-anchor-link" href="#in-short"><span class="sr-only">Section titled “In short”</span></a></div>
	<p>Report A says the region is an <span class="term-wrap"><a class="term-link" data-read-skip href="/glossary/#enclave">enclave</a><button class="term-button" popovertarget="term-enclave">enclave</button><span popover id="term-enclave">Enclave: an area surrounded by a larger territory.</span></span> <a class="cite" href="/sources/report-a/#p2">[A2]<span class="sr-only"> Report A, paragraph 2</span></a>. It began on Tuesday <a class="cite" href="/sources/report-a/#p7">[A7]</a>.</p>
	<ul><li>Report B says <q>at least 32 persons</q> <a class="cite" href="#">[B10]</a>.</li><li>Second item.</li></ul>
	<blockquote><p>A quotation.</p></blockquote>
	<p hidden>Hidden words.</p>
	<div class="sl-heading-wrapper level-h2"><h2 id="quiz">Quiz</h2></div>
	<p>Check what you have learned.</p>
	<quiz-form class="quiz"><form><fieldset><legend>Which report?</legend></fieldset></form></quiz-form>
	<div class="sl-heading-wrapper level-h2"><h2 id="sources-cited-in-this-lesson">Sources cited in this lesson</h2></div>
	<div class="cited-paragraphs"><blockquote>Paragraph text</blockquote></div>
</div>`;

const roots = () => {
	const doc = tree(parse(PAGE));
	return Array.from(doc.childNodes).filter((n) => n.nodeType === 1);
};

describe('readingBlocks', () => {
	it('reads the title, headings, paragraphs, list items and quotations in order, sentence by sentence', () => {
		const said = readingBlocks(roots()).flatMap((b) => b.sentences.map((s) => s.text));
		expect(said).toEqual([
			'Lesson 1: Background',
			'In short',
			'Report A says the region is an enclave.',
			'It began on Tuesday.',
			'Report B says at least 32 persons.',
			'Second item.',
			'A quotation.',
		]);
	});

	it('says no citation marker, hidden text, definition, control, quiz or appendix', () => {
		const all = readingBlocks(roots())
			.flatMap((b) => b.sentences.map((s) => s.text))
			.join(' ');
		for (const absent of ['[A', '[B', 'paragraph 2', 'Section titled', 'Hidden', 'surrounded', 'Listen', 'minutes'])
			expect(all).not.toContain(absent);
		for (const absent of ['Quiz', 'Check what', 'Which report', 'Sources cited', 'Paragraph text'])
			expect(all).not.toContain(absent);
	});

	it('marks headings, and a skipped section ends at the next heading of its level', () => {
		const html =
			'<div><h2 id="quiz">Quiz</h2><p>Skip me.</p><h3>Still quiz</h3><h2 id="next">Next</h2><p>Read me.</p></div>';
		const blocks = readingBlocks(Array.from(tree(parse(html)).childNodes));
		expect(blocks.map((b) => [b.heading, b.sentences[0]!.text])).toEqual([
			[true, 'Next'],
			[false, 'Read me.'],
		]);
	});
});

describe('locate', () => {
	it('finds the text nodes and offsets of a sentence across inline elements', () => {
		const paragraph = readingBlocks(roots())[2]!;
		const second = paragraph.sentences[1]!;
		const at = locate(paragraph, second.start, second.end)!;
		expect(at.startNode.nodeValue!.slice(at.startOffset)).toMatch(/^It began on Tuesday/);
		expect(at.endNode.nodeValue!.slice(0, at.endOffset)).toBe('.');
	});
});

describe('spoken', () => {
	it('folds white space and drops stray citation markers', () => {
		expect(spoken('Azerbaijan  began [A7] its offensive\n [B16] .')).toBe('Azerbaijan began its offensive.');
	});
});
