import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';

// A broken claim ledger stops `astro build` with the file, the claim, the problem and the fix.
describe('astro build with a broken claim ledger', () => {
	it('names a misquote, a relation that does not fit its cells, a difference without a kind, and an uncovered paragraph', () => {
		let ledger = '';
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
			ledger = text;
		});
		/** `line:column` in the edited ledger of the first line matching `pattern` after `- id: <claim>`, at `at`. */
		const place = (claim: string, pattern: RegExp, at: string) => {
			const lines = ledger.split('\n');
			const from = lines.indexOf(`- id: ${claim}`);
			const i = lines.findIndex((l, n) => n >= from && pattern.test(l));
			return `src/content/claims.yaml:${i + 1}:${lines[i]!.indexOf(at) + 1}`;
		};
		expect(status).not.toBe(0);
		expect(output).toContain(`${place('blockade', /ten months/, '{')} → claim "blockade" → cells[0]`);
		expect(output).toContain(
			'Problem: the quote "which it had blockaded for ten months" is not in report-a paragraph 7',
		);
		expect(output).toContain(
			`${place('stated-aim', /^ {2}relation:/, 'only-a')} → claim "stated-aim" → relation\n  Problem: the relation is "only-a" (only in Report A) but the cells also quote report-b.`,
		);
		expect(output).toContain(
			`${place('surrender-demand', /^ {2}kinds:/, '[')} → claim "surrender-demand" → kinds\n  Problem: a "differs" claim must say how the reports differ.\n  Fix: list at least one kind`,
		);
		// An uncovered paragraph is placed at the claim quoting the paragraph nearest to it, where it most likely goes.
		const gap =
			/src\/content\/claims\.yaml:(\d+):3 → report-b paragraph 17 \(near claim "([a-z0-9-]+)", which quotes paragraph 1[68]\)\n {2}Problem: no claim quotes this body paragraph/.exec(
				output,
			);
		expect(gap).not.toBeNull();
		expect(ledger.split('\n')[Number(gap![1]) - 1]).toBe(`- id: ${gap![2]}`);
	});
});
