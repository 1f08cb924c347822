// Moodle GIFT, derived from the canonical JSON export (one code path for the format).
import { feedbackText, type ExportedQuestion, type ExportedQuiz } from './json';
import { choiceOrder, guidanceText, lmsAnswers, matchRights } from './lms';

/** GIFT's special characters are ~ = # { } : and the backslash; line breaks would end the question. */
export function escapeGift(text: string): string {
	return text.replace(/[\\~=#{}:]/g, (c) => `\\${c}`).replace(/\s*\r?\n\s*/g, ' ');
}

/** Moodle accepts a fixed set of percentages; 100/k for k right answers is always among them for k ≤ 10. */
const percent = (n: number): string => String(Number(n.toFixed(5)));

/** GIFT's general feedback (after ####): the explanation and the evidence. */
function generalFeedback(q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const text = feedbackText(q, labels);
	return text ? ` ####${escapeGift(text)}` : '';
}

const feedback = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');

function answerBlock(quizId: string, q: ExportedQuestion, general: string): string {
	// Options in the worksheet's order: Moodle keeps the file's order unless the quiz shuffles.
	const options = 'options' in q ? choiceOrder(quizId, q).map((i) => q.options[i]!) : [];
	if (q.type === 'single' && 'options' in q) {
		return `{\n${options.map((o) => `\t${o.correct ? '=' : '~'}${escapeGift(o.text)}${feedback(o.feedback)}`).join('\n')}\n\t${general.trim()}\n}`;
	}
	if (q.type === 'multiple' && 'options' in q) {
		const right = q.options.filter((o) => o.correct).length;
		const weight = (correct: boolean) => (correct ? percent(100 / right) : `-${percent(100 / right)}`);
		return `{\n${options.map((o) => `\t~%${weight(o.correct)}%${escapeGift(o.text)}${feedback(o.feedback)}`).join('\n')}\n\t${general.trim()}\n}`;
	}
	if (q.type === 'true-false' && 'options' in q) {
		const isTrue = q.options.find((o) => o.text === 'True')?.correct === true;
		return `{${isTrue ? 'T' : 'F'}${general}}`;
	}
	if ('answers' in q)
		return `{\n${lmsAnswers(q.answers)
			.map((a) => `\t=${escapeGift(a)}`)
			.join('\n')}\n\t${general.trim()}\n}`;
	if ('pairs' in q) {
		// A pair with no left-hand text is a spare (wrong) answer in Moodle matching.
		const spares = matchRights(quizId, q).filter((r) => r.pair === null);
		const lines = [
			...q.pairs.map((p) => `\t=${escapeGift(p.left)} -> ${escapeGift(p.right)}`),
			...spares.map((r) => `\t= -> ${escapeGift(r.text)}`),
		];
		return `{\n${lines.join('\n')}\n\t${general.trim()}\n}`;
	}
	// Ordering has no GIFT type: each item is matched to its position.
	if ('items' in q)
		return `{\n${q.items.map((item, i) => `\t=${escapeGift(item)} -> ${i + 1}`).join('\n')}\n\t${general.trim()}\n}`;
	return `{${general}}`; // discussion → essay
}

/** Prompt text for GIFT; an ordering question says how it was mapped, a discussion carries its guidance. */
function stem(q: ExportedQuestion): string {
	if (q.type === 'order') return `${q.prompt} (Match each item to its position, 1 = first.)`;
	return q.prompt;
}

export function toGift(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): string {
	const header = [
		`// ${quiz.title}: quiz exported from "The September 2023 ceasefire in Nagorno-Karabakh", a sourced classroom guide.`,
		`// Import in Moodle: Question bank → Import → GIFT format. Generated from ${quiz.page}`,
		`$CATEGORY: $course$/Karabakh ceasefire 2023/${quiz.title.replace(/\//g, '-')}`,
		'',
	];
	const questions = quiz.questions.map((q) => {
		const general =
			q.type === 'discussion' && 'guidance' in q
				? ` ####${escapeGift(guidanceText(q.guidance))}`
				: generalFeedback(q, labels);
		return `::${escapeGift(q.id)}:: ${escapeGift(stem(q))} ${answerBlock(quiz.id, q, general)}\n`;
	});
	return `${[...header, ...questions].join('\n')}`;
}
