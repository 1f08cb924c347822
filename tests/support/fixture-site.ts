// Builds a throw-away copy of this site with one change, to see what an author would see from `astro build`.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildEnv } from './build-env.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const COPIED = ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'seeds', 'public'];

export interface FixtureBuild {
	/** Exit status of `astro build`. */
	status: number | null;
	/** Everything the build printed, stdout and stderr together, without colour codes. */
	output: string;
}

/** Copies the site to a temporary folder, lets `change` edit it, builds it, and cleans up. */
export function buildFixture(change: (dir: string) => void, inspect?: (dir: string) => void): FixtureBuild {
	// Inside the repository (git-ignored) so the copy finds node_modules by walking up: a symlinked node_modules
	// makes Vite resolve Starlight's components under two different paths.
	mkdirSync(join(ROOT, '.fixtures'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, '.fixtures', 'site-'));
	try {
		for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
		change(dir);
		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: dir,
			encoding: 'utf8',
			env: buildEnv(),
			timeout: 180_000,
		});
		// eslint-disable-next-line no-control-regex
		const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
		if (result.status === 0) inspect?.(dir);
		return { status: result.status, output };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
