import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';

// A broken claim ledger stops `astro build` with the file, the claim, the problem and the fix.
describe('astro build with a broken claim ledger', () => {
	it('names a misquote, a relation that does not fit its cells, a difference without a kind, and an uncovered paragraph', () => {
		const { status, output } = buildFixture((dir) => {
			const path = join(dir, 'src/content/claims.yaml');
			let text = readFileSync(path, 'utf8');
			const apply = (from: RegExp, to: string) => {
				const next = text.replace(from, to);
				if (next === text) throw new Error(`fixture edit did not apply: ${from}`);
				text = next;
			};
			// A misquote in one claim's cell.
			apply(/quote: "which it had blockaded for nine months"/, 'quote: "which it had blockaded for ten months"');
			// An only-a claim that also quotes report B.
			apply(
				/(- id: stated-aim[\s\S]*?cells:\n)/,
				'$1    - { source: report-b, paragraph: 6, quote: "Armenian forces", voice: Report B }\n',
			);
			// A difference that does not say how.
			apply(/(- id: surrender-demand[\s\S]*?)kinds: \[wording, precision\]/, '$1kinds: []');
			// Remove the only claim quoting report B paragraph 17.
			apply(/- id: fears[\s\S]*?(?=\n- id:|\n# )/, '');
			writeFileSync(path, text);
		});
		expect(status).not.toBe(0);
		expect(output).toContain('src/content/claims.yaml → claim "blockade" → cells[0]');
		expect(output).toContain(
			'Problem: the quote "which it had blockaded for ten months" is not in report-a paragraph 7',
		);
		expect(output).toMatch(
			/claim "stated-aim" → relation\n {2}Problem: the relation is "only-a" \(only in Report A\) but the cells also quote report-b\./,
		);
		expect(output).toMatch(
			/claim "surrender-demand" → kinds\n {2}Problem: a "differs" claim must say how the reports differ\.\n {2}Fix: list at least one kind/,
		);
		expect(output).toMatch(
			/src\/content\/claims\.yaml → report-b paragraph 17\n {2}Problem: no claim quotes this body paragraph/,
		);
	});
});
