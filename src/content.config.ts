// Every content collection and its zod schema, in one place.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { sourcesLoader } from './loaders/sources';
import { PARAGRAPH_KINDS } from './lib/paragraphs';
import { sourceMetaSchema } from './lib/source-meta';

/** A source report: its verified metadata and its numbered paragraphs. */
const sources = defineCollection({
	loader: sourcesLoader({ dir: 'seeds' }),
	schema: sourceMetaSchema.omit({ kinds: true }).extend({
		paragraphs: z.array(
			z.object({
				/** 1-based number, as cited: `/sources/<id>/#p<n>`. */
				n: z.number().int().positive(),
				/** The paragraph verbatim. */
				text: z.string().min(1),
				kind: z.enum(PARAGRAPH_KINDS),
			}),
		),
	}),
});

export const collections = {
	docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
	sources,
};
