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
		expect(output).toContain('seeds/report-a.txt → seeds/sources.yaml → sources[0].sha256');
		expect(output).toMatch(/Problem: the file's sha256 is [0-9a-f]{64}, but the metadata records/);
		expect(output).toContain('Fix: sources must stay verbatim.');
	});

	it('stops on a report with no metadata entry', () => {
		const { status, output } = buildFixture((dir) => writeFileSync(join(dir, 'seeds/report-c.txt'), 'A new report.\n'));
		expect(status).not.toBe(0);
		expect(output).toContain('seeds/report-c.txt');
		expect(output).toContain('has no entry in seeds/sources.yaml');
	});
});
