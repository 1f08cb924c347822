// QTI 2.1 response processing for each question type, scored as contracts.md "Scoring" says: every graded question
// is worth 1; multiple +1/k per correct option ticked and −1/k per wrong one (never below 0); match 1/n per pair;
// order 1/n per item in its correct position. FEEDBACK is CORRECT, PARTIAL (0 < score < 1) or INCORRECT.
import { escapeXml } from '../xml';

const RESPONSE = '<variable identifier="RESPONSE"/>';
const base = (type: string, value: string | number) => `<baseValue baseType="${type}">${value}</baseValue>`;
const setScore = (expression: string) => `<setOutcomeValue identifier="SCORE">${expression}</setOutcomeValue>`;
const setFeedback = (id: 'CORRECT' | 'PARTIAL' | 'INCORRECT') =>
	`<setOutcomeValue identifier="FEEDBACK">${base('identifier', id)}</setOutcomeValue>`;
const matchCorrect = `<match>${RESPONSE}<correct identifier="RESPONSE"/></match>`;

/**
 * A share of the point, written so that k shares add up to exactly 1 in floating point (JavaScript's shortest
 * round-trip form of 1/k, e.g. 0.3333333333333333), since engines sum them.
 */
export const share = (k: number): string => String(1 / k);

/** 1 when `condition` holds, else 0: single choice, true/false, fill-in. */
export function allOrNothing(condition: string): string {
	return `<responseProcessing><responseCondition><responseIf>${condition}${setScore(base('float', 1))}${setFeedback('CORRECT')}</responseIf><responseElse>${setScore(base('float', 0))}${setFeedback('INCORRECT')}</responseElse></responseCondition></responseProcessing>`;
}

/** The response is the correct response (a set for multiple cardinality, a sequence for ordered). */
export const isCorrectResponse = matchCorrect;

/** Any of the accepted answers, ignoring case: how a strict engine scores a text entry (Canvas reads the same list). */
export const anyOf = (answers: readonly string[]): string =>
	`<or>${answers.map((a) => `<stringMatch caseSensitive="false">${RESPONSE}${base('string', escapeXml(a))}</stringMatch>`).join('')}</or>`;

/**
 * Partial credit: `scoring` sets SCORE; then the correct response gets exactly 1 and "Correct", a score above 0
 * "Partly correct", anything else "Incorrect".
 */
function partialCredit(scoring: string): string {
	const verdict =
		`<responseCondition><responseIf>${matchCorrect}${setScore(base('float', 1))}${setFeedback('CORRECT')}</responseIf>` +
		`<responseElseIf><gt><variable identifier="SCORE"/>${base('float', 0)}</gt>${setFeedback('PARTIAL')}</responseElseIf>` +
		`<responseElse>${setFeedback('INCORRECT')}</responseElse></responseCondition>`;
	return `<responseProcessing>${scoring}${verdict}</responseProcessing>`;
}

/**
 * A mapping worth `value(key)` per response value, bounded to 0..1, and its response processing: multiple choice
 * (+1/k correct, −1/k wrong) and matching (1/n per right directed pair, 0 for any other pair).
 */
export function mapped(entries: readonly { key: string; value: string }[]): { mapping: string; processing: string } {
	const list = entries.map((e) => `<mapEntry mapKey="${escapeXml(e.key)}" mappedValue="${e.value}"/>`).join('');
	return {
		mapping: `<mapping lowerBound="0" upperBound="1" defaultValue="0">${list}</mapping>`,
		processing: partialCredit(setScore('<mapResponse identifier="RESPONSE"/>')),
	};
}

/**
 * Ordering: QTI has no mapping for an ordered response, so each position is checked with `index` (1-based) against
 * the identifier that belongs there, adding 1/n when it matches (Moodle ordering's "absolute position").
 */
export function perPosition(correct: readonly string[]): string {
	const each = correct.map(
		(id, i) =>
			`<responseCondition><responseIf><match><index n="${i + 1}">${RESPONSE}</index>${base('identifier', id)}</match>` +
			`${setScore(`<sum><variable identifier="SCORE"/>${base('float', share(correct.length))}</sum>`)}</responseIf></responseCondition>`,
	);
	return partialCredit(`${setScore(base('float', 0))}${each.join('')}`);
}
