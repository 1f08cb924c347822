// Questions listed by reference: a quiz (a route's, say) may list `- from: <quiz-id>/<question-id>` instead of writing a
// question, and the loader puts the referenced question in its place before the schema runs, so one bank of questions
// serves every quiz and grading, exports, worksheets and keys meet an ordinary quiz.
import type { AuthorProblem } from '../site/author-error';

/** `<quiz-id>/<question-id>`, both lower-case words joined by hyphens. */
export const REFERENCE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\/([a-z0-9]+(?:-[a-z0-9]+)*)$/;

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The quiz files as read, by id: what a reference may point at. */
export type QuizBank = ReadonlyMap<string, Raw>;

export interface Resolved {
	data: Raw;
	problems: AuthorProblem[];
}

/** Fields a reference may carry beside `from`: a new id, when two referenced questions share one. */
const REFERENCE_FIELDS = new Set(['from', 'id']);

function resolveOne(file: string, i: number, item: Raw, bank: QuizBank): { question?: Raw; problem?: AuthorProblem } {
	const at = ['questions', i, 'from'];
	const from = item['from'];
	const problem = (what: string, fix: string) => ({ problem: { file, at, problem: what, fix } });
	const extra = Object.keys(item).filter((k) => !REFERENCE_FIELDS.has(k));
	if (extra.length)
		return problem(
			`a question listed by reference (from:) has other fields too: ${extra.join(', ')}.`,
			'list only `from: <quiz-id>/<question-id>` (and `id:` when two referenced questions share an id); edit the question itself in the quiz it comes from, or write a new question in full without from:.',
		);
	const match = typeof from === 'string' ? REFERENCE.exec(from.trim()) : null;
	if (!match)
		return problem(
			`from: ${JSON.stringify(from)} is not a reference to a question.`,
			'write from: <quiz-id>/<question-id>, e.g. from: background/population-count (the quiz file name without .yaml, then the question id).',
		);
	const [, quizId, questionId] = match as unknown as [string, string, string];
	const quiz = bank.get(quizId);
	if (!quiz)
		return problem(
			`there is no quiz "${quizId}".`,
			`use the file name (without .yaml) of a quiz in src/content/quizzes/: ${[...bank.keys()].sort().join(', ')}.`,
		);
	const questions = Array.isArray(quiz['questions']) ? quiz['questions'].filter(isObject) : [];
	const question = questions.find((q) => q['id'] === questionId);
	if (!question)
		return problem(
			`quiz "${quizId}" has no question "${questionId}".`,
			`use one of its question ids: ${questions.map((q) => String(q['id'])).join(', ')}.`,
		);
	if ('from' in question)
		return problem(
			`"${quizId}/${questionId}" is itself a reference (to ${String(question['from'])}).`,
			`refer to the question where it is written in full: from: ${String(question['from'])}.`,
		);
	const id = typeof item['id'] === 'string' ? item['id'] : question['id'];
	return { question: { ...question, id, from: `${quizId}/${questionId}` } };
}

/** The quiz with every `from:` item replaced by the question it names (marked `from`), or the problems found. */
export function resolveReferences(file: string, data: Raw, bank: QuizBank): Resolved {
	const items = data['questions'];
	if (!Array.isArray(items) || !items.some((q) => isObject(q) && 'from' in q)) return { data, problems: [] };
	const problems: AuthorProblem[] = [];
	const questions = items.map((item: unknown, i) => {
		if (!isObject(item) || !('from' in item)) return item;
		const { question, problem } = resolveOne(file, i, item, bank);
		if (problem) problems.push(problem);
		return question ?? item;
	});
	return { data: { ...data, questions }, problems };
}
