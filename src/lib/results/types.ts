// What the class results page (/teachers/results/) works with: each quiz as the page carries it (questions, keys,
// choices in words, evidence links), where a receipt was found, and what could not be read. Types only: the page's
// script imports this without pulling in the build-time code (quiz-data.ts).
import type { AnswerKey } from '../quiz/grading';

export interface ResultsQuestion {
	id: string;
	/** The question's hash as receipts carry it (receipts/receipt.ts): a receipt from before a change is spotted. */
	hash: string;
	/** Its number in the quiz (1, 2, …). */
	n: number;
	/** The prompt as plain text. */
	prompt: string;
	/** How it is marked; null for a discussion question (not graded). */
	key: AnswerKey | null;
	/** Options (choice, true-false), items (order) or right-hand texts (match), by canonical index. */
	choices: string[];
	/** Match: the left-hand items. */
	lefts?: string[];
	/** The right answer in words. */
	answer: string;
	/** A link to the paragraph that backs the answer (base path included). */
	evidence?: string;
}

export interface ResultsQuiz {
	id: string;
	title: string;
	/** The quiz's version (receipts/receipt.ts buildTag). */
	build: string;
	questions: ResultsQuestion[];
}

/** A receipt code found somewhere, with where it was (line, file, row) in a teacher's words. */
export interface Found {
	version: number;
	code: string;
	where: string;
}

/** Something that could not be read: where it was and why. */
export interface Unread {
	where: string;
	why: string;
}

/** What one reader (the text box, a file) found. */
export interface Reading {
	found: Found[];
	unread: Unread[];
}
