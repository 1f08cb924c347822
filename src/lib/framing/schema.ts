// The schema of one entry of src/content/framing.yaml, a word that carries a side (documented field by field); the
// citations' schema comes from the collection, which checks them against the sources.
import { z } from 'astro/zod';

export function framingEntrySchema<C extends z.ZodType>(cites: C) {
	return z.object({
		/** The word's forms as the reports and students write them; matched whole, any case. */
		forms: z.array(z.string().min(1)).min(1),
		/** Who uses it in the reports, each with the paragraphs (checked like every citation); none for a word that
		 * neither report uses (the guide then never writes it, quoted or not). */
		usedBy: z.array(z.object({ who: z.string().min(1), cites })).default([]),
		/** The view the word carries ("that the ethnic Armenian side is breaking away from a state"). */
		view: z.string().min(1),
		/** The party that would reject it. */
		rejectedBy: z.string().min(1),
		/** What the guide writes instead, comma-separated. */
		neutral: z.string().min(1),
		/** The glossary entry that says whose word it is (src/content/glossary/<id>.yaml); needed when the reports use it. */
		glossary: z.string().min(1).optional(),
		/** Sentences about the word itself, each with the reason: { file, text (a piece of the sentence), why }. */
		allow: z.array(z.object({ file: z.string().min(1), text: z.string().min(3), why: z.string().min(10) })).default([]),
	});
}
