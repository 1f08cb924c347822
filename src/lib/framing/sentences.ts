// Reading authored text for the framing check: sentences, the spans inside quotation marks, and the source line of
// any point in a text that was joined from several lines.

/** A piece of text written in the guide's own voice, with where it comes from. */
export interface AuthoredText {
	/** File the author edits, relative to the project root. */
	file: string;
	/** Line of the text's first character. */
	line: number;
	/** Offsets in `text` where each following source line begins (for text folded from several lines). */
	breaks?: readonly number[];
	/** The field or element it is, for the message ("options[2].feedback", "paragraph"). */
	field?: string;
	text: string;
}

/** The source line of offset `i` in an authored text. */
export const lineAt = (t: AuthoredText, i: number): number =>
	t.line + (t.breaks ?? []).filter((b) => b <= i).length + (t.text.slice(0, i).match(/\n/g)?.length ?? 0);

/** Sentences with their offsets: split after . ! ? followed by a space and what can begin a sentence. */
export function sentences(text: string): { start: number; text: string }[] {
	const out: { start: number; text: string }[] = [];
	let start = 0;
	for (const m of text.matchAll(/[.!?]["”’)]*\s+(?=["“‘(]?[A-Z0-9])/g)) {
		const end = m.index + m[0].length;
		out.push({ start, text: text.slice(start, end) });
		start = end;
	}
	if (start < text.length) out.push({ start, text: text.slice(start) });
	return out;
}

/** Spans inside quotation marks: “…”, "…", and ‘…’ opened at the start of a word (an apostrophe is not a quote). */
export function quotedSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(/“[^”]*”|"[^"]*"|(?<![\p{L}\d])‘[^’]*’(?![\p{L}])/gu))
		spans.push([m.index, m.index + m[0].length]);
	return spans;
}
