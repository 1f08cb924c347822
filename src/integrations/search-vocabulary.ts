// Astro integration: after Pagefind has indexed the site, write /search/vocabulary.json, the words of the indexed
// pages with their counts, read from Pagefind's own page fragments (so exactly what the index holds). The search
// dialog corrects a word that matches nothing to the closest of these (src/lib/search/vocabulary.ts, closestWord).
import type { AstroIntegration } from 'astro';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { buildVocabulary } from '../lib/search/vocabulary';

/** The text of each page Pagefind indexed: fragments are gzipped JSON after a "pagefind_dcd" signature. */
export async function indexedTexts(pagefindDir: string): Promise<string[]> {
	const dir = join(pagefindDir, 'fragment');
	const texts: string[] = [];
	for (const name of (await readdir(dir)).filter((n) => n.endsWith('.pf_fragment')).sort()) {
		const raw = gunzipSync(await readFile(join(dir, name))).toString('utf8');
		const fragment = JSON.parse(raw.replace(/^pagefind_dcd/, '')) as { content: string; meta?: { title?: string } };
		texts.push(`${fragment.meta?.title ?? ''}\n${fragment.content}`);
	}
	return texts;
}

export default function searchVocabulary(): AstroIntegration {
	return {
		name: 'search-vocabulary',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const texts = await indexedTexts(join(out, 'pagefind'));
				if (texts.length === 0)
					throw new Error(
						'search-vocabulary: Pagefind wrote no page fragments; is `pagefind: true` set for Starlight?',
					);
				const vocabulary = buildVocabulary(texts);
				await mkdir(join(out, 'search'), { recursive: true });
				await writeFile(join(out, 'search', 'vocabulary.json'), JSON.stringify(vocabulary));
				logger.info(`${vocabulary.words.length} words from ${texts.length} indexed pages`);
			},
		},
	};
}
