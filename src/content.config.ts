// Every content collection and its zod schema, in one place.
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { checkedDocsLoader } from './loaders/checked-docs';
import { yamlFile, yamlFiles } from './loaders/checked-yaml';
import { sourcesLoader } from './loaders/sources';
import { framingLoader } from './loaders/framing';
import { spellingClashes } from './lib/search/names';
import { citationSchema } from './lib/sources/citation-schema';
import { CLAIM_TOPICS, DIFFERENCE_KINDS, RELATION, type Claim } from './lib/claims/ledger';
import { ledgerProblems } from './lib/claims/checks';
import { quizSchema, quizzesBalance } from './lib/quiz/schema';
import { PARAGRAPH_KINDS } from './lib/sources/paragraphs';
import { sourceMetaSchema } from './lib/sources/meta';
import { readSources } from './lib/sources/seeds';

/** Citations in data files are checked against the same verified seeds the sources collection loads. */
const SOURCES = readSources('seeds');
const cite = citationSchema(SOURCES);
const cites = z.array(cite).min(1, { error: 'give at least one citation: { source: report-a, p: 5, quote: "…" }' });

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

/** A term a student may not know, one file per term in src/content/glossary/; the file name is its id. */
const glossary = defineCollection({
	loader: yamlFiles('src/content/glossary', (entries) =>
		spellingClashes(
			entries.map((e) => ({
				file: e.filePath ?? `src/content/glossary/${e.id}.yaml`,
				term: String(e.data['term']),
				otherNames: (e.data['otherNames'] as string[] | undefined) ?? [],
			})),
		),
	),
	schema: z.object({
		/** The term as the guide writes it. */
		term: z.string().min(1),
		/** Other spellings and names, including the reports' own and common misspellings; search finds them. */
		otherNames: z.array(z.string().min(1)).default([]),
		/** A plain definition for a 14-year-old, in one or two sentences. */
		definition: z.string().min(1),
		/** How the reports use the term, attributed and cited. */
		inReports: z.string().min(1),
		cites,
	}),
});

export const ACTOR_KINDS = ['state', 'government body', 'armed group', 'media', 'person'] as const;
export const ACTOR_SIDES = ['azerbaijan', 'karabakh', 'armenia', 'mediator', 'other'] as const;

/** A party the reports name, one file per actor in src/content/actors/; the file name is its id. */
const actors = defineCollection({
	loader: yamlFiles('src/content/actors'),
	schema: z.object({
		name: z.string().min(1),
		kind: z.enum(ACTOR_KINDS, { error: `kind is one of: ${ACTOR_KINDS.join(', ')}` }),
		/** Which group the card sits in; "mediator" is Russia's role as both reports describe it. */
		side: z.enum(ACTOR_SIDES, { error: `side is one of: ${ACTOR_SIDES.join(', ')}` }),
		/** Position in lists and on the actors lesson. */
		order: z.number().int(),
		/** Their part in these events, in a sentence. */
		role: z.string().min(1),
		/** What they did or said, each item cited. */
		did: z.array(z.object({ text: z.string().min(1), cites })).min(1),
		/** Arrows in the relationship diagram: to "ceasefire", "talks" or another actor's id. */
		relations: z.array(z.object({ verb: z.string().min(1), target: z.string().min(1), cites })).default([]),
	}),
});

/** Events in order, dated as the reports date them (src/content/timeline.yaml). */
const timeline = defineCollection({
	loader: yamlFile('src/content/timeline.yaml', {
		entry: 'timeline event',
		usedFor: "the event's anchor on /timeline/ (#<id>)",
		label: 'title',
	}),
	schema: z
		.object({
			/** Orders the events (the reports do not date them all). */
			sort: z.number(),
			/** The time as the reports give it, e.g. "Tuesday" or "Early 1990s". */
			when: z.string().min(1),
			/** Calendar date, when one can be given. */
			date: z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), z.iso.date()).optional(),
			/** How the calendar date was derived from the reports; null when there is no date. */
			derived: z.string().min(1).nullable(),
			title: z.string().min(1),
			text: z.string().min(1),
			cites,
		})
		.refine((event) => (event.date === undefined) === (event.derived === null), {
			error:
				'an event with a date needs "derived" (how the date follows from the reports); one without a date has derived: null',
		}),
});

/** The claim ledger (src/content/claims.yaml): what each report says on each question, quote beside quote. */
const claims = defineCollection({
	loader: yamlFile(
		'src/content/claims.yaml',
		{
			entry: 'claim',
			usedFor: "its row's anchor on /compare/ (#claim-<id>) and the name <ClaimTable ids={…} /> uses in lessons",
			label: 'question',
		},
		(entries) =>
			ledgerProblems(
				'src/content/claims.yaml',
				entries.map((e) => ({ ...(e.data as unknown as Claim), id: e.id })),
				SOURCES,
			),
	),
	schema: z.object({
		/** Lower-case words joined by hyphens; the row's anchor on /compare/ (#claim-<id>), so keep it stable. */
		id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			error: 'a claim id is lower-case words joined by hyphens, e.g. "death-toll"',
		}),
		/** Which group of rows it sits in on /compare/. */
		topic: z.enum(CLAIM_TOPICS, { error: `topic is one of: ${CLAIM_TOPICS.join(', ')}` }),
		/** What a reader might ask the reports, in plain English ("How many people were killed?"). */
		question: z.string().trim().min(1),
		/** same, differs, or only-a / only-b (… for more reports): only in the report whose label ends in that letter. */
		relation: z.string().regex(RELATION, { error: 'relation is same, differs, or only-<letter> (only-a, only-b)' }),
		/** For differs: how the reports differ, at least one kind. */
		kinds: z.array(z.enum(DIFFERENCE_KINDS, { error: `a kind is one of: ${DIFFERENCE_KINDS.join(', ')}` })).default([]),
		/** One or two sentences for students: what to notice. */
		note: z.string().trim().min(1),
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
			)
			.min(1, { error: 'a claim needs at least one cell: { source, paragraph, quote, voice }' }),
	}),
});

/** A quiz, one file per quiz in src/content/quizzes/; the file name is its id (see src/lib/quiz/schema.ts). */
const quizzes = defineCollection({
	loader: yamlFiles('src/content/quizzes', quizzesBalance),
	schema: quizSchema(SOURCES),
});

/** Words that carry a side (src/content/framing.yaml): each only quoted and attributed in the guide's own voice. */
const framing = defineCollection({
	loader: framingLoader(),
	schema: z.object({
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
	}),
});

export const collections = {
	framing,
	docs: defineCollection({ loader: checkedDocsLoader(), schema: docsSchema() }),
	/** Starlight's UI strings (src/content/i18n/en.yaml): its defaults, declared so Starlight finds the collection it reads. */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	sources,
	glossary,
	actors,
	timeline,
	quizzes,
	claims,
};
