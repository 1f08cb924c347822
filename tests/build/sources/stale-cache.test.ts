// "Never stale": a report replaced (with its new sha256) after a build, then built again with Astro's cache warm.
// Entries whose own files did not change must be checked again, and every one that no longer checks out is named.
import { appendFileSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../support/fixture-site';
import { placesMatching } from '../../support/places';
import { changeReport } from '../../support/reports';

/** Each stored entry's digest by file, read from Astro's data store (a devalue-flattened array of values). */
function storedDigests(dir: string): Map<string, string> {
	const values = JSON.parse(readFileSync(join(dir, 'node_modules/.astro/data-store.json'), 'utf8')) as unknown[];
	const digests = new Map<string, string>();
	for (const value of values) {
		const entry = value as { filePath?: number; digest?: number } | null;
		if (entry && typeof entry === 'object' && typeof entry.filePath === 'number' && typeof entry.digest === 'number')
			digests.set(String(values[entry.filePath]), String(values[entry.digest]));
	}
	return digests;
}

describe('a second build after a report changed, with a warm cache', () => {
	it('stores each citing entry with the sources in its digest, so a changed source makes Astro parse it again', () => {
		const site = fixtureSite();
		try {
			expect(site.build().status).toBe(0);
			const before = storedDigests(site.dir);
			// Nothing any citation quotes: only the metadata file of the sources changes.
			appendFileSync(join(site.dir, 'seeds/sources.yaml'), '# a note\n');
			expect(site.build().status).toBe(0);
			const after = storedDigests(site.dir);
			const citing = [...before.keys()].filter((f) => /^src\/content\/(glossary|actors|quizzes|docs)\//.test(f));
			expect(citing.length).toBeGreaterThan(30);
			for (const file of citing) expect(after.get(file), file).not.toBe(before.get(file));
		} finally {
			site.remove();
		}
	});

	it('fails, naming every entry (glossary, quizzes, ledger, framing words) that quotes words no longer in the report', () => {
		const site = fixtureSite();
		try {
			expect(site.build().status).toBe(0);
			expect(existsSync(join(site.dir, 'node_modules/.astro/data-store.json'))).toBe(true);
			// A corrected version of each report: one word in report A, the spelling of a word in report B.
			changeReport(site.dir, 'report-a', 'statement as saying', 'statement as stating');
			changeReport(site.dir, 'report-b', '"re-integration"', '"reintegration"');
			const data = ['src/content/claims.yaml', 'src/content/timeline.yaml', 'src/content/framing.yaml'];
			for (const folder of ['glossary', 'actors', 'quizzes'])
				for (const f of readdirSync(join(site.dir, 'src/content', folder))) data.push(`src/content/${folder}/${f}`);
			// Found here by their text, independently of the build: every citation quoting the words that changed.
			const expected = [
				...placesMatching(site.dir, data, /source: report-a, (p|paragraph): 10, quote: .*as saying/),
				...placesMatching(site.dir, data, /source: report-b, (p|paragraph): 23, quote: .*re-integration/),
			];
			expect(expected.length).toBeGreaterThanOrEqual(8);
			expect(new Set(expected.map((p) => p.split(':')[0]!.split('/')[2]))).toEqual(
				new Set(['quizzes', 'glossary', 'claims.yaml', 'framing.yaml']),
			);

			const { status, output } = site.build();
			expect(status).not.toBe(0);
			for (const place of expected) expect(output).toContain(`${place} → `);
			expect(output.match(/^ {2}Problem: /gm)).toHaveLength(expected.length);
			expect(output).not.toMatch(/Stack trace|Location:|Browser APIs|InvalidContentEntryDataError/);
		} finally {
			site.remove();
		}
	});
});
