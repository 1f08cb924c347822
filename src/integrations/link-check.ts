// Astro integration: after the build, every internal link, asset and #anchor must resolve, or the build fails.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findBrokenLinks, type BuiltPage } from '../lib/site/link-check';
import { trailingSlash } from '../lib/site/urls';

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

export default function linkCheck(): AstroIntegration {
	let base = '/';
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = trailingSlash(config.base);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const sitePath = (file: string) => `${base}${relative(root, file).split(sep).join('/')}`;
				const files = await listFiles(root);
				const pages: BuiltPage[] = await Promise.all(
					files
						.filter((f) => f.endsWith('.html'))
						.map(async (f) => ({
							path: sitePath(f).replace(/(^|\/)index\.html$/, '$1'),
							html: await readFile(f, 'utf8'),
						})),
				);
				const broken = findBrokenLinks(pages, new Set(files.map(sitePath)), base);
				if (broken.length) {
					const list = broken.map((b) => `  ${b.page} → ${b.link}: ${b.problem}`).join('\n');
					throw new Error(
						`${broken.length} broken internal link(s) in the build:\n${list}\nFix the link in the page's source (lesson MDX, data file or component).`,
					);
				}
				logger.info(`all internal links, assets and anchors resolve (${pages.length} pages)`);
			},
		},
	};
}
