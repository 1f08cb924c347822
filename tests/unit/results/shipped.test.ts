// The shipped quizzes as the results page carries them: a receipt written the quiz page's way (quizKey, attemptReceipt,
// receiptText) is read back at its full score, same version; after a question is reworded, the old receipt is
// flagged and scored on the questions that still match.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge } from '../../../src/lib/quiz/matching/match';
import { quizObject, type Quiz } from '../../../src/lib/quiz/question';
import { isGraded, quizKey } from '../../../src/lib/quiz/view';
import { attemptReceipt, receiptText } from '../../../src/lib/receipts/receipt';
import { collect, flags } from '../../../src/lib/results/collect';
import { resultsQuiz } from '../../../src/lib/results/quiz-data';
import { readPaste } from '../../../src/lib/results/readers';
import type { Response } from '../../../src/lib/quiz/grading';
import { readResolvedQuiz } from '../../../src/loaders/quiz-bank';

const dir = 'src/content/quizzes';
const shipped = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => f.replace(/\.yaml$/, ''))
	// Route quizzes list questions by reference: resolved as the quizzes loader does.
	.map((id) => ({ id, data: quizObject.parse(readResolvedQuiz(dir, id)) }));

/** The right answer to each graded question, in canonical order, and a written answer to each discussion. */
function rightAnswers(quiz: Quiz): Record<string, Response> {
	return Object.fromEntries(
		quiz.questions.map((q): [string, Response] => {
			switch (q.type) {
				case 'single':
				case 'multiple':
					return [q.id, q.options.flatMap((o, i) => (o.correct ? [i] : []))];
				case 'true-false':
					return [q.id, [q.answer ? 0 : 1]];
				case 'fill-in':
					return [q.id, q.answers[0]!];
				case 'order':
					return [q.id, q.items.map((_, i) => i + 1)];
				case 'match':
					return [q.id, q.pairs.map((_, i) => i)];
				case 'discussion':
					return [q.id, 'Both reports give the talks; only one names the place.'];
			}
		}),
	);
}

function handIn(id: string, quiz: Quiz, name: string): string {
	const info = quizKey(id, quiz).receipt;
	const graded = quiz.questions.filter(isGraded);
	const attempt = {
		at: '2026-12-07T09:42:00.000Z',
		started: '2026-12-07T09:30:00.000Z',
		answers: rightAnswers(quiz),
		points: Object.fromEntries(graded.map((q) => [q.id, 1])),
		score: graded.length,
		max: graded.length,
		seed: 'class-4b',
		name,
	};
	return receiptText(attemptReceipt(id, info, attempt), quiz.title, attempt.score, attempt.max);
}

describe('shipped quizzes on the results page', () => {
	it.each(shipped)('$id: a receipt the quiz page writes reads back at full marks, same version', ({ id, data }) => {
		const quiz = resultsQuiz(id, data, (path) => path);
		const { groups, unread } = collect(readPaste(handIn(id, data, 'Ani')).found, [quiz], judge);
		expect(unread).toEqual([]);
		const [attempt] = groups[0]!.attempts;
		const graded = data.questions.filter(isGraded).length;
		expect([attempt!.score, attempt!.max, attempt!.changed]).toEqual([graded, graded, 0]);
		expect(flags(attempt!)).toEqual([]);
	});

	it('after a question is reworded, an older receipt is flagged and scored on the rest', () => {
		const { id, data } = shipped[0]!;
		const text = handIn(id, data, 'Ani');
		const graded = data.questions.filter(isGraded);
		const reworded = {
			...data,
			questions: data.questions.map((q) => (q.id === graded[0]!.id ? { ...q, prompt: `${q.prompt} (reworded)` } : q)),
		};
		const { groups } = collect(readPaste(text).found, [resultsQuiz(id, reworded, (p) => p)], judge);
		const [attempt] = groups[0]!.attempts;
		expect([attempt!.score, attempt!.max, attempt!.changed]).toEqual([graded.length - 1, graded.length - 1, 1]);
		expect(flags(attempt!)[0]).toMatch(/^from another version of this quiz: 1 question changed since/);
	});
});
