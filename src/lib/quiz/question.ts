// The zod schema of one quiz question (seven types) and of a quiz file, and the types every quiz module imports:
// the checks (schema.ts, problems.ts), grading and the item rules depend on this module, never the reverse.
import { z } from 'astro/zod';
import { ANSWER_KINDS } from './matching/match';
import { REFERENCE } from './references';

/** The item-writing rules (src/lib/quiz/items/) by name: a question or a quiz may waive one. */
export const ITEM_RULES = [
	'key-length',
	'distractor-feedback',
	'answer-leak',
	'all-none-of-the-above',
	'negative-stem',
	'true-false-balance',
	'match-spare-options',
	'type-mix',
] as const;
export type ItemRule = (typeof ITEM_RULES)[number];

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'fill-in', 'order', 'match', 'discussion'] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

const text = z.string().trim().min(1);

/** A quoted piece of evidence: the words must occur in that paragraph (contracts.md). */
const evidence = z.object({
	/** Source id from seeds/sources.yaml. */
	source: text,
	/** Paragraph number as shown on the source page. */
	paragraph: z.number().int().positive(),
	/** Words copied exactly from that paragraph. */
	quote: text,
});

/** Lets one question (or a quiz) break one item-writing rule (src/lib/quiz/items/), for a stated reason. */
const waiver = z.object({
	/** The rule's name, as the build's message gives it. */
	rule: z.enum(ITEM_RULES, { error: `rule is one of: ${ITEM_RULES.join(', ')}` }),
	/** Why this item may break the rule: a teacher reading the file must be convinced. */
	why: z
		.string({ error: 'a waiver needs why: the reason this item may break the rule.' })
		.trim()
		.min(10, { error: 'a waiver needs why: a reason of at least a few words.' }),
});

const waivers = z.array(waiver).default([]);

const base = {
	/** Unique within the quiz; part of the export and of saved progress, so keep it stable. */
	id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
		error: 'a question id is lower-case words joined by hyphens, e.g. "who-proposed"',
	}),
	/** The question as the student reads it. */
	prompt: text,
	/** Why the answer is right, in a sentence or two. */
	explanation: text.optional(),
	/** Paragraphs that back the answer, each with a verbatim quote. */
	evidence: z.array(evidence).default([]),
	/** Item-writing rules this question may break, each with the reason. */
	allow: waivers,
	/**
	 * Set by the quizzes loader on a question listed by reference (`- from: <quiz-id>/<question-id>`, references.ts):
	 * the quiz and question it was taken from. Authors write `from:` alone, never beside a question's fields.
	 */
	from: z.string().regex(REFERENCE).optional(),
};

const option = z.object({
	text,
	correct: z.boolean().default(false),
	/** Shown when this option is chosen (optional). */
	feedback: text.optional(),
});

export const questionSchema = z.discriminatedUnion(
	'type',
	[
		z.object({ ...base, type: z.literal('single'), options: z.array(option).min(2) }),
		z.object({ ...base, type: z.literal('multiple'), options: z.array(option).min(2) }),
		/** Options are generated ("True", "False"); `answer` says which is right. */
		z.object({ ...base, type: z.literal('true-false'), answer: z.boolean() }),
		/** The first answer is canonical; matching ignores case, diacritics, surrounding space and punctuation. */
		z.object({
			...base,
			type: z.literal('fill-in'),
			/** The canonical answer first (shown as "the answer"), then only genuinely different alternatives ("Yevlax"). */
			answers: z.array(text),
			/**
			 * What kind of answer it expects, which decides how it is marked (src/lib/quiz/matching/): a time, a number in
			 * figures or words, a duration with its unit, or a name or short phrase (small slips forgiven).
			 */
			kind: z.enum(ANSWER_KINDS, { error: `kind is one of: ${ANSWER_KINDS.join(', ')}` }),
			/** phrase: other names that make an answer wrong when it also gives them ("Armenpress and Interfax"). */
			others: z.array(text).default([]),
			/**
			 * number: words that, labelling the number (people, were, have been… between), make it count something else
			 * ("232 people were killed"); a smaller number they label is a part of the total ("232, 32 of them dead").
			 */
			mislabels: z.array(text).default([]),
			/** Renamed: the kind of answer is now `kind:`. */
			match: z
				.never({
					error: 'match: is now kind: (time, number, duration or phrase); list only genuinely different answers',
				})
				.optional(),
		}),
		/** Items in the correct order. */
		z.object({ ...base, type: z.literal('order'), items: z.array(text) }),
		/** Each left goes with its right; `distractors` are spare right-hand texts that match nothing. */
		z.object({
			...base,
			type: z.literal('match'),
			pairs: z.array(z.object({ left: text, right: text })),
			distractors: z.array(text).default([]),
		}),
		/** Not graded: points a good answer covers, for the teacher. */
		z.object({ ...base, type: z.literal('discussion'), guidance: z.array(text).min(1) }),
	],
	{ error: `type is one of: ${QUESTION_TYPES.join(', ')}` },
);

export type Question = z.infer<typeof questionSchema>;

export type GradedQuestion = Exclude<Question, { type: 'discussion' }>;

/** A quiz file's fields; schema.ts adds the checks across questions and the item rules. */
export const quizObject = z.object({
	/** Shown as the quiz's heading and its form's accessible name. */
	title: text,
	/** Slug of the lesson this quiz goes with (e.g. "background"), or null for a review quiz. */
	lesson: z.string().nullable(),
	/** One or two sentences shown above the questions. */
	intro: text.optional(),
	/** Position on the quizzes index. */
	order: z.number().int(),
	/**
	 * For a route's quiz: the route's anchor on /teachers/routes/ (e.g. "one-lesson"). A route quiz lists its questions
	 * by reference (`from:`); /quizzes/ labels it a route quiz, and the unit's SCORM package and cartridge leave it out
	 * (its questions are already there, in their lessons' quizzes).
	 */
	route: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
			error: 'route is the anchor of a route on /teachers/routes/, e.g. "one-lesson"',
		})
		.optional(),
	questions: z.array(questionSchema).min(1),
	/** Quiz-wide item-writing rules (type-mix, true-false-balance) this quiz may break, each with the reason. */
	allow: waivers,
});
export type Quiz = z.infer<typeof quizObject>;
