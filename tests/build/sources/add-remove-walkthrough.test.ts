// README's "Adding a source" and "Removing a source", followed step by step in one copy of the site (its cache warm,
// as an author's would be): what the build says at each step is what README shows, generated here, never typed.
// UPDATE_README=1 npx vitest run --project build tests/build/sources/add-remove-walkthrough.test.ts rewrites the blocks.
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { excerpt, successLines } from '../../support/build-output';
import { fixtureSite } from '../../support/fixture-site';
import { readmeBlock, updating, writeReadmeBlock } from '../../support/readme-blocks';
import * as step from '../../support/third-source';

const site = fixtureSite();
afterAll(() => site.remove());
const times: string[] = [];

/** Builds, checks the outcome, and checks (or writes) README's block for this step. */
function buildStep(name: string, ok: boolean, show: (output: string) => string): string {
	const { status, output, ms } = site.build();
	times.push(`${name}: ${(ms / 1000).toFixed(1)} s`);
	expect(status === 0, output).toBe(ok);
	expect(output).not.toMatch(/Stack trace|Location:|Browser APIs|GenerateContentTypesError/);
	const shown = show(output);
	if (updating) writeReadmeBlock(name, shown);
	else expect(readmeBlock(name), `README's <!-- build-output: ${name} --> block`).toBe(shown);
	return output;
}

describe('adding a third source, then removing it, as README says', () => {
	it('adding: the report alone, a copied short label, the ledger, then a build that passes', () => {
		copyFileSync(resolve(import.meta.dirname, '../../fixtures/report-c.txt'), join(site.dir, 'seeds/report-c.txt'));
		buildStep('add-report', false, (o) => excerpt(o, [/has no entry in seeds\/sources\.yaml/]));
		step.addReportC(site.dir, { short: 'B' });
		buildStep('add-short', false, (o) => excerpt(o, [/sources\[2\]\.short/]));
		step.edit(site.dir, 'seeds/sources.yaml', /short: B\n(\s+title: \{ value: Karabakh)/, 'short: C\n$1');
		const ledger = buildStep('add-ledger', false, (o) =>
			excerpt(o, [/claim "recognised-status" → cells\n/, /report-c paragraph 3/]),
		);
		// One problem per claim of the ledger (each must say whether report C says it), one per body paragraph of C.
		expect(ledger.match(/does not say whether Report C \(report-c\) says it/g)!.length).toBeGreaterThan(40);
		expect(ledger.match(/no claim quotes this body paragraph/g)).toHaveLength(4);
		step.ledgerWithReportC(site.dir);
		step.lessonCitingReportC(site.dir);
		step.lessonFiveWithReportC(site.dir);
		buildStep('add-done', true, (o) =>
			successLines(o, [/\[sources-loader\]/, /\[link-check\]/, /\[build\] Complete!/]),
		);
	});

	it('removing: the entry and file, then each citation, then the ledger and the lesson, then a build that passes', () => {
		const silentRows = readFileSync(join(site.dir, 'src/content/claims.yaml'), 'utf8').match(
			/^ {2}silent: \[.*report-c/gm,
		)!;
		step.removeReportC(site.dir);
		const named = buildStep('remove-entry', false, (o) =>
			excerpt(o, [
				/claim "recognised-status" → cells\[0\]/,
				/lessons\/background\.mdx:\d+:\d+ → citation of report-c/,
				/claim "population" → silent\[0\]/,
				/<ClaimList relation=…>/,
				/link to \.\.\/\.\.\/sources\/report-c\//,
			]),
		);
		// The five citations, every row listing it as silent, the component and the link: every place, in one build.
		expect(named.match(/unknown source "report-c"/g)).toHaveLength(5);
		expect(named.match(/"report-c" is not a source/g)).toHaveLength(silentRows.length);
		step.removeReportCCitations(site.dir);
		buildStep('remove-citations', false, (o) =>
			excerpt(o, [/claim "population" → silent\[0\]/, /claim "blockade" → relation/]),
		);
		step.removeReportCFromLedger(site.dir);
		step.removeReportCLinks(site.dir);
		buildStep('remove-done', true, (o) => successLines(o, [/\[sources-loader\]/, /\[build\] Complete!/]));
		console.info(`Walkthrough build times (warm cache): ${times.join('; ')}`);
	});
});
