// QTI 2.1 items score as contracts.md "Scoring" says, run with the specification's semantics (tests/support/qti-score.ts);
// they load in qti-sdk (tests/support/qti-sdk.ts) and Canvas files their feedback as meant (tests/support/canvas-qti.ts).
import { describe, expect, it } from 'vitest';
import { choiceOrder, lmsAnswers, matchRights } from '../../../src/lib/exports/lms';
import { qtiFiles } from '../../../src/lib/exports/qti/package';
import { canvasFeedback, canvasItems } from '../../support/canvas-qti';
import { contractMultiple, contractParts, runResponseProcessing } from '../../support/qti-score';
import { qtiSdkProblems } from '../../support/qti-sdk';
import { labels, quiz } from './fixture-quiz';

const files = qtiFiles(quiz, labels);
const item = (id: string) => files[`items/fixture--${id}.xml`]!;
const question = <T extends string>(id: string, key: T) => {
	const q = quiz.questions.find((x) => x.id === id)!;
	if (!(key in q)) throw new Error(`${id} has no ${key}`);
	return q as Extract<typeof q, Record<T, unknown>>;
};
/** Every subset of n things, as booleans. */
const subsets = (n: number) =>
	Array.from({ length: 2 ** n }, (_, bits) => Array.from({ length: n }, (_, i) => Boolean(bits & (1 << i))));
/** Every ordering of a list. */
const permutations = <T>(list: T[]): T[][] =>
	list.length <= 1
		? [list]
		: list.flatMap((x, i) => permutations(list.filter((_, j) => j !== i)).map((p) => [x, ...p]));

describe('QTI 2.1 scoring (contracts.md "Scoring")', () => {
	it('multiple answers: +1/k per correct option ticked, −1/k per wrong one, never below 0, for every combination', () => {
		for (const id of ['pick-some', 'three-of-five']) {
			const q = question(id, 'options');
			const order = choiceOrder('fixture', q);
			for (const ticked of subsets(q.options.length)) {
				const response = order.flatMap((i, n) => (ticked[i] ? [`C${n + 1}`] : []));
				const expected = contractMultiple(
					ticked,
					q.options.map((o) => o.correct),
				);
				const { score, feedback } = runResponseProcessing(item(id), response.length ? response : null);
				expect(score, `${id} ${response.join(',')}`).toBeCloseTo(expected, 10);
				expect(feedback).toBe(expected === 1 ? 'CORRECT' : expected > 0 ? 'PARTIAL' : 'INCORRECT');
			}
			const all = order.flatMap((i, n) => (q.options[i]!.correct ? [`C${n + 1}`] : []));
			expect(runResponseProcessing(item(id), all)).toEqual({ score: 1, feedback: 'CORRECT' });
		}
	});

	it('ordering: 1/n for each item in its correct position, for every order', () => {
		const q = question('sequence', 'items');
		const order = choiceOrder('fixture', q);
		const idOf = (item: number) => `I${order.indexOf(item) + 1}`;
		for (const placed of permutations(q.items.map((_, i) => i))) {
			const right = placed.filter((item, position) => item === position).length;
			const { score, feedback } = runResponseProcessing(item('sequence'), placed.map(idOf));
			expect(score, placed.join(',')).toBeCloseTo(contractParts(right, q.items.length), 10);
			expect(feedback).toBe(right === q.items.length ? 'CORRECT' : right ? 'PARTIAL' : 'INCORRECT');
		}
		expect(runResponseProcessing(item('sequence'), null)).toEqual({ score: 0, feedback: 'INCORRECT' });
	});

	it('matching: 1/n for each left item given its partner; spares and wrong partners earn nothing', () => {
		const q = question('pairs', 'pairs');
		const rights = matchRights('fixture', q);
		const rightId = (pair: number | null) => `R${rights.findIndex((r) => r.pair === pair) + 1}`;
		// Each left item given some right-hand text (its partner, another's, or the spare).
		for (const choice of permutations([0, 1, 2, null]).map((p) => p.slice(0, q.pairs.length))) {
			const response = choice.map((pair, left) => `L${left + 1} ${rightId(pair)}`);
			const right = choice.filter((pair, left) => pair === left).length;
			const { score, feedback } = runResponseProcessing(item('pairs'), response);
			expect(score, response.join(',')).toBeCloseTo(contractParts(right, q.pairs.length), 10);
			expect(feedback).toBe(right === q.pairs.length ? 'CORRECT' : right ? 'PARTIAL' : 'INCORRECT');
		}
	});

	it('single choice, true/false and fill-in: 1 or 0; every accepted answer scores, in any case', () => {
		expect(runResponseProcessing(item('true-or-not'), 'C1')).toEqual({ score: 1, feedback: 'CORRECT' });
		expect(runResponseProcessing(item('true-or-not'), 'C2')).toEqual({ score: 0, feedback: 'INCORRECT' });
		const q = question('when', 'answers');
		for (const a of lmsAnswers(q.answers)) {
			expect(runResponseProcessing(item('when'), a).score, a).toBe(1);
			expect(runResponseProcessing(item('when'), a.toUpperCase()).score, a).toBe(1);
		}
		expect(runResponseProcessing(item('when'), '10:00')).toEqual({ score: 0, feedback: 'INCORRECT' });
	});

	it('"Partly correct" feedback exists exactly where partial credit does', () => {
		for (const q of quiz.questions) {
			const partial = q.type === 'multiple' || q.type === 'order' || q.type === 'match';
			expect(item(q.id).includes('identifier="PARTIAL"'), q.id).toBe(partial);
		}
	});
});

describe('strict engines and Canvas read the same items', () => {
	it('every item starts in qti-sdk: a single-cardinality response has one correct value', () => {
		for (const q of quiz.questions) expect(qtiSdkProblems(item(q.id)), q.id).toEqual([]);
		const fillIn = item('when');
		expect(fillIn.match(/<correctResponse>(.*?)<\/correctResponse>/)![1]).toBe('<value>09:00</value>');
	});
	it('the qti-sdk rule catches an item listing every accepted answer as a correct response (as before)', () => {
		const old = item('when').replace('<value>09:00</value>', '<value>09:00</value><value>9:00</value>');
		expect(qtiSdkProblems(old).join()).toMatch(/'single' cardinality must contain a single value, 2 value\(s\)/);
	});
	it('Canvas files "Correct." and "Incorrect." as its comments and ignores "Partly correct."', () => {
		for (const id of ['pick-some', 'sequence', 'when']) {
			const comments = canvasFeedback(item(id));
			expect(comments['correct_comments'], id).toMatch(/^Correct\. /);
			expect(comments['incorrect_comments'], id).toMatch(/^Incorrect\. /);
			expect(Object.keys(comments).sort()).toEqual(['correct_comments', 'incorrect_comments']);
		}
	});
	it('Canvas imports a text entry as a short answer with every accepted answer, none blank', () => {
		const read = (href: string) => files[href]!;
		const [when, howMany] = ['when', 'how-many'].map((id) =>
			canvasItems(files['imsmanifest.xml']!, read).find((i) => i.href.endsWith(`--${id}.xml`))!,
		);
		for (const [found, id] of [
			[when, 'when'],
			[howMany, 'how-many'],
		] as const) {
			const q = question(id, 'answers');
			expect(found!.text!.answers).not.toContain(null);
			expect(new Set(found!.text!.answers)).toEqual(new Set(lmsAnswers(q.answers)));
		}
	});
});
