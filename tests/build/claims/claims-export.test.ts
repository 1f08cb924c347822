// The claim ledger's exports (contracts.md, "Claim ledger"), read straight from dist/.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DIFFERENCE_KINDS, CLAIM_TOPICS, sourceLetter } from '../../../src/lib/claims/ledger';
import { readSources } from '../../../src/lib/sources/seeds';

const dist = (path: string) => `${process.env.OUT_DIR ?? 'dist'}${path}`;

describe('/exports/claims.json and claims.csv', () => {
	const json = JSON.parse(readFileSync(dist('/exports/claims.json'), 'utf8'));
	const sources = readSources('seeds');
	it('has the contract’s shape: sources, then claims with cells that name a source, a paragraph, a quote and a voice', () => {
		expect(json.sources).toEqual(sources.map((s) => s.id));
		expect(json.sources.slice(0, 2)).toEqual(['report-a', 'report-b']);
		expect(json.claims.length).toBeGreaterThan(20);
		for (const c of json.claims) {
			// The contract's keys in its order, then the extension: which sources carry the claim and which are silent.
			expect(Object.keys(c)).toEqual(['id', 'topic', 'question', 'relation', 'kinds', 'note', 'cells', 'in', 'silent']);
			expect(CLAIM_TOPICS).toContain(c.topic);
			expect(['same', 'differs', ...sources.map((s) => `only-${sourceLetter(s)}`)]).toContain(c.relation);
			expect([...c.in, ...c.silent].sort()).toEqual([...json.sources].sort());
			expect(c.in).toEqual(
				json.sources.filter((id: string) => c.cells.some((cell: { source: string }) => cell.source === id)),
			);
			expect(c.relation.startsWith('only-') ? c.in.length === 1 : c.in.length >= 2).toBe(true);
			for (const k of c.kinds) expect(DIFFERENCE_KINDS).toContain(k);
			expect(c.relation === 'differs').toBe(c.kinds.length > 0);
			for (const cell of c.cells) {
				expect(Object.keys(cell)).toEqual(['source', 'paragraph', 'quote', 'voice']);
				expect(json.sources).toContain(cell.source);
			}
		}
	});
	it('the CSV holds the same cells, one row each, and opens with a BOM and a header', () => {
		const text = readFileSync(dist('/exports/claims.csv'), 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const rows = parse<Record<string, string>>(text, { bom: true, columns: true });
		const cells = json.claims.flatMap((c: { id: string; cells: { quote: string }[] }) =>
			c.cells.map((cell) => [c.id, cell.quote]),
		);
		expect(rows.map((r) => [r['claim'], r['quote']])).toEqual(cells);
	});
	it('is listed in /exports/index.json', () => {
		const index = JSON.parse(readFileSync(dist('/exports/index.json'), 'utf8'));
		expect(index.claims).toEqual({ json: '/exports/claims.json', csv: '/exports/claims.csv' });
	});
});
