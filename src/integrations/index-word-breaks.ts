// Astro integration, listed before Starlight so it runs before Pagefind indexes the pages: keeps the words of terms and
// definitions, and of table cells, apart in the index (src/lib/search/word-breaks.ts says why and how).
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { separateIndexedWords } from '../lib/search/word-breaks';

async function htmlFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export default function indexWordBreaks(): AstroIntegration {
	return {
		name: 'index-word-breaks',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				let changed = 0;
				for (const file of await htmlFiles(fileURLToPath(dir))) {
					const html = await readFile(file, 'utf8');
					const separated = separateIndexedWords(html);
					if (separated === html) continue;
					await writeFile(file, separated);
					changed++;
				}
				logger.info(`kept words apart for the search index in ${changed} pages`);
			},
		},
	};
}
