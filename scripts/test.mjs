// `npm test`: formatting (Prettier), type check, lint (ESLint), production build, then every vitest project (unit,
// build fixtures, browser) against that build. Extra arguments go to vitest, e.g. `npm test -- --project unit`.
// `npm run test:quick` (`--quick`): formatting, type check and the unit tests only, in about a minute.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const vitestArgs = args.filter((a) => a !== '--quick');

const steps = [
	['format (prettier --check)', 'node_modules/prettier/bin/prettier.cjs', ['--check', '--log-level', 'warn', '.']],
	// astro check first: it generates the content collections' types (.astro/) that type-aware lint rules need.
	['type check (astro check)', 'node_modules/astro/bin/astro.mjs', ['check']],
	...(quick
		? [['unit tests (vitest --project unit)', 'node_modules/vitest/vitest.mjs', ['run', '--project', 'unit']]]
		: [
				// The cache lives outside the tracked tree; --cache-strategy content survives checkouts and clones.
				[
					'lint (eslint, zero warnings)',
					'node_modules/eslint/bin/eslint.js',
					[
						'.',
						'--max-warnings',
						'0',
						// Type-aware rules are most of lint's time: one worker thread per core (about 1.5× faster on 2 cores).
						'--concurrency',
						'auto',
						'--cache',
						'--cache-location',
						'node_modules/.cache/eslint/',
						'--cache-strategy',
						'content',
					],
				],
				['production build (astro build)', 'node_modules/astro/bin/astro.mjs', ['build']],
				['tests (vitest)', 'node_modules/vitest/vitest.mjs', ['run', ...vitestArgs]],
			]),
];

rmSync('test-results', { recursive: true, force: true });
const started = Date.now();
for (const [name, bin, stepArgs] of steps) {
	const t0 = Date.now();
	console.log(`\n▶ ${name}`);
	const { status } = spawnSync(process.execPath, [bin, ...stepArgs], {
		stdio: 'inherit',
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
	});
	console.log(`${status === 0 ? '✔' : '✘'} ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	if (status !== 0) {
		console.error(`\nnpm test stopped: ${name} failed (exit ${status}).`);
		process.exit(status ?? 1);
	}
}
console.log(`\nnpm ${quick ? 'run test:quick' : 'test'} passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
