// Item-writing rules every quiz must meet (after Haladyna, Downing & Rodriguez 2002), each a small pure function.
// A question may waive a rule with `allow: [{ rule, why }]`; a quiz may waive a quiz-wide rule the same way.
import type { Question } from './schema';

export const ITEM_RULES = [
	'key-length',
	'distractor-feedback',
	'answer-leak',
	'all-none-of-the-above',
	'negative-stem',
	'true-false-balance',
	'match-spare-options',
	'type-mix',
] as const;
export type ItemRule = (typeof ITEM_RULES)[number];

export interface Waiver {
	rule: ItemRule;
	why: string;
}
/** The parts of a quiz the rules read. */
export interface CheckedQuiz {
	questions: readonly (Question & { allow?: readonly Waiver[] })[];
	allow?: readonly Waiver[];
}
export interface ItemFinding {
	rule: ItemRule;
	/** The question at fault, or undefined for a rule about the whole quiz. */
	question?: string;
	problem: string;
	fix: string;
}

/** The keyed option of a single-choice question may be at most this many times as long as the longest distractor. */
export const KEY_LENGTH_LIMIT = 1.4;
/** Quiz-wide share of true/false questions keyed True, over the whole site. */
export const TRUE_SHARE = { min: 0.4, max: 0.6 } as const;
export const MIN_TYPES = 5;

type Options = Extract<Question, { options: unknown }>;
const hasOptions = (q: Question): q is Options => q.type === 'single' || q.type === 'multiple';

/** Lower case, no accents, punctuation as spaces: "Azerbaijan’s" → "azerbaijan s". */
export const foldText = (text: string): string =>
	` ${text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim()} `;

/** Ratio of the key's length to the longest distractor's, in characters (single choice). */
export function keyLengthRatio(q: Options): number {
	const key = Math.max(...q.options.filter((o) => o.correct).map((o) => o.text.length));
	const longest = Math.max(1, ...q.options.filter((o) => !o.correct).map((o) => o.text.length));
	return key / longest;
}

function keyLength(quiz: CheckedQuiz): ItemFinding[] {
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

function distractorFeedback(quiz: CheckedQuiz): ItemFinding[] {
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

const GENERIC = new Set([
	'true',
	'false',
	'yes',
	'no',
	'both',
	'neither',
	'report a',
	'report b',
	'both reports',
	'neither report',
	'only report a',
	'only report b',
]);
/** Answer text worth hiding: not a generic word, at least 3 letters or containing a digit. */
const distinctive = (text: string) => {
	const folded = foldText(text).trim();
	return !GENERIC.has(folded) && (folded.replace(/ /g, '').length >= 3 || /\d/.test(folded));
};
const contains = (haystack: string, needle: string) => foldText(haystack).includes(foldText(needle));

/** Everything a student can read of a question on the page or after checking it, by where it appears. */
function readable(q: Question) {
	const options = hasOptions(q) ? q.options : [];
	return {
		prompt: [q.prompt],
		options: options.map((o) => o.text),
		feedback: [...options.flatMap((o) => (o.feedback ? [o.feedback] : [])), ...(q.explanation ? [q.explanation] : [])],
	};
}

/** No key, fill-in answer or match pair printed in another question of the same quiz. */
function answerLeak(quiz: CheckedQuiz): ItemFinding[] {
	const findings: ItemFinding[] = [];
	for (const q of quiz.questions) {
		// What would give this question's answer away, and where it must not appear in the other questions.
		const secrets: { text: string; label: string; where: (keyof ReturnType<typeof readable>)[]; with?: string }[] = [];
		if (hasOptions(q))
			for (const o of q.options.filter((o) => o.correct))
				secrets.push({ text: o.text, label: 'its right answer', where: ['prompt', 'feedback'] });
		if (q.type === 'fill-in')
			for (const a of q.answers)
				secrets.push({ text: a, label: 'an accepted answer', where: ['prompt', 'options', 'feedback'] });
		if (q.type === 'match') {
			for (const p of q.pairs) {
				secrets.push({ text: p.right, label: 'a right-hand answer', where: ['prompt'] });
				secrets.push({ text: p.right, label: 'a pair', where: ['prompt', 'options', 'feedback'], with: p.left });
			}
		}
		for (const secret of secrets.filter((s) => distinctive(s.text))) {
			for (const other of quiz.questions.filter((o) => o.id !== q.id)) {
				const parts = readable(other);
				const hit = secret.where
					.flatMap((w) => parts[w].map((text) => ({ w, text })))
					.find(({ text }) => contains(text, secret.text) && (!secret.with || contains(text, secret.with)));
				if (hit) {
					findings.push({
						rule: 'answer-leak',
						question: q.id,
						problem: `${secret.label} "${secret.with ? `${secret.with} → ` : ''}${secret.text}" is printed in the ${hit.w === 'feedback' ? 'feedback or explanation' : hit.w} of question "${other.id}" on the same page.`,
						fix: `reword question "${other.id}" so it does not give this answer, or ask about something else here.`,
					});
				}
			}
		}
	}
	return findings;
}

function allNone(quiz: CheckedQuiz): ItemFinding[] {
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
function negativeStem(quiz: CheckedQuiz): ItemFinding[] {
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

function trueFalseBalance(quiz: CheckedQuiz): ItemFinding[] {
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

function matchSpares(quiz: CheckedQuiz): ItemFinding[] {
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

function typeMix(quiz: CheckedQuiz): ItemFinding[] {
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

/** Over the whole site, the share of true/false questions keyed True must lie between 40 % and 60 %. */
export function trueShareFinding(quizzes: readonly CheckedQuiz[]): string | undefined {
	const keys = quizzes.flatMap((quiz) => quiz.questions.flatMap((q) => (q.type === 'true-false' ? [q.answer] : [])));
	if (keys.length < 2) return undefined;
	const share = keys.filter(Boolean).length / keys.length;
	if (share >= TRUE_SHARE.min && share <= TRUE_SHARE.max) return undefined;
	return `${Math.round(share * 100)} % of the site's ${keys.length} true/false questions are keyed True; keep it between ${TRUE_SHARE.min * 100} % and ${TRUE_SHARE.max * 100} % so guessing one value does not pay.`;
}

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
