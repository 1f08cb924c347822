// What a teacher marking on paper needs per question, for the one-page grid that opens each answer key: the answer in
// the worksheet's letters, the points, and the partial-credit rule (contracts.md "Scoring", as scoring.ts applies it).
import type { Question } from './question';
import type { PaperLayout } from './view';

/** A share of a point as a teacher writes it: 1/2 → "0.5", 1/3 → "1/3". */
export function share(n: number): string {
	const exact = 1 / n;
	return Number.isInteger(exact * 100) ? String(exact) : `1/${n}`;
}

/** The points a question is worth on paper: 1, or 0 for a discussion (not graded). */
export const points = (q: Question): number => (q.type === 'discussion' ? 0 : 1);

/** How to give part marks, in a few words, with the shares worked out for this question. */
export function creditRule(q: Question): string {
	switch (q.type) {
		case 'single':
		case 'true-false':
			return '1 or 0';
		case 'fill-in':
			return '1 or 0; any accepted form (see below)';
		case 'multiple': {
			const k = q.options.filter((o) => o.correct).length;
			return k === 1
				? '+1 for the right box, −1 for each wrong box; never below 0'
				: `+${share(k)} per right box, −${share(k)} per wrong box; never below 0`;
		}
		case 'order':
			return `${share(q.items.length)} per box in its place`;
		case 'match':
			return `${share(q.pairs.length)} per right pair`;
		case 'discussion':
			return 'not graded; see the points below';
	}
}

/**
 * The answer as the grid shows it, in parts: text, or a letter named by a choice's canonical index (so the `?seed=`
 * script can re-letter it), or the order boxes' positions.
 */
export type GridPart = { text: string } | { letterOf: number; text: string } | { positions: string };

export function gridAnswer(q: Question, layout: PaperLayout): GridPart[] {
	switch (layout.kind) {
		case 'choice': {
			// The right letters (the page sorts them, so a reseeded sheet still lists them A to Z); true/false adds the word.
			const right = layout.choices.filter((c) => c.correct);
			const letters = right.map((c) => ({ letterOf: c.i, text: c.letter }));
			return q.type === 'true-false' ? [...letters, { text: ` ${right[0]!.text}` }] : letters;
		}
		case 'order':
			return [{ positions: layout.rows.map((r) => r.position).join(', ') }];
		case 'match':
			return layout.lefts.flatMap((l, n) => [
				{ text: `${n ? ' · ' : ''}${l.number} ` },
				{ letterOf: l.number - 1, text: l.answer },
			]);
		case 'lines':
			return [{ text: q.type === 'fill-in' ? q.answers[0]! : '—' }];
	}
}
