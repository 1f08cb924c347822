// zod schema for a citation inside a data file (glossary, actors, timeline, quizzes), checked against the seeds.
import { z } from 'astro/zod';
import { citationProblem } from './citations';
import type { Source } from './seeds';

export function citationSchema(sources: readonly Source[]) {
	return z
		.object({
			/** Source id from seeds/sources.yaml, e.g. report-a. */
			source: z.string().min(1),
			/** Paragraph number as shown on the source page. */
			p: z.number({ error: 'p is a paragraph number, e.g. p: 5' }).int().positive(),
			/** Words copied exactly from that paragraph (optional). */
			quote: z.string().min(1).optional(),
		})
		.superRefine((citation, ctx) => {
			const found = citationProblem(sources, citation);
			if (found) ctx.addIssue({ code: 'custom', message: `${found.problem} Fix: ${found.fix}` });
		});
}

export type DataCitation = z.infer<ReturnType<typeof citationSchema>>;
