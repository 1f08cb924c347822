// Two projects: fast unit tests of src/lib, and browser/build tests against dist/ in headless Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
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
					fileParallelism: false,
				},
			},
		],
	},
});
