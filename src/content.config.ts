// Every content collection and its zod schema, in one place (quizzes and the claim ledger: src/lib/quiz/schema.ts,
// src/lib/claims/schema.ts).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { checkedDocsLoader } from './loaders/checked-docs';
import { citationGate } from './loaders/citation-gate';
import { yamlFile, yamlFiles } from './loaders/checked-yaml';
import { quizBank } from './loaders/quiz-bank';
import { sourcesLoader } from './loaders/sources';
import { FRAMING_IDS, framingLoader } from './loaders/framing';
import { framingEntrySchema } from './lib/framing/schema';
import {
	LESSON_SCREEN_IDS,
	LESSON_SCREENS_FILE,
	lessonScreensLoader,
	lessonScreensSchema,
} from './loaders/lesson-screens';
import { spellingClashes } from './lib/search/names';
import { citationSchema } from './lib/sources/citation-schema';
import { claimSchema, ledgerFileProblems } from './lib/claims/schema';
import { quizSchema, quizzesBalance } from './lib/quiz/schema';
import { PARAGRAPH_KINDS } from './lib/sources/paragraphs';
import { sourceMetaSchema } from './lib/sources/meta';
import { readValidSources } from './lib/sources/seeds';

/**
 * Citations in data files are checked against the same verified seeds the sources collection loads. Broken seeds give
 * none here (an error thrown while Astro reads this file would reach authors wrapped in Astro's own words): the gate
 * below reports them, with every citation that no longer checks out, from whichever loader runs first.
 */
const SOURCES = readValidSources('seeds');
/** What the ids of the list files are for, said when one is used twice. */
const TIMELINE_IDS = { entry: 'timeline event', usedFor: "the event's anchor on /timeline/ (#<id>)", label: 'title' };
const CLAIM_IDS = {
	entry: 'claim',
	usedFor: "its row's anchor on /compare/ (#claim-<id>) and the name <ClaimTable ids={…} /> uses in lessons",
	label: 'question',
};
const gate = citationGate({
	seeds: 'seeds',
	data: [
		{ path: 'src/content/glossary' },
		{ path: 'src/content/actors' },
		{ path: 'src/content/timeline.yaml', noun: 'timeline event', ids: TIMELINE_IDS },
		{ path: 'src/content/quizzes' },
		{ path: 'src/content/claims.yaml', noun: 'claim', check: ledgerFileProblems, ids: CLAIM_IDS },
		{ path: 'src/content/framing.yaml', noun: 'framing word', ids: FRAMING_IDS },
		{ path: LESSON_SCREENS_FILE, noun: 'lesson plan', ids: LESSON_SCREEN_IDS },
	],
	docs: 'src/content/docs',
	lessons: { dir: 'lessons/', minDistinctCitations: 6 },
});
const cite = citationSchema(SOURCES);
const cites = z.array(cite).min(1, { error: 'give at least one citation: { source: report-a, p: 5, quote: "…" }' });

/** A source report: its verified metadata and its numbered paragraphs. */
const sources = defineCollection({
	loader: sourcesLoader({ dir: 'seeds', gate }),
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
const glossarySchema = z.object({
	/** The term as the guide writes it. */
	term: z.string().min(1),
	/** Other spellings and names, including the reports' own and common misspellings; search finds them. */
	otherNames: z.array(z.string().min(1)).default([]),
	/** A plain definition for a 14-year-old, in one or two sentences. */
	definition: z.string().min(1),
	/** How the reports use the term, attributed and cited. */
	inReports: z.string().min(1),
	cites,
});
const glossary = defineCollection({
	loader: yamlFiles('src/content/glossary', {
		schema: glossarySchema,
		gate,
		check: (entries) =>
			spellingClashes(
				entries.map((e) => ({
					file: e.filePath ?? `src/content/glossary/${e.id}.yaml`,
					term: String(e.data['term']),
					otherNames: (e.data['otherNames'] as string[] | undefined) ?? [],
				})),
			),
	}),
	schema: glossarySchema,
});

export const ACTOR_KINDS = ['state', 'government body', 'armed group', 'media', 'person'] as const;
export const ACTOR_SIDES = ['azerbaijan', 'karabakh', 'armenia', 'mediator', 'other'] as const;

/** A party the reports name, one file per actor in src/content/actors/; the file name is its id. */
const actorSchema = z.object({
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
});
const actors = defineCollection({
	loader: yamlFiles('src/content/actors', { schema: actorSchema, gate }),
	schema: actorSchema,
});

/** Events in order, dated as the reports date them (src/content/timeline.yaml). */
const timelineSchema = z
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
	});
const timeline = defineCollection({
	loader: yamlFile('src/content/timeline.yaml', TIMELINE_IDS, { schema: timelineSchema, gate }),
	schema: timelineSchema,
});

/** The claim ledger (src/content/claims.yaml): what each report says on each question, quote beside quote. */
const claims = defineCollection({
	loader: yamlFile(
		'src/content/claims.yaml',
		CLAIM_IDS,
		// The ledger's own checks (relations, silent sources, coverage) depend on the sources: the gate runs them.
		{ schema: claimSchema, gate },
	),
	schema: claimSchema,
});

/** A quiz, one file per quiz in src/content/quizzes/; the file name is its id (see src/lib/quiz/schema.ts). */
const quizSchemaWithSources = quizSchema(SOURCES);
const quizzes = defineCollection({
	loader: yamlFiles('src/content/quizzes', {
		schema: quizSchemaWithSources,
		gate,
		check: quizzesBalance,
		// Questions listed by reference (`- from: <quiz-id>/<question-id>`) are put in place before the schema runs.
		prepare: quizBank('src/content/quizzes'),
	}),
	schema: quizSchemaWithSources,
});

/** Words that carry a side (src/content/framing.yaml): each only quoted and attributed in the guide's own voice. */
const framingSchema = framingEntrySchema(cites);
const framing = defineCollection({ loader: framingLoader({ gate, schema: framingSchema }), schema: framingSchema });

const screensSchema = lessonScreensSchema(cite);
const lessonScreens = defineCollection({ loader: lessonScreensLoader(screensSchema, gate), schema: screensSchema });

export const collections = {
	framing,
	docs: defineCollection({ loader: checkedDocsLoader({ gate }), schema: docsSchema() }),
	/** Starlight's UI strings (src/content/i18n/en.yaml): its defaults, declared so Starlight finds the collection it reads. */
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
	sources,
	glossary,
	actors,
	timeline,
	quizzes,
	claims,
	lessonScreens,
};
