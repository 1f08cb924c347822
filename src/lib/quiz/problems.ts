// Every rule an author can break in one question, as messages naming the question and the fix (run by schema.ts).
import { citationProblem } from '../sources/citations';
import type { Source } from '../sources/seeds';
import { typedValue } from './grading';
import type { Question } from './question';

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
			'list them under answers:, the usual spelling first.',
		);
	if (q.type === 'fill-in' && q.match !== 'text') {
		const value = typedValue(q.match, q.answers[0] ?? '');
		if (value === null)
			say(
				`the first answer "${q.answers[0]}" is not a ${q.match}.`,
				`write it as a ${q.match === 'time' ? 'time, e.g. "09:00"' : 'number, e.g. "120,000"'}, or use match: text.`,
			);
		for (const a of q.answers.slice(1)) {
			const other = typedValue(q.match, a);
			if (value !== null && other !== null && other !== value)
				say(
					`the answer "${a}" is a different ${q.match} from "${q.answers[0]}".`,
					'list only ways of writing the same answer.',
				);
		}
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
