// Figures for the item report printed by `npm run bench`: how each quiz fares on the cues the rules watch.
import { hasOptions, keyLengthRatio, type CheckedQuiz, type Options } from './finding';

/** Figures for the item report printed by `npm run bench`. */
export function itemReport(id: string, quiz: CheckedQuiz) {
	const singles = quiz.questions.filter((q): q is Options => q.type === 'single');
	const distractors = quiz.questions.filter(hasOptions).flatMap((q) => q.options.filter((o) => !o.correct));
	const tf = quiz.questions.flatMap((q) => (q.type === 'true-false' ? [q.answer] : []));
	return {
		quiz: id,
		questions: quiz.questions.length,
		maxKeyLengthRatio: singles.length ? Math.max(...singles.map(keyLengthRatio)) : null,
		keyIsLongest: `${singles.filter((q) => keyLengthRatio(q) > 1).length} of ${singles.length}`,
		trueFalse: `${tf.filter(Boolean).length} true, ${tf.filter((v) => !v).length} false`,
		distractorsWithFeedback: `${distractors.filter((o) => o.feedback).length} of ${distractors.length}`,
		types: [...new Set(quiz.questions.map((q) => q.type))].length,
		waivers: quiz.questions.reduce((n, q) => n + (q.allow?.length ?? 0), quiz.allow?.length ?? 0),
	};
}
