// Item-writing rules every quiz must meet (after Haladyna, Downing & Rodriguez 2002), each a small pure function.
// A question may waive a rule with `allow: [{ rule, why }]`; a quiz may waive a quiz-wide rule the same way.
import { ITEM_RULES, type ItemRule } from '../question';
import { answerLeak } from './answer-leak';
import { allNone, distractorFeedback, keyLength, negativeStem } from './choice-rules';
import type { CheckedQuiz, ItemFinding } from './finding';
import { matchSpares, trueFalseBalance, typeMix } from './quiz-rules';

const CHECKS: Record<ItemRule, (quiz: CheckedQuiz) => ItemFinding[]> = {
	'key-length': keyLength,
	'distractor-feedback': distractorFeedback,
	'answer-leak': answerLeak,
	'all-none-of-the-above': allNone,
	'negative-stem': negativeStem,
	'true-false-balance': trueFalseBalance,
	'match-spare-options': matchSpares,
	'type-mix': typeMix,
};

/** Every rule broken in one quiz and not waived where it is broken. */
export function itemFindings(quiz: CheckedQuiz): ItemFinding[] {
	const waived = (f: ItemFinding) => {
		const allow = f.question ? quiz.questions.find((q) => q.id === f.question)?.allow : quiz.allow;
		return allow?.some((w) => w.rule === f.rule) ?? false;
	};
	return ITEM_RULES.flatMap((rule) => CHECKS[rule](quiz)).filter((f) => !waived(f));
}
