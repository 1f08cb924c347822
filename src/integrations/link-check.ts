// Astro integration: after the build, every internal link, asset and #anchor must resolve, or the build fails.
import type { AstroIntegration } from 'astro';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuthorError } from '../lib/site/author-error';
import { findBrokenLinks, type BuiltPage } from '../lib/site/link-check';
import { brokenLinkProblem, type AuthoredFile } from '../lib/site/link-sources';
import { trailingSlash } from '../lib/site/urls';

async function listFiles(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true, recursive: true });
	return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** Every authored MDX and YAML file, to say where a broken link is written. */
async function authoredFiles(root: string): Promise<AuthoredFile[]> {
	const content = join(root, 'src/content');
	const files = (await listFiles(content)).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).sort();
	return Promise.all(
		files.map(async (f) => ({ file: relative(root, f).split(sep).join('/'), text: await readFile(f, 'utf8') })),
	);
}

export default function linkCheck(): AstroIntegration {
	let base = '/';
	let projectRoot = '';
	return {
		name: 'link-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = trailingSlash(config.base);
				projectRoot = fileURLToPath(config.root);
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
					const authored = await authoredFiles(projectRoot);
					throw new AuthorError(broken.map((b) => brokenLinkProblem(b, base, authored)));
				}
				logger.info(`all internal links, assets and anchors resolve (${pages.length} pages)`);
			},
		},
	};
}
