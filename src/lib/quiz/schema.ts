// The zod schema of a quiz file (src/content/quizzes/<id>.yaml): the question shapes (question.ts), each question's
// own checks (problems.ts), ids unique across the quiz, and the item-writing rules (items/).
import type { AuthorProblem } from '../site/author-error';
import type { Source } from '../sources/seeds';
import { itemFindings } from './items/rules';
import { trueShareFinding } from './items/quiz-rules';
import type { CheckedQuiz } from './items/finding';
import { duplicates, questionProblems } from './problems';
import { quizObject } from './question';

export function quizSchema(sources: readonly Source[]) {
	return quizObject.superRefine((quiz, ctx) => {
		for (const id of new Set(duplicates(quiz.questions.map((q) => q.id)))) {
			const at = quiz.questions.flatMap((q, i) => (q.id === id ? [i + 1] : []));
			ctx.addIssue({
				code: 'custom',
				path: ['questions', at[1]! - 1],
				message: `question id "${id}" is used twice: questions ${at.join(' and ')} both have it, and saved answers and exports are keyed by it. Fix: give each question its own id.`,
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
