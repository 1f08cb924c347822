// The zod schema of a quiz file (src/content/quizzes/<id>.yaml): seven question types and the rules authors must meet.
import { z } from 'astro/zod';
import { citationProblem } from '../sources/citations';
import { typedValue } from './grading';
import type { AuthorProblem } from '../site/author-error';
import { ITEM_RULES, itemFindings, trueShareFinding, type CheckedQuiz } from './item-rules';
import type { Source } from '../sources/seeds';

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

/** Lets one question (or a quiz) break one item-writing rule (src/lib/quiz/item-rules.ts), for a stated reason. */
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
			answers: z.array(text),
			/** "time" and "number" also accept any way of writing the first answer's value ("9 a.m.", "about 120,000"). */
			match: z.enum(['text', 'time', 'number'], { error: 'match is one of: text, time, number' }).default('text'),
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

const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

/** Every rule an author can break in one question, as messages naming the question and the fix. */
export function questionProblems(q: Question, sources: readonly Source[]): string[] {
	const problems: string[] = [];
	const say = (problem: string, fix: string) => problems.push(`question "${q.id}": ${problem} Fix: ${fix}`);
	if (q.type === 'single' || q.type === 'multiple') {
		const correct = q.options.filter((o) => o.correct).length;
		if (q.type === 'single' && correct !== 1) {
			say(
				`a single-choice question needs exactly one correct option; it has ${correct}.`,
				'mark exactly one option with correct: true, or make it type: multiple.',
			);
		}
		if (q.type === 'multiple' && correct < 1)
			say(
				'a multiple-choice question needs at least one correct option.',
				'mark the right options with correct: true.',
			);
		for (const d of duplicates(q.options.map((o) => o.text.toLowerCase())))
			say(`the option "${d}" appears twice.`, 'make every option different.');
	}
	if (q.type === 'fill-in' && q.answers.length < 1)
		say(
			'a fill-in question needs at least one accepted answer.',
			'list them under answers:, the usual spelling first.',
		);
	if (q.type === 'fill-in' && q.match !== 'text') {
		const value = typedValue(q.match, q.answers[0] ?? '');
		if (value === null)
			say(
				`the first answer "${q.answers[0]}" is not a ${q.match}.`,
				`write it as a ${q.match === 'time' ? 'time, e.g. "09:00"' : 'number, e.g. "120,000"'}, or use match: text.`,
			);
		for (const a of q.answers.slice(1)) {
			const other = typedValue(q.match, a);
			if (value !== null && other !== null && other !== value)
				say(
					`the answer "${a}" is a different ${q.match} from "${q.answers[0]}".`,
					'list only ways of writing the same answer.',
				);
		}
	}
	if (q.type === 'order' && q.items.length < 3)
		say(
			`an ordering question needs at least 3 items; it has ${q.items.length}.`,
			'add items, listed in the correct order.',
		);
	if (q.type === 'order')
		for (const d of duplicates(q.items)) say(`the item "${d}" appears twice.`, 'make every item different.');
	if (q.type === 'match') {
		if (q.pairs.length < 2)
			say(
				`a matching question needs at least 2 pairs; it has ${q.pairs.length}.`,
				'add pairs as { left: …, right: … }.',
			);
		for (const side of ['left', 'right'] as const) {
			for (const d of duplicates(q.pairs.map((p) => p[side])))
				say(`"${d}" appears twice on the ${side}.`, `make each ${side}-hand side unique.`);
		}
		for (const d of duplicates([...q.pairs.map((p) => p.right), ...q.distractors]))
			say(
				`the spare option "${d}" is also a right-hand answer or listed twice.`,
				'make each spare option different from every right-hand text.',
			);
	}
	if (q.type !== 'discussion') {
		if (!q.explanation)
			say(
				'a graded question needs an explanation.',
				'add explanation: saying why the answer is right, in a sentence or two.',
			);
		if (q.evidence.length < 1)
			say(
				'a graded question needs at least one piece of evidence.',
				'add evidence: [{ source: report-a, paragraph: 5, quote: "words from it" }].',
			);
	}
	q.evidence.forEach((e, i) => {
		const found = citationProblem(sources, { source: e.source, p: e.paragraph, quote: e.quote });
		if (found) say(`evidence[${i}]: ${found.problem}`, found.fix);
	});
	return problems;
}

export function quizSchema(sources: readonly Source[]) {
	return z
		.object({
			/** Shown as the quiz's heading and its form's accessible name. */
			title: text,
			/** Slug of the lesson this quiz goes with (e.g. "background"), or null for a review quiz. */
			lesson: z.string().nullable(),
			/** One or two sentences shown above the questions. */
			intro: text.optional(),
			/** Position on the quizzes index. */
			order: z.number().int(),
			questions: z.array(questionSchema).min(1),
			/** Quiz-wide item-writing rules (type-mix, true-false-balance) this quiz may break, each with the reason. */
			allow: waivers,
		})
		.superRefine((quiz, ctx) => {
			for (const id of duplicates(quiz.questions.map((q) => q.id))) {
				ctx.addIssue({
					code: 'custom',
					path: ['questions'],
					message: `question id "${id}" is used twice. Fix: give each question its own id.`,
				});
			}
			quiz.questions.forEach((q, i) => {
				for (const message of questionProblems(q, sources))
					ctx.addIssue({ code: 'custom', path: ['questions', i], message });
			});
			for (const f of itemFindings(quiz)) {
				const i = quiz.questions.findIndex((q) => q.id === f.question);
				const where = i >= 0 ? `question "${f.question}": ` : '';
				const message = `${where}item rule ${f.rule}: ${f.problem} Fix: ${f.fix} (If the item is right as it is, waive the rule with allow: [{ rule: ${f.rule}, why: "…" }].)`;
				ctx.addIssue({ code: 'custom', path: i >= 0 ? ['questions', i] : ['questions'], message });
			}
		});
}
export type Quiz = z.infer<ReturnType<typeof quizSchema>>;

/** Site-wide item rule: the share of true/false questions keyed True, over every quiz (run by the quizzes loader). */
export function quizzesBalance(entries: readonly { id: string; data: Record<string, unknown> }[]): AuthorProblem[] {
	const problem = trueShareFinding(entries.map((e) => e.data as unknown as CheckedQuiz));
	return problem
		? [
				{
					file: 'src/content/quizzes/',
					field: 'true-false questions (all quizzes)',
					problem,
					fix: 'rewrite some true/false statements so that about half of them are true.',
				},
			]
		: [];
}
