// Three projects: fast unit tests of src/lib, fixture builds, and browser tests against dist/ in headless Chromium.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		// One worker per core (vitest's default leaves one core idle, which on a 2-core machine runs every file in turn):
		// a fixture build or a browser file waiting on the network overlaps another file's work.
		maxWorkers: Math.max(2, availableParallelism()),
		reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{
				test: {
					name: 'build',
					include: ['tests/build/**/*.test.ts'],
					testTimeout: 240_000,
					hookTimeout: 240_000,
				},
			},
			{
				test: {
					name: 'browser',
					include: ['tests/browser/**/*.test.ts'],
					globalSetup: ['tests/browser/global-setup.ts'],
					testTimeout: 60_000,
					hookTimeout: 60_000,
				},
			},
		],
	},
});
