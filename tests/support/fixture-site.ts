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
	/** Milliseconds the build took. */
	ms: number;
}

/** A copy of the site that can be edited and built more than once, keeping Astro's cache (node_modules/.astro). */
export interface FixtureSite {
	dir: string;
	build(): FixtureBuild;
	remove(): void;
}

export function fixtureSite(): FixtureSite {
	// Inside the repository (git-ignored) so the copy finds node_modules by walking up: a symlinked node_modules
	// makes Vite resolve Starlight's components under two different paths.
	mkdirSync(join(ROOT, '.fixtures'), { recursive: true });
	const dir = mkdtempSync(join(ROOT, '.fixtures', 'site-'));
	for (const entry of COPIED) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	return {
		dir,
		build() {
			const started = Date.now();
			const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
				cwd: dir,
				encoding: 'utf8',
				env: buildEnv(),
				timeout: 180_000,
			});
			// eslint-disable-next-line no-control-regex
			const output = `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
			return { status: result.status, output, ms: Date.now() - started };
		},
		remove: () => rmSync(dir, { recursive: true, force: true }),
	};
}

/** Copies the site to a temporary folder, lets `change` edit it, builds it, and cleans up. */
export function buildFixture(change: (dir: string) => void, inspect?: (dir: string) => void): FixtureBuild {
	const site = fixtureSite();
	try {
		change(site.dir);
		const result = site.build();
		if (result.status === 0) inspect?.(site.dir);
		return result;
	} finally {
		site.remove();
	}
}
