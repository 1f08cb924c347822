// The zod schema of one row of the claim ledger (src/content/claims.yaml); checks across cells and sources are in
// checks.ts, run over the whole ledger by its loader.
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { AuthorProblem } from '../site/author-error';
import { ledgerProblems } from './checks';
import { CLAIM_TOPICS, DIFFERENCE_KINDS, RELATION, type Claim, type SourceLike } from './ledger';

export const claimSchema = z.object({
	/** Lower-case words joined by hyphens; the row's anchor on /compare/ (#claim-<id>), so keep it stable. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'a claim id is lower-case words joined by hyphens, e.g. "death-toll"',
	}),
	/** Which group of rows it sits in on /compare/. */
	topic: z.enum(CLAIM_TOPICS, { error: `topic is one of: ${CLAIM_TOPICS.join(', ')}` }),
	/** What a reader might ask the reports, in plain English ("How many people were killed?"). */
	question: z.string().trim().min(1),
	/**
	 * How the reports that carry the claim (those its cells quote) compare: same or differs among them, or
	 * only-<short label> when one report alone carries it (only-a: Report A).
	 */
	relation: z.string().regex(RELATION, { error: 'relation is same, differs, or only-<letter> (only-a, only-b)' }),
	/** For differs: how the reports differ, at least one kind. */
	kinds: z.array(z.enum(DIFFERENCE_KINDS, { error: `a kind is one of: ${DIFFERENCE_KINDS.join(', ')}` })).default([]),
	/** One or two sentences for students: what to notice. */
	note: z.string().trim().min(1),
	/**
	 * Source ids of the reports that do not say it. Every source is either quoted in the cells or listed here, so a
	 * new report cannot leave a badge such as "Only in Report A" untrue: each row must say whether the new one says it.
	 */
	silent: z.array(z.string().min(1), { error: 'silent is a list of source ids, e.g. silent: [report-b]' }).default([]),
	cells: z
		.array(
			z.object({
				/** Source id from seeds/sources.yaml. */
				source: z.string().min(1),
				/** Paragraph number as shown on the source page. */
				paragraph: z.number().int().positive(),
				/** Words copied exactly from that paragraph (checked like every citation). */
				quote: z.string().trim().min(1),
				/** Who the report says is speaking: the report itself ("Report A") or a named party or agency. */
				voice: z.string().trim().min(1),
			}),
			{ error: 'cells is a list of { source, paragraph, quote, voice }, one per quote; a claim needs at least one' },
		)
		.min(1, { error: 'a claim needs at least one cell: { source, paragraph, quote, voice }' }),
});

/**
 * The whole ledger file's problems against the sources (claimProblems and coverage, in checks.ts), when every row has
 * its schema's shape; a row that does not is the claims loader's to report, at its line.
 */
export function ledgerFileProblems(file: string, text: string, sources: readonly SourceLike[]): AuthorProblem[] {
	const rows: unknown = parse(text);
	const parsed = (Array.isArray(rows) ? rows : []).map((row) => claimSchema.safeParse(row));
	if (!parsed.every((p) => p.success)) return [];
	const claims: Claim[] = parsed.flatMap((p) => (p.success ? [p.data] : []));
	return ledgerProblems(file, claims, sources);
}
