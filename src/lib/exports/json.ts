// The canonical export of a quiz (contracts.md, "Quiz export"): GIFT and QTI are derived from this shape.
import { acceptedAnswers } from '../quiz/matching/variants';
import type { AnswerKind } from '../quiz/matching/match';
import { TRUE_FALSE } from '../quiz/grading';
import type { Question, Quiz } from '../quiz/question';
import { plainPrompt } from '../quiz/view';

export interface ExportedQuiz {
	id: string;
	title: string;
	/** Path of the lesson (relative to the base path), or null for a review quiz that spans every lesson. */
	lesson: string | null;
	page: string;
	questions: ExportedQuestion[];
}
type Evidence = { source: string; paragraph: number; quote: string };
type Option = { text: string; correct: boolean; feedback?: string };
export type ExportedQuestion = {
	id: string;
	type: Question['type'];
	prompt: string;
	explanation?: string;
	evidence: Evidence[];
} & (
	| { options: Option[] }
	| { answers: string[]; kind: AnswerKind; match?: 'time' | 'number' }
	| { items: string[] }
	| { pairs: { left: string; right: string }[]; distractors?: string[] }
	| { guidance: string[] }
);

export const quizPaths = (id: string) => ({
	page: `/quizzes/${id}/`,
	json: `/exports/${id}.json`,
	gift: `/exports/${id}.gift.txt`,
	qti: `/exports/${id}.qti.zip`,
	moodle: `/exports/${id}.moodle.xml`,
	/** Built after the pages by src/integrations/scorm-packages.ts: the quiz itself, reporting to the LMS. */
	scorm: `/exports/${id}.scorm.zip`,
});

function exportQuestion(q: Question): ExportedQuestion {
	const common = {
		id: q.id,
		type: q.type,
		prompt: plainPrompt(q.prompt),
		...(q.explanation ? { explanation: q.explanation } : {}),
		evidence: q.evidence.map(({ source, paragraph, quote }) => ({ source, paragraph, quote })),
	};
	switch (q.type) {
		case 'single':
		case 'multiple':
			return {
				...common,
				options: q.options.map((o) => ({
					text: o.text,
					correct: o.correct,
					...(o.feedback ? { feedback: o.feedback } : {}),
				})),
			};
		case 'true-false':
			return { ...common, options: TRUE_FALSE.map((text, i) => ({ text, correct: (i === 0) === q.answer })) };
		case 'fill-in':
			// Authored answers first (the first is canonical), then the forms students most often write, for LMSs that
			// compare strings. `match` (time or number) is kept for readers of the exports from before `kind`.
			return {
				...common,
				answers: acceptedAnswers(q.kind, q.answers, { others: q.others, mislabels: q.mislabels, prompt: q.prompt }),
				kind: q.kind,
				...(q.kind === 'time' || q.kind === 'number' ? { match: q.kind } : {}),
			};
		case 'order':
			return { ...common, items: [...q.items] };
		case 'match':
			return {
				...common,
				pairs: q.pairs.map(({ left, right }) => ({ left, right })),
				...(q.distractors.length ? { distractors: [...q.distractors] } : {}),
			};
		case 'discussion':
			return { ...common, guidance: [...q.guidance] };
	}
}

export function exportQuiz(id: string, quiz: Quiz): ExportedQuiz {
	return {
		id,
		title: quiz.title,
		lesson: quiz.lesson ? `/lessons/${quiz.lesson}/` : null,
		page: quizPaths(id).page,
		questions: quiz.questions.map(exportQuestion),
	};
}

/** The explanation, then each quote with where it comes from: the general feedback of the GIFT and QTI exports. */
export function feedbackText(q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const evidence = q.evidence.map(
		(e) => `“${e.quote}” (${labels.get(e.source) ?? e.source}, paragraph ${e.paragraph})`,
	);
	return [q.explanation, evidence.length ? `Evidence: ${evidence.join('; ')}.` : ''].filter(Boolean).join(' ');
}
