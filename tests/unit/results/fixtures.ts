// Shared by the results tests: a small quiz as the results page carries it (one question of each graded type and a
// discussion), and receipts of attempts at it written with the real codec.
import { encodeReceipt, type Receipt } from '../../../src/lib/receipts/codec';
import type { Response } from '../../../src/lib/quiz/grading';
import type { ResultsQuiz } from '../../../src/lib/results/types';
import { judge, matchKey } from '../../../src/lib/quiz/matching/match';

export { judge };

export const QUIZ: ResultsQuiz = {
	id: 'mini',
	title: 'Mini quiz',
	build: 'b1',
	questions: [
		{
			id: 'one',
			hash: 'h1',
			n: 1,
			prompt: 'Pick one',
			key: { t: 'single', c: [0] },
			choices: ['Right', 'Wrong', 'Also wrong'],
			answer: 'Right',
			evidence: '/sources/report-a/#p3',
		},
		{
			id: 'many',
			hash: 'h2',
			n: 2,
			prompt: 'Pick two',
			key: { t: 'multiple', c: [0, 1] },
			choices: ['A', 'B', 'C', 'D'],
			answer: 'A; B',
		},
		{
			id: 'tf',
			hash: 'h3',
			n: 3,
			prompt: 'True?',
			key: { t: 'true-false', c: [0] },
			choices: ['True', 'False'],
			answer: 'True',
		},
		{
			id: 'word',
			hash: 'h4',
			n: 4,
			prompt: 'Who?',
			key: { t: 'fill-in', m: matchKey('phrase', ['Interfax']) },
			choices: [],
			answer: 'Interfax',
		},
		{
			id: 'seq',
			hash: 'h5',
			n: 5,
			prompt: 'Order',
			key: { t: 'order', n: 3 },
			choices: ['First', 'Second', 'Third'],
			answer: '1. First',
		},
		{
			id: 'pairs',
			hash: 'h6',
			n: 6,
			prompt: 'Match',
			key: { t: 'match', n: 2 },
			choices: ['X', 'Y', 'Spare'],
			lefts: ['x', 'y'],
			answer: 'x → X',
		},
		{ id: 'talk', hash: 'h7', n: 7, prompt: 'Discuss', key: null, choices: [], answer: 'Not graded (discussion)' },
	],
};

export const RIGHT: Record<string, Response> = {
	one: [0],
	many: [0, 1],
	tf: [0],
	word: 'Interfax',
	seq: [1, 2, 3],
	pairs: [0, 1],
	talk: 'Some thoughts',
};

export function receipt(
	name: string,
	answers: Record<string, Response | null> = {},
	extra: Partial<Receipt> = {},
): Receipt {
	return {
		quiz: 'mini',
		build: 'b1',
		mode: 'test',
		seed: 'class-4b',
		name,
		started: Date.parse('2026-12-07T09:30:00Z'),
		handedIn: Date.parse('2026-12-07T09:42:00Z'),
		questions: QUIZ.questions.map((q) => {
			const answer = q.id in answers ? answers[q.id]! : RIGHT[q.id]!;
			return { id: q.id, hash: q.hash, answer, points: q.key ? 0 : null };
		}),
		...extra,
	};
}

/** A receipt as the student hands it over: a readable line and the code line. */
export const receiptText = (r: Receipt): string =>
	`Karabakh ceasefire guide · Mini quiz · ${r.name} · 7 of 6\n${encodeReceipt(r)}\n`;
