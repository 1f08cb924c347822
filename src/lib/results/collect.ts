// Turns the receipts found into attempts: each code decoded (a failed checksum is reported, never counted), matched
// to its quiz, counted once however often it was given (and flagged), and marked again against the quiz as this page
// carries it. A receipt from another version of a quiz is flagged and scored on the questions that still match.
import { decodeReceipt, PROBLEM_TEXT, type Receipt } from '../receipts/codec';
import type { Judge } from '../quiz/grading';
import { mark } from '../quiz/scoring';
import type { Found, ResultsQuestion, ResultsQuiz, Unread } from './types';

export interface QuestionResult {
	question: ResultsQuestion;
	/** The answer as handed in; undefined when the receipt does not carry this question as it is now. */
	answer: Receipt['questions'][number]['answer'] | undefined;
	/** Points 0 to 1 as marked now; null when not counted (not graded, or changed since the receipt). */
	points: number | null;
}

export interface ClassAttempt {
	receipt: Receipt;
	quiz: ResultsQuiz;
	/** Every question of the quiz as it is now, in order. */
	results: QuestionResult[];
	score: number;
	/** Graded questions counted: all of them, or those that still match for another version's receipt. */
	max: number;
	/** Where each copy of this attempt was found (more than one: given twice, counted once). */
	where: string[];
	/** Another version of the quiz: how many of its graded questions changed or are missing. */
	changed: number;
}

export interface Collected {
	/** Attempts grouped by quiz, in the order the quizzes are given. */
	groups: { quiz: ResultsQuiz; attempts: ClassAttempt[] }[];
	unread: Unread[];
}

/** Codes already decoded (unpacking is most of the work): the page reads everything again on each change. */
const decoded = new Map<string, ReturnType<typeof decodeReceipt>>();
function decodeOnce(version: number, code: string): ReturnType<typeof decodeReceipt> {
	const key = `${version}.${code}`;
	let read = decoded.get(key);
	if (!read) {
		if (decoded.size > 5000) decoded.clear();
		read = decodeReceipt(version, code);
		decoded.set(key, read);
	}
	return read;
}

/** One attempt, whatever code carried it: the receipt's whole content. */
const identity = (r: Receipt) => JSON.stringify(r);

export function markAttempt(receipt: Receipt, quiz: ResultsQuiz, judge: Judge): Omit<ClassAttempt, 'where'> {
	const given = new Map(receipt.questions.map((q) => [q.id, q]));
	let changed = 0;
	const results = quiz.questions.map((question): QuestionResult => {
		const r = given.get(question.id);
		const same = r !== undefined && r.hash === question.hash;
		if (question.key && !same) changed++;
		if (!same) return { question, answer: undefined, points: null };
		if (!question.key) return { question, answer: r.answer, points: null };
		return { question, answer: r.answer, points: mark(question.key, r.answer ?? undefined, judge).points };
	});
	const counted = results.filter((r) => r.points !== null);
	return {
		receipt,
		quiz,
		results,
		score: counted.reduce((sum, r) => sum + r.points!, 0),
		max: counted.length,
		changed: receipt.build === quiz.build ? 0 : changed,
	};
}

export function collect(found: readonly Found[], quizzes: readonly ResultsQuiz[], judge: Judge): Collected {
	const unread: Unread[] = [];
	const byId = new Map(quizzes.map((q) => [q.id, q]));
	const attempts = new Map<string, ClassAttempt>();
	for (const f of found) {
		const read = decodeOnce(f.version, f.code);
		if ('problem' in read) {
			unread.push({ where: f.where, why: PROBLEM_TEXT[read.problem] });
			continue;
		}
		const quiz = byId.get(read.receipt.quiz);
		if (!quiz) {
			unread.push({ where: f.where, why: `it is for a quiz this guide does not have ("${read.receipt.quiz}")` });
			continue;
		}
		const key = identity(read.receipt);
		const seen = attempts.get(key);
		if (seen) seen.where.push(f.where);
		else attempts.set(key, { ...markAttempt(read.receipt, quiz, judge), where: [f.where] });
	}
	const groups = quizzes
		.map((quiz) => ({ quiz, attempts: [...attempts.values()].filter((a) => a.quiz === quiz) }))
		.filter((g) => g.attempts.length);
	return { groups, unread };
}

/** What the page says about an attempt besides its score: given twice, another version, not a test. */
export function flags(a: ClassAttempt): string[] {
	const out: string[] = [];
	if (a.where.length > 1) out.push(`given ${a.where.length} times (counted once): ${a.where.join('; ')}`);
	if (a.changed)
		out.push(
			`from another version of this quiz: ${a.changed} question${a.changed === 1 ? '' : 's'} changed since, scored on the ${a.max} that still match`,
		);
	if (a.receipt.mode !== 'test') out.push('handed in outside test mode');
	if (!a.receipt.name.trim()) out.push('no name given');
	return out;
}
