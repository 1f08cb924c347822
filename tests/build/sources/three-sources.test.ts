// A site with three sources, built as README's "Adding a source" says (tests/support/third-source.ts): every page
// words the comparison for three, every badge says which reports carry a claim, and every link resolves.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, type FixtureBuild } from '../../support/fixture-site';
import { addThirdSource } from '../../support/third-source';

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&#39;/g, "'")
		.replace(/\s+/g, ' ')
		.trim();

describe('a site with a third source', () => {
	const pages = new Map<string, string>();
	const read = ['compare/', 'sources/report-a/', 'sources/report-c/', 'lessons/background/', 'exports/claims.json'];
	let build: FixtureBuild;
	beforeAll(() => {
		build = buildFixture(addThirdSource, (dir) => {
			for (const page of read)
				pages.set(page, readFileSync(join(dir, 'dist', page.endsWith('/') ? `${page}index.html` : page), 'utf8'));
		});
	});
	const row = (id: string) => {
		const html = pages.get('compare/')!;
		const start = html.indexOf(`id="claim-${id}"`);
		return html.slice(start, html.indexOf('</tr>', start));
	};
	const badge = (id: string) => text(/<span class="badge[^"]*"[^>]*>([\s\S]*?)<\/span>/.exec(row(id))![1]!);

	it('builds, with the three reports verified and every internal link resolving', () => {
		expect(build.status, build.output).toBe(0);
		expect(build.output).toContain('3 source reports verified (sha256) and loaded from seeds/');
		expect(build.output).toMatch(/\[link-check\] all internal links, assets and anchors resolve/);
	});

	it('badges say which reports carry each claim', () => {
		expect(badge('recognised-status')).toBe('Same');
		expect(badge('blockade')).toBe('Same in Report A and Report C');
		expect(badge('population')).toBe('Differs between Report A and Report B: figures, what is counted, precision');
		expect(badge('talks')).toMatch(/^Differs: /);
		expect(badge('own-government')).toBe('Only in Report A');
		expect(badge('peacekeepers-comment')).toBe('Only in Report C');
		expect(text(row('own-government'))).toContain('Not in this report.');
	});

	it('/compare/ has a column and an "Only in" filter per report, and words the page for three', () => {
		const html = pages.get('compare/')!;
		expect([...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1])).toEqual([
			'Question and how the reports compare',
			'Report A',
			'Report B',
			'Report C',
		]);
		expect(html).toMatch(/value="only-c"\s*\/?> Only in Report C \(1\)/);
		expect(html).toContain(
			".compare:has([name='relation'][value='only-c']:checked) tr.claim:not([data-relation='only-c'])",
		);
		const intro = text(html);
		expect(intro).toContain('a reader might ask the three reports');
		expect(intro).toContain("every paragraph of all three reports' text, so nothing any report says is left out");
		expect(intro).toContain('What do the other reports say?');
		expect(intro).toContain('claims from Report A, Report B and Report C');
	});

	it('source pages: the new report numbered, and each paragraph saying which other reports carry it', () => {
		const c = pages.get('sources/report-c/')!;
		for (let n = 1; n <= 6; n++) expect(c).toContain(`id="p${n}"`);
		expect(text(c)).toContain('one of the three news reports');
		const a = text(pages.get('sources/report-a/')!);
		expect(a).toContain('how the other reports compare');
		expect(a).toContain('Report C says the same: C3; not in Report B');
	});

	it('the lesson cites report C as [C3], and claims.json lists the carriers and the silent reports', () => {
		expect(pages.get('lessons/background/')).toMatch(/href="\/sources\/report-c\/#p3"[^>]*>\s*\[C\s*3\]/);
		const json = JSON.parse(pages.get('exports/claims.json')!);
		expect(json.sources).toEqual(['report-a', 'report-b', 'report-c']);
		const claim = (id: string) => json.claims.find((c: { id: string }) => c.id === id);
		expect(claim('blockade')).toMatchObject({ relation: 'same', in: ['report-a', 'report-c'], silent: ['report-b'] });
		expect(claim('own-government')).toMatchObject({ relation: 'only-a', silent: ['report-b', 'report-c'] });
	});
});
