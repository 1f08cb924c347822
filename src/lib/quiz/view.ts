// Turns a typed quiz into what the page shows: options in a seeded order, the answer in words, the browser's key.
import { TRUE_FALSE, type AnswerKey } from './grading';
import { matchKey } from './matching/match';
import { buildTag, questionHash, type ReceiptInfo } from '../receipts/receipt';
import type { GradedQuestion, Question, Quiz } from './question';
import { seededOrder } from './shuffle';

/** The order the server renders before any script runs, so authored order (often right answer first) never shows. */
export const DEFAULT_SEED = 'page';

export const isGraded = (q: Question): q is GradedQuestion => q.type !== 'discussion';

/** Canonical indices in display order for a question's options, order items or match choices. */
export function displayOrder(quizId: string, q: Question, seed = DEFAULT_SEED): number[] {
	return seededOrder(seed, quizId, q, choiceCount(q));
}

export function choiceCount(q: Question): number {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return q.options.length;
		case 'true-false':
			return 0; // True then False, never shuffled
		case 'order':
			return q.items.length;
		case 'match':
			return q.pairs.length + q.distractors.length;
		default:
			return 0;
	}
}

/** A match question's right-hand texts: the pairs' rights, then the spare ones, by canonical index. */
export const matchChoices = (q: Extract<Question, { type: 'match' }>): string[] => [
	...q.pairs.map((p) => p.right),
	...q.distractors,
];

/** The right answer in words, for "Show answer", answer keys and feedback. */
export function answerText(q: GradedQuestion): string[] {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return q.options.filter((o) => o.correct).map((o) => o.text);
		case 'true-false':
			return [TRUE_FALSE[q.answer ? 0 : 1]];
		case 'fill-in':
			return [q.answers[0]!];
		case 'order':
			return q.items.map((item, i) => `${i + 1}. ${item}`);
		case 'match':
			return q.pairs.map((p) => `${p.left} → ${p.right}`);
	}
}

/** The key the browser marks a question with (grading.ts): correct options, the matcher's key, or a size. */
export function answerKey(q: GradedQuestion): AnswerKey {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return { t: q.type, c: q.options.flatMap((o, i) => (o.correct ? [i] : [])) };
		case 'true-false':
			return { t: 'true-false', c: [q.answer ? 0 : 1] };
		case 'fill-in':
			return {
				t: 'fill-in',
				m: matchKey(q.kind, q.answers, { others: q.others, mislabels: q.mislabels, prompt: q.prompt }),
			};
		case 'order':
			return { t: 'order', n: q.items.length };
		case 'match':
			return { t: 'match', n: q.pairs.length };
	}
}

/** What the browser needs to grade and give per-option feedback; answers and explanations stay in the HTML. */
export interface QuizKey {
	id: string;
	keys: Record<string, AnswerKey & { f?: Record<number, string> }>;
	/** For receipts: the quiz's title, its version, and each question's hash (receipts/receipt.ts). */
	receipt: ReceiptInfo;
}

/** What a question asks and what counts as its answer, in order: what its hash, and so a receipt, is checked against. */
export function questionVersion(q: Question): unknown {
	const { id: _id, explanation: _e, evidence: _v, allow: _a, from: _f, ...asked } = q;
	if ('guidance' in asked) return { type: asked.type, prompt: asked.prompt };
	return 'options' in asked ? { ...asked, options: asked.options.map((o) => [o.text, o.correct]) } : asked;
}

export function quizKey(id: string, quiz: Quiz): QuizKey {
	const keys: QuizKey['keys'] = {};
	for (const q of quiz.questions.filter(isGraded)) {
		const feedback =
			'options' in q ? Object.fromEntries(q.options.flatMap((o, i) => (o.feedback ? [[i, o.feedback]] : []))) : {};
		keys[q.id] = Object.keys(feedback).length ? { ...answerKey(q), f: feedback } : answerKey(q);
	}
	const hashes = Object.fromEntries(quiz.questions.map((q) => [q.id, questionHash(questionVersion(q))]));
	return { id, keys, receipt: { title: quiz.title, build: buildTag(Object.values(hashes)), hashes } };
}

/** A, B, C… for options and match choices on paper. */
export const letter = (i: number): string => String.fromCharCode(65 + i);

/**
 * How a question is laid out on the printed worksheet (the same order the quiz page shows without JavaScript); `i` is
 * each choice's canonical index, which the sheets' `?seed=` script (components/teachers/paper-seed.ts) reorders by.
 */
export function paperLayout(quizId: string, q: Question, seed = DEFAULT_SEED) {
	const order = displayOrder(quizId, q, seed);
	switch (q.type) {
		case 'single':
		case 'multiple':
			return {
				kind: 'choice' as const,
				choices: order.map((i, n) => ({
					i,
					letter: letter(n),
					text: q.options[i]!.text,
					correct: q.options[i]!.correct,
				})),
			};
		case 'true-false':
			return {
				kind: 'choice' as const,
				choices: TRUE_FALSE.map((text, n) => ({ i: n, letter: letter(n), text, correct: (n === 0) === q.answer })),
			};
		case 'order':
			return { kind: 'order' as const, rows: order.map((i) => ({ i, text: q.items[i]!, position: i + 1 })) };
		case 'match': {
			const choices = matchChoices(q);
			const rights = order.map((i, n) => ({ i, letter: letter(n), text: choices[i]!, pair: i }));
			return {
				kind: 'match' as const,
				lefts: q.pairs.map((p, i) => ({
					number: i + 1,
					text: p.left,
					answer: rights.find((r) => r.pair === i)!.letter,
				})),
				rights,
			};
		}
		case 'fill-in':
			return { kind: 'lines' as const, lines: 1 };
		case 'discussion':
			return { kind: 'lines' as const, lines: 6 };
	}
}

/** How paperLayout() lays out one question on paper. */
export type PaperLayout = ReturnType<typeof paperLayout>;

/** A question and its paper layout: the props of the worksheet's and the answer key's question parts. */
export interface PaperQuestion {
	q: Question;
	layout: PaperLayout;
}

/** A prompt split at **emphasis** marks, for the page (bold) and plain formats (see plainPrompt). */
export function promptParts(prompt: string): { text: string; strong: boolean }[] {
	return prompt
		.split(/\*\*([^*]+)\*\*/)
		.map((text, i) => ({ text, strong: i % 2 === 1 }))
		.filter((part) => part.text !== '');
}

/** A prompt without emphasis marks, the emphasised words in capitals (exports, plain text). */
export const plainPrompt = (prompt: string): string =>
	promptParts(prompt)
		.map((p) => (p.strong ? p.text.toUpperCase() : p.text))
		.join('');
