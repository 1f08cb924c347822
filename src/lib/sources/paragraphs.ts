// Splits a source report into numbered paragraphs and labels each with its kind (contracts.md, "Paragraphs of a source").

/** What role a paragraph plays in a report; it never changes the paragraph's number. */
export const PARAGRAPH_KINDS = ['headline', 'standfirst', 'byline', 'caption', 'body', 'boilerplate'] as const;
export type ParagraphKind = (typeof PARAGRAPH_KINDS)[number];

export interface Paragraph {
	/** 1-based position among the non-empty lines of the file. */
	n: number;
	/** The line exactly as written, without its line ending. */
	text: string;
	kind: ParagraphKind;
}

/**
 * Every non-empty line is a paragraph, numbered from 1 in file order.
 * CRLF and a missing final newline parse the same as LF; a line of only spaces counts as empty.
 */
export function splitParagraphs(text: string): string[] {
	return text.split(/\r\n|\n|\r/).filter((line) => line.trim() !== '');
}

const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]+(\s+\p{Lu}[\p{L}'’.-]+)*\s*(,.*)?$/u;
/** Agency-style image slugs such as "AZERBAIJAN-ARMENIA-KARABAKH-CONFLICT". */
const IMAGE_SLUG = /^[\p{Lu}\d]+(-[\p{Lu}\d]+)+$/u;
/** Picture credits such as "(Image: Getty)" at the end of a caption. */
const IMAGE_CREDIT = /\((Image|Photo|Picture)s?:[^)]*\)\s*$/i;
/** Newsletter, notification and subscription prompts that close many online reports. */
const BOILERPLATE = /\b(newsletter|notifications?|sign up|subscribe|follow us)\b/i;
const ENDS_SENTENCE = /[.!?]["'”’)]?$/;

/**
 * Guesses each paragraph's kind from its wording and position. Heuristics only: a source's
 * metadata can override any paragraph by number.
 */
export function classifyParagraphs(lines: readonly string[]): ParagraphKind[] {
	const bylineAt = lines.findIndex((line) => BYLINE.test(line.trim()));
	return lines.map((raw, i) => {
		const line = raw.trim();
		if (i === bylineAt) return 'byline';
		if (IMAGE_SLUG.test(line) || IMAGE_CREDIT.test(line)) return 'caption';
		if (i === lines.length - 1 && BOILERPLATE.test(line) && line.endsWith('?')) return 'boilerplate';
		if (i === lines.length - 1 && /^(sign up|subscribe|follow)/i.test(line)) return 'boilerplate';
		// Headline and standfirst come before the byline, or are the first line when there is none.
		const inHeader = bylineAt >= 0 ? i < bylineAt : i === 0;
		if (inHeader) return i === 0 && !ENDS_SENTENCE.test(line) ? 'headline' : 'standfirst';
		return 'body';
	});
}

/** Numbers and classifies a report, applying per-paragraph overrides (number → kind) last. */
export function parseReport(text: string, overrides: Readonly<Record<number, ParagraphKind>> = {}): Paragraph[] {
	const lines = splitParagraphs(text);
	const kinds = classifyParagraphs(lines);
	return lines.map((line, i) => ({ n: i + 1, text: line, kind: overrides[i + 1] ?? kinds[i]! }));
}
