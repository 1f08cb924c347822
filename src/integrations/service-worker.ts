// Astro integration: after the build (and after the CSP hashes and the link check have settled every page), bundle
// src/sw/service-worker.ts with esbuild and let workbox-build inject the precache list of the final dist/ files.
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectManifest } from 'workbox-build';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { formatBytes, PRECACHE_BUDGET_BYTES, precacheOptions, SW_FILE } from '../lib/offline/precache';
import { GUIDE_BYTES_PLACEHOLDER } from '../lib/offline/save-data';

export default function serviceWorker(): AstroIntegration {
	return {
		name: 'service-worker',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const tmp = await mkdtemp(join(tmpdir(), 'guide-sw-'));
				try {
					const swSrc = join(tmp, SW_FILE);
					await build({
						entryPoints: [fileURLToPath(new URL('../sw/service-worker.ts', import.meta.url))],
						outfile: swSrc,
						bundle: true,
						format: 'iife',
						minify: true,
						target: 'es2020',
						// Workbox strips its development logging when NODE_ENV is production.
						define: { 'process.env.NODE_ENV': '"production"' },
						logLevel: 'silent',
					});
					const { count, size, warnings } = await injectManifest({
						swSrc,
						swDest: join(out, SW_FILE),
						...precacheOptions(out),
					});
					for (const warning of warnings) logger.warn(warning);
					// The whole guide's size, for the footer's "Save the whole guide (2.9 MB)" with Save-Data on.
					const swDest = join(out, SW_FILE);
					const code = await readFile(swDest, 'utf8');
					if (code.split(GUIDE_BYTES_PLACEHOLDER).length !== 2)
						throw new Error(
							`service-worker: expected ${GUIDE_BYTES_PLACEHOLDER} once in the bundled worker; see src/sw/service-worker.ts`,
						);
					await writeFile(swDest, code.replace(GUIDE_BYTES_PLACEHOLDER, String(size)));
					const line = `precached ${count} files, ${formatBytes(size)} (budget ${formatBytes(PRECACHE_BUDGET_BYTES)})`;
					if (size > PRECACHE_BUDGET_BYTES) logger.warn(`${line}: over budget; see README "Offline"`);
					else logger.info(line);
				} finally {
					await rm(tmp, { recursive: true, force: true });
				}
			},
		},
	};
}
