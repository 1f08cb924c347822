import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';

describe('astro build with bad seeds', () => {
	it('stops on an edited report, naming the file, the problem and the fix', () => {
		const { status, output } = buildFixture((dir) =>
			appendFileSync(join(dir, 'seeds/report-a.txt'), '\nAn invented line.'),
		);
		expect(status).not.toBe(0);
		expect(output).toContain('seeds/sources.yaml:8:13 → sources[0].sha256 (seeds/report-a.txt)');
		expect(output).toMatch(/Problem: the sha256 of seeds\/report-a\.txt is [0-9a-f]{64}, but this field records/);
		// Thrown by a loader, not while Astro reads the content config: no wrapper, hint or stack trace of Astro's.
		expect(output).not.toMatch(/GenerateContentTypesError|Stack trace|Location:|Caused by/);
		expect(output).toContain('Fix: sources must stay verbatim.');
	});

	it('stops on a report with no metadata entry', () => {
		const { status, output } = buildFixture((dir) => writeFileSync(join(dir, 'seeds/report-c.txt'), 'A new report.\n'));
		expect(status).not.toBe(0);
		expect(output).toContain(
			'seeds/sources.yaml:6:3 → sources\n  Problem: seeds/report-c.txt has no entry in seeds/sources.yaml, so the site cannot cite it.',
		);
	});
});
