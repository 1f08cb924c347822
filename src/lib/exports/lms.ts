// What the LMS exports (GIFT, QTI, Moodle XML, Common Cartridge) share: the worksheet's seeded order of choices,
// and the fill-in answers spelled out for LMSs that compare plain strings.
import type { ExportedQuestion } from './json';
import { DEFAULT_SEED } from '../quiz/view';
import { seededOrder } from '../quiz/shuffle';

/**
 * Canonical indices in the order the worksheet prints them (src/lib/quiz/view.ts, same seed): options, order items,
 * or the right-hand list of a match question (its pairs' rights, then its spare options). True/false keeps True, False.
 * Most LMS importers keep the file's order (Canvas never shuffles), so the key must not always come first.
 */
export function choiceOrder(quizId: string, q: ExportedQuestion): number[] {
	let n = 0;
	if ('options' in q) n = q.options.length;
	if ('items' in q) n = q.items.length;
	if ('pairs' in q) n = q.pairs.length + (q.distractors?.length ?? 0);
	if (q.type === 'true-false') return [0, 1];
	return seededOrder(DEFAULT_SEED, quizId, q, n);
}

/** A match question's right-hand list in worksheet order; `pair` is the index of the pair it answers, or null for a spare. */
export function matchRights(
	quizId: string,
	q: Extract<ExportedQuestion, { pairs: unknown }>,
): { text: string; pair: number | null }[] {
	const spares = q.distractors ?? [];
	return choiceOrder(quizId, q).map((i) =>
		i < q.pairs.length ? { text: q.pairs[i]!.right, pair: i } : { text: spares[i - q.pairs.length]!, pair: null },
	);
}

/**
 * Every accepted fill-in answer for a string-comparing LMS: the export's answers (authored, then generated forms of a
 * time or number), each also with a full stop after it, since Moodle and Canvas compare punctuation and the site
 * ignores it ("Yevlakh." is right on the site). Case is left to the LMS's case-insensitive setting.
 */
export function lmsAnswers(answers: readonly string[]): string[] {
	const withStop = answers.flatMap((a) => (/[\p{P}\p{S}]$/u.test(a) ? [a] : [a, `${a}.`]));
	return [...new Set(withStop)];
}

/** The guidance of a discussion question as one paragraph for graders. */
export const guidanceText = (guidance: readonly string[]): string => `A good answer covers: ${guidance.join(' ')}`;
