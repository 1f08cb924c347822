// Starlight's docs loader, plus a check of every <Cite> and <Term> in each MDX page: a bad one stops the build.
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader } from 'astro/loaders';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AuthorError } from '../lib/site/author-error';
import { checkLesson, mdxSyntaxProblems } from '../lib/sources/mdx-citations';
import { readSources } from '../lib/sources/seeds';

export interface CheckedDocsOptions {
	/** Pages under this folder are lessons and must cite at least `minDistinctCitations` paragraphs. */
	lessonsDir?: string;
	minDistinctCitations?: number;
}

export function checkedDocsLoader({
	lessonsDir = 'lessons/',
	minDistinctCitations = 6,
}: CheckedDocsOptions = {}): Loader {
	const inner = docsLoader();
	return {
		name: 'checked-docs-loader',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			// Syntax first: a parser's stack trace from deep inside the docs loader names no file an author can act on.
			const docsDir = join(root, 'src/content/docs');
			const syntax = readdirSync(docsDir, { recursive: true, encoding: 'utf8' })
				.filter((f) => f.endsWith('.mdx'))
				.flatMap((f) => mdxSyntaxProblems(relative(root, join(docsDir, f)), readFileSync(join(docsDir, f), 'utf8')));
			if (syntax.length) throw new AuthorError(syntax);
			await inner.load(context);
			const sources = readSources(`${root}/seeds`);
			const glossaryIds = new Set(
				readdirSync(`${root}/src/content/glossary`)
					.filter((f) => f.endsWith('.yaml'))
					.map((f) => f.replace(/\.yaml$/, '')),
			);
			const problems = context.store.values().flatMap((entry) => {
				if (!entry.filePath?.endsWith('.mdx') || entry.body === undefined) return [];
				const isLesson = entry.id.startsWith(lessonsDir);
				return checkLesson(entry.filePath, entry.body, sources, {
					glossaryIds,
					minDistinctCitations: isLesson ? minDistinctCitations : 0,
				});
			});
			if (problems.length) throw new AuthorError(problems);
		},
	};
}
