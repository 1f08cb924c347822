// Serves the production build (dist/) with `astro preview` for the browser tests, on a free port.
import { preview } from 'astro';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { requireChromium } from '../support/chromium';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Origin + base of the served build, ending in "/", e.g. http://localhost:43210/ */
		siteUrl: string;
		/** Path to Chromium, or "" when there is none and the tests must skip. */
		chromiumPath: string;
	}
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export default async function setup(project: TestProject) {
	const outDir = process.env.OUT_DIR ?? 'dist';
	if (!existsSync(`${outDir}/index.html`)) {
		throw new Error(`No build in ${outDir}/: run "npm run build" first (npm test does this for you).`);
	}
	const port = await freePort();
	const server = await preview({ root: process.cwd(), logLevel: 'error', server: { port, host: '127.0.0.1' } });
	const base = process.env.BASE_PATH ?? '/';
	project.provide('siteUrl', `http://127.0.0.1:${server.port}${base.endsWith('/') ? base : `${base}/`}`);
	project.provide('chromiumPath', requireChromium() ?? '');
	return async () => {
		await server.stop();
	};
}
