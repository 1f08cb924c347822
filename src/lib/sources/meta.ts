// The zod schema of seeds/sources.yaml: what the project knows, and does not know, about each source report.
import { z } from 'astro/zod';
import { PARAGRAPH_KINDS } from './paragraphs';

/** A fact about provenance, with where in the text it comes from; `value` is null when the text does not say. */
const provenanceSchema = z.object({
	/** The value as the text supports it, or null when the text does not say. Never guessed. */
	value: z.string().min(1).nullable(),
	/** Where the text supports the value, or why it is unknown (quote the paragraph number). */
	basis: z.string().min(1, { error: 'say where in the text this comes from, or why it is unknown' }),
});

export const sourceMetaSchema = z.object({
	/** Stable id, used in URLs (`/sources/<id>/`) and in every citation. Never change it once published. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'an id is lower-case letters, digits and single hyphens, e.g. "report-c"',
	}),
	/** File name inside seeds/, e.g. `report-a.txt`. */
	file: z.string().regex(/^[^/\\]+\.txt$/, { error: 'a file name inside seeds/, ending in .txt, e.g. "report-c.txt"' }),
	/** sha256 of the file's bytes; the build refuses a file that no longer matches (the sources stay verbatim). */
	sha256: z
		.string()
		.regex(/^[0-9a-f]{64}$/, { error: 'a sha256 is 64 lower-case hex digits (run `sha256sum seeds/<file>`)' }),
	/** What the site calls the report, e.g. "Report A". Our label, not the outlet's. */
	label: z.string().min(1),
	/** Short form used in citation links, e.g. "A" renders as [A3] for paragraph 3. */
	short: z.string().regex(/^[A-Z][A-Za-z0-9]{0,3}$/, {
		error: 'a short label is 1–4 letters or digits starting with a capital, e.g. "C"',
	}),
	/** The report's headline as written, or null when the text has none. */
	title: provenanceSchema,
	/** The publishing outlet, only if the text names it. */
	outlet: provenanceSchema,
	/** The author, only if the text names one. */
	byline: provenanceSchema,
	/** The day the report was written, derived from the text, with the reasoning. */
	date: z.object({
		/** ISO date, e.g. 2023-09-20. */
		value: z.iso.date({ error: 'a date is written YYYY-MM-DD, e.g. 2023-09-20' }),
		/** How the date follows from the text (the reports give weekdays, not always dates). */
		reasoning: z.string().min(1),
	}),
	/** One-sentence summary for the sources index, in our words. */
	summary: z.string().min(1),
	/** Things a careful reader should know: slips, missing metadata, oddities. */
	notes: z.array(z.string().min(1)).default([]),
	/** Corrections to the paragraph-kind heuristics: paragraph number → kind. */
	kinds: z
		.record(
			z.string().regex(/^[1-9]\d*$/, { error: 'keys of "kinds" are paragraph numbers, e.g. 1' }),
			z.enum(PARAGRAPH_KINDS, { error: `a kind is one of: ${PARAGRAPH_KINDS.join(', ')}` }),
		)
		.default({}),
});

export const sourceManifestSchema = z.object({
	sources: z.array(sourceMetaSchema).min(1, { error: 'list at least one source' }),
});

export type SourceMeta = z.infer<typeof sourceMetaSchema>;
