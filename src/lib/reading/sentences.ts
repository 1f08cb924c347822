// Sentence boundaries in plain text, as offsets, so a reader can both count sentences and highlight one on the page.

export interface Span {
	/** Offset of the sentence's first non-space character. */
	start: number;
	/** Offset just after its last character (closing quotation marks and brackets included). */
	end: number;
}

// A sentence ends at . ! or ? (then any closing quotes or brackets) followed by space and a capital, digit or opening
// quote, or by the end of the text. "1pm", "09:00" and "120,000" hold no boundary.
const END = /[.!?]+["'”’)\]]*(?=\s+["“‘(]?[\p{Lu}\p{N}]|\s*$)/gu;

export function sentenceSpans(text: string): Span[] {
	const spans: Span[] = [];
	let from = 0;
	const push = (end: number) => {
		const slice = text.slice(from, end);
		const lead = slice.length - slice.trimStart().length;
		const trimmed = slice.trim();
		if (/[\p{L}\p{N}]/u.test(trimmed)) spans.push({ start: from + lead, end: from + lead + trimmed.length });
		from = end;
	};
	for (const match of text.matchAll(END)) push(match.index + match[0].length);
	push(text.length);
	return spans;
}

/** Spaces left where a citation was ("offensive [A2]." → "offensive .") closed up, white space folded. */
export const tidy = (text: string): string =>
	text
		.replace(/\s+/g, ' ')
		.replace(/\s+([.,;:!?)])/g, '$1')
		.trim();
