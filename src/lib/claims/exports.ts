// The ledger as files (contracts.md, "Claim ledger"): /exports/claims.json and /exports/claims.csv.
import type { Source } from '../sources/seeds';
import type { Claim } from './ledger';

/**
 * `/exports/claims.json` (contracts.md, "Claim ledger"), extended with two keys per claim: `in`, the sources that
 * carry it (its cells quote them), and `silent`, those that do not, both in the order of `sources`. With two sources
 * they only restate the relation; with more they say which reports `same`, `differs` or `only-…` is about.
 */
export function claimsJson(claims: readonly Claim[], sources: readonly Pick<Source, 'id'>[]) {
	return {
		sources: sources.map((s) => s.id),
		claims: claims.map((c) => ({
			id: c.id,
			topic: c.topic,
			question: c.question,
			relation: c.relation,
			kinds: [...c.kinds],
			note: c.note,
			cells: c.cells.map(({ source, paragraph, quote, voice }) => ({ source, paragraph, quote, voice })),
			in: sources.filter((s) => c.cells.some((cell) => cell.source === s.id)).map((s) => s.id),
			silent: sources.filter((s) => !c.cells.some((cell) => cell.source === s.id)).map((s) => s.id),
		})),
	};
}

const csvField = (value: string | number): string => `"${String(value).replace(/"/g, '""')}"`;

/** `/exports/claims.csv`: one row per cell with the claim's fields repeated; UTF-8 with a BOM so spreadsheets read it. */
export function claimsCsv(claims: readonly Claim[]): string {
	const header = ['claim', 'topic', 'question', 'relation', 'kinds', 'note', 'source', 'paragraph', 'quote', 'voice'];
	const rows = claims.flatMap((c) =>
		c.cells.map((cell) => [
			c.id,
			c.topic,
			c.question,
			c.relation,
			c.kinds.join(' '),
			c.note,
			cell.source,
			cell.paragraph,
			cell.quote,
			cell.voice,
		]),
	);
	return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
