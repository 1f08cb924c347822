// Rules about the options of choice questions: key length, feedback on every distractor, no "all/none of the
// above", and no unmarked negative stem.
import { hasOptions, KEY_LENGTH_LIMIT, keyLengthRatio, type CheckedQuiz, type ItemFinding } from './finding';

export function keyLength(quiz: CheckedQuiz): ItemFinding[] {
	return quiz.questions.filter(hasOptions).flatMap((q) => {
		const ratio = keyLengthRatio(q);
		if (q.type !== 'single' || ratio < KEY_LENGTH_LIMIT) return [];
		return [
			{
				rule: 'key-length',
				question: q.id,
				problem: `the right option is ${ratio.toFixed(2)} times as long as the longest wrong one (the limit is ${KEY_LENGTH_LIMIT}): length gives the answer away.`,
				fix: 'shorten the right option, or make the wrong options as specific and as long (take them from the reports: other actors, figures, the other report’s version).',
			},
		];
	});
}

export function distractorFeedback(quiz: CheckedQuiz): ItemFinding[] {
	return quiz.questions.filter(hasOptions).flatMap((q) =>
		q.options
			.filter((o) => !o.correct && !o.feedback)
			.map((o) => ({
				rule: 'distractor-feedback' as const,
				question: q.id,
				problem: `the wrong option "${o.text}" has no feedback.`,
				fix: 'add feedback: to it, saying why it is wrong and what the report says instead.',
			})),
	);
}

export function allNone(quiz: CheckedQuiz): ItemFinding[] {
	return quiz.questions.filter(hasOptions).flatMap((q) =>
		q.options
			.filter((o) => /\b(all|none|both|neither) of (the )?(above|these)\b/i.test(o.text))
			.map((o) => ({
				rule: 'all-none-of-the-above' as const,
				question: q.id,
				problem: `the option "${o.text}" is an "all/none of the above" option: it can be found by elimination.`,
				fix: 'replace it with a plausible answer from the reports, or make the question type: multiple.',
			})),
	);
}

const NEGATIVE = /\b(not|never|except|false|incorrect|untrue)\b/i;

/** A negative word in the stem must be marked up for emphasis as **not** (shown in bold). */
export function negativeStem(quiz: CheckedQuiz): ItemFinding[] {
	return quiz.questions.flatMap((q) => {
		if (q.type === 'true-false' || q.type === 'discussion') return [];
		const plain = q.prompt.replace(/\*\*[^*]+\*\*/g, ' ');
		const word = NEGATIVE.exec(plain)?.[1];
		return word
			? [
					{
						rule: 'negative-stem' as const,
						question: q.id,
						problem: `the prompt asks a negative question ("${word}") without marking the negative word: students misread it.`,
						fix: `ask it positively, or mark the word for emphasis: **${word}**.`,
					},
				]
			: [];
	});
}
