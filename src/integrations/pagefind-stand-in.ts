// Astro integration: after Pagefind has written <out>/pagefind/, move its module pagefind.js to pagefind-engine.js and
// put the site's stand-in (src/components/search/pagefind-stand-in.js) in its place, so that Starlight's search dialog, which
// loads <base>/pagefind/pagefind.js, searches through the site's query understanding. Nothing else in Pagefind's
// output imports pagefind.js by name (its UIs import `${bundlePath}pagefind.js`, which is the stand-in).
import type { AstroIntegration } from 'astro';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ENGINE = 'pagefind-engine.js';
const MARK = "from './pagefind-engine.js'";

/** Moves Pagefind's module aside and writes `standIn` as pagefind.js; refuses to run twice on the same folder. */
export async function installStandIn(pagefindDir: string, standIn: string): Promise<void> {
	const module = join(pagefindDir, 'pagefind.js');
	let current: string;
	try {
		current = await readFile(module, 'utf8');
	} catch {
		throw new Error(
			`pagefind-stand-in: ${module} is missing; is \`pagefind: true\` set for Starlight, and does this integration come after it?`,
		);
	}
	if (current.includes(MARK)) throw new Error(`pagefind-stand-in: ${module} is already the stand-in`);
	if (!standIn.includes(MARK)) throw new Error(`pagefind-stand-in: the stand-in must import ${ENGINE}`);
	await rename(module, join(pagefindDir, ENGINE));
	await writeFile(module, standIn);
}

export default function pagefindStandIn(): AstroIntegration {
	let root: URL;
	return {
		name: 'pagefind-stand-in',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const standIn = await readFile(new URL('src/components/search/pagefind-stand-in.js', root), 'utf8');
				await installStandIn(join(fileURLToPath(dir), 'pagefind'), standIn);
				logger.info(
					`pagefind/pagefind.js now searches through the site's query understanding (Pagefind's module: pagefind/${ENGINE})`,
				);
			},
		},
	};
}
