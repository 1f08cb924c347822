// At build time: each quiz as the results page needs it (types.ts), written into the page so it reads receipts with
// no request anywhere. The keys are the quiz page's own (view.ts), so both mark an answer the same way.
import type { Quiz } from '../quiz/question';
import { answerKey, answerText, isGraded, matchChoices, plainPrompt, quizKey } from '../quiz/view';
import { TRUE_FALSE } from '../quiz/grading';
import type { ResultsQuestion, ResultsQuiz } from './types';

const choicesOf = (q: Quiz['questions'][number]): string[] => {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return q.options.map((o) => o.text);
		case 'true-false':
			return [...TRUE_FALSE];
		case 'order':
			return q.items;
		case 'match':
			return matchChoices(q);
		default:
			return [];
	}
};

/** `link` turns a site path into a link (the base path added). */
export function resultsQuiz(id: string, quiz: Quiz, link: (path: string) => string): ResultsQuiz {
	const { receipt } = quizKey(id, quiz);
	const questions = quiz.questions.map((q, i): ResultsQuestion => {
		const first = q.evidence[0];
		return {
			id: q.id,
			hash: receipt.hashes[q.id]!,
			n: i + 1,
			prompt: plainPrompt(q.prompt),
			key: isGraded(q) ? answerKey(q) : null,
			choices: choicesOf(q),
			...(q.type === 'match' ? { lefts: q.pairs.map((p) => p.left) } : {}),
			answer: isGraded(q) ? answerText(q).join('; ') : 'Not graded (discussion)',
			...(first ? { evidence: link(`/sources/${first.source}/#p${first.paragraph}`) } : {}),
		};
	});
	return { id, title: quiz.title, build: receipt.build, questions };
}
