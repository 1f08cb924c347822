// Every rule an author can break in one question, as messages naming the question and the fix (run by schema.ts).
import { citationProblem } from '../sources/citations';
import type { Source } from '../sources/seeds';
import { valuesOf } from './matching/match';
import type { Question } from './question';

const KIND_EXAMPLE = {
	time: 'time, e.g. "09:00 GMT"',
	number: 'number, in figures or words, e.g. "232" or "none"',
	duration: 'length of time with its unit, e.g. "six weeks"',
	phrase: 'name or short phrase, e.g. "Armenpress"',
} as const;

export const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);

/** Every rule an author can break in one question, as messages naming the question and the fix. */
export function questionProblems(q: Question, sources: readonly Source[]): string[] {
	const problems: string[] = [];
	const say = (problem: string, fix: string) => problems.push(`question "${q.id}": ${problem} Fix: ${fix}`);
	if (q.type === 'single' || q.type === 'multiple') {
		const correct = q.options.filter((o) => o.correct).length;
		if (q.type === 'single' && correct !== 1) {
			say(
				`a single-choice question needs exactly one correct option; it has ${correct}.`,
				'mark exactly one option with correct: true, or make it type: multiple.',
			);
		}
		if (q.type === 'multiple' && correct < 1)
			say(
				'a multiple-choice question needs at least one correct option.',
				'mark the right options with correct: true.',
			);
		for (const d of duplicates(q.options.map((o) => o.text.toLowerCase())))
			say(`the option "${d}" appears twice.`, 'make every option different.');
	}
	if (q.type === 'fill-in' && q.answers.length < 1)
		say(
			'a fill-in question needs at least one accepted answer.',
			'give the answer under answers:, then only genuinely different alternatives.',
		);
	if (q.type === 'fill-in') {
		for (const a of q.answers) {
			if (valuesOf(q.kind, a) === null)
				say(
					`the answer "${a}" cannot be read as a ${q.kind}${a === q.answers[0] ? '' : ' (it is listed as an alternative)'}.`,
					`write one ${KIND_EXAMPLE[q.kind]}, or choose the kind that fits it (time, number, duration or phrase).`,
				);
		}
		if (q.kind !== 'phrase' && q.others.length)
			say('others: names only conflict with a phrase answer.', 'remove others:, or use kind: phrase.');
		if (q.kind !== 'number' && q.mislabels.length)
			say('mislabels: only apply to a number.', 'remove mislabels:, or use kind: number.');
	}
	if (q.type === 'order' && q.items.length < 3)
		say(
			`an ordering question needs at least 3 items; it has ${q.items.length}.`,
			'add items, listed in the correct order.',
		);
	if (q.type === 'order')
		for (const d of duplicates(q.items)) say(`the item "${d}" appears twice.`, 'make every item different.');
	if (q.type === 'match') {
		if (q.pairs.length < 2)
			say(
				`a matching question needs at least 2 pairs; it has ${q.pairs.length}.`,
				'add pairs as { left: …, right: … }.',
			);
		for (const side of ['left', 'right'] as const) {
			for (const d of duplicates(q.pairs.map((p) => p[side])))
				say(`"${d}" appears twice on the ${side}.`, `make each ${side}-hand side unique.`);
		}
		for (const d of duplicates([...q.pairs.map((p) => p.right), ...q.distractors]))
			say(
				`the spare option "${d}" is also a right-hand answer or listed twice.`,
				'make each spare option different from every right-hand text.',
			);
	}
	if (q.type !== 'discussion') {
		if (!q.explanation)
			say(
				'a graded question needs an explanation.',
				'add explanation: saying why the answer is right, in a sentence or two.',
			);
		if (q.evidence.length < 1)
			say(
				'a graded question needs at least one piece of evidence.',
				'add evidence: [{ source: report-a, paragraph: 5, quote: "words from it" }].',
			);
	}
	q.evidence.forEach((e, i) => {
		const found = citationProblem(sources, { source: e.source, p: e.paragraph, quote: e.quote });
		if (found) say(`evidence[${i}]: ${found.problem}`, found.fix);
	});
	return problems;
}
