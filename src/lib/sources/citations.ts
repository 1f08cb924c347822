// Checks that a citation points at a real paragraph and that its quote occurs there (contracts.md).
import type { Source } from './seeds';

/** A pointer into a source report: `/sources/<source>/#p<p>`, optionally with the words relied on. */
export interface Citation {
	source: string;
	p: number;
	/** Verbatim words from that paragraph; must occur in it (white space and curly quotes normalised). */
	quote?: string | undefined;
}

/** The only forgiveness the contract allows: runs of white space, and curly versus straight quotes. */
export function normaliseForQuote(text: string): string {
	return text
		.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
		.replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}

export function quoteOccursIn(quote: string, paragraph: string): boolean {
	const needle = normaliseForQuote(quote);
	return needle !== '' && normaliseForQuote(paragraph).includes(needle);
}

/** What is wrong with a citation and how to fix it, or undefined when it resolves. */
export function citationProblem(
	sources: readonly Pick<Source, 'id' | 'paragraphs'>[],
	{ source, p, quote }: Citation,
): { problem: string; fix: string } | undefined {
	const found = sources.find((s) => s.id === source);
	if (!found) {
		return {
			problem: `unknown source "${source}".`,
			fix: `use one of the source ids in seeds/sources.yaml: ${sources.map((s) => `"${s.id}"`).join(', ')}; if "${source}" has been removed, remove this citation or cite another report (README, "Removing a source").`,
		};
	}
	const count = found.paragraphs.length;
	if (!Number.isInteger(p) || p < 1 || p > count) {
		return {
			problem: `paragraph ${p} does not exist: ${source} has paragraphs 1 to ${count}.`,
			fix: `open /sources/${source}/ and use the number shown beside the paragraph you mean.`,
		};
	}
	const paragraph = found.paragraphs[p - 1]!.text;
	if (quote !== undefined && !quoteOccursIn(quote, paragraph)) {
		return {
			problem: `the quote "${quote}" is not in ${source} paragraph ${p}, which reads: "${paragraph}"`,
			fix: 'copy the words exactly as the paragraph has them (only spacing and curly/straight quotes may differ), or cite the paragraph that says it.',
		};
	}
	return undefined;
}
