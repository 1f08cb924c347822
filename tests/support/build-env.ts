// The environment for an `astro build` spawned from a test: the parent's, minus what Vitest adds.
// Vitest sets BASE_URL, MODE, DEV, PROD and SSR in process.env, and Vite would take BASE_URL over the configured base.
const VITEST_VARIABLES = [
	'BASE_URL',
	'MODE',
	'DEV',
	'PROD',
	'SSR',
	'TEST',
	'VITEST',
	'VITEST_MODE',
	'VITEST_POOL_ID',
	'VITEST_WORKER_ID',
	'NODE_ENV',
];

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' };
	for (const name of VITEST_VARIABLES) delete env[name];
	delete env['OUT_DIR'];
	delete env['BASE_PATH'];
	return { ...env, ...extra };
}
