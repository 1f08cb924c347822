// Astro integration: after the build, add each page's inline-script hashes and the style-attribute allowance to its
// CSP (see src/lib/site/csp.ts).
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowStyleAttributes, completeCsp } from '../lib/site/csp';

async function* htmlFiles(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) yield* htmlFiles(path);
		else if (entry.name.endsWith('.html')) yield path;
	}
}

export default function cspInlineHashes(): AstroIntegration {
	return {
		name: 'csp-inline-hashes',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let pages = 0;
				let hashes = 0;
				for await (const file of htmlFiles(fileURLToPath(dir))) {
					const before = await readFile(file, 'utf8');
					const { html, added } = completeCsp(before);
					const final = allowStyleAttributes(html);
					if (final !== before) await writeFile(file, final);
					if (added) {
						pages++;
						hashes += added;
					}
				}
				logger.info(`added ${hashes} inline script and style hashes to the CSP of ${pages} pages`);
			},
		},
	};
}
