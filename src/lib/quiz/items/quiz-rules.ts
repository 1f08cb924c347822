// Rules about a quiz as a whole (true/false keys mixed, a mix of types) and its match questions' spare options,
// and the site-wide share of true/false keys.
import { MIN_TYPES, TRUE_SHARE, type CheckedQuiz, type ItemFinding } from './finding';

export function trueFalseBalance(quiz: CheckedQuiz): ItemFinding[] {
	const keys = quiz.questions.flatMap((q) => (q.type === 'true-false' ? [q.answer] : []));
	if (keys.length === 0 || (keys.includes(true) && keys.includes(false))) return [];
	return [
		{
			rule: 'true-false-balance',
			problem: `every true/false question in this quiz is keyed ${keys[0] ? 'True' : 'False'}: a student who guesses it scores them all.`,
			fix: `add or rewrite a true/false question whose answer is ${keys[0] ? 'false' : 'true'}.`,
		},
	];
}

export function matchSpares(quiz: CheckedQuiz): ItemFinding[] {
	return quiz.questions.flatMap((q) =>
		q.type === 'match' && q.distractors.length === 0
			? [
					{
						rule: 'match-spare-options' as const,
						question: q.id,
						problem: 'the matching question has no spare right-hand option, so the last pair is found by elimination.',
						fix: 'add distractors: [one or two plausible right-hand texts from the reports that match no left-hand item].',
					},
				]
			: [],
	);
}

export function typeMix(quiz: CheckedQuiz): ItemFinding[] {
	const types = new Set(quiz.questions.map((q) => q.type));
	return types.size >= MIN_TYPES
		? []
		: [
				{
					rule: 'type-mix',
					problem: `the quiz uses ${types.size} question types (${[...types].join(', ')}); at least ${MIN_TYPES} of the seven are needed.`,
					fix: 'add questions of other types: single, multiple, true-false, fill-in, order, match, discussion.',
				},
			];
}

/** Over the whole site, the share of true/false questions keyed True must lie between 40 % and 60 %. */
export function trueShareFinding(quizzes: readonly CheckedQuiz[]): string | undefined {
	// A question listed by reference (from:) is counted once, where it is written.
	const keys = quizzes.flatMap((quiz) =>
		quiz.questions.flatMap((q) => (q.type === 'true-false' && !q.from ? [q.answer] : [])),
	);
	if (keys.length < 2) return undefined;
	const share = keys.filter(Boolean).length / keys.length;
	if (share >= TRUE_SHARE.min && share <= TRUE_SHARE.max) return undefined;
	return `${Math.round(share * 100)} % of the site's ${keys.length} true/false questions are keyed True; keep it between ${TRUE_SHARE.min * 100} % and ${TRUE_SHARE.max * 100} % so guessing one value does not pay.`;
}
