// Starlight's docs loader, plus a check of every MDX page before Astro renders it: each <Cite>, <Quote> and <Term>,
// each component's name and ids, at its line and column in the file (front matter counted). A bad one stops the build.
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader } from 'astro/loaders';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { CLAIM_TOPICS, sourceLetter } from '../lib/claims/ledger';
import { AuthorError, sortProblems } from '../lib/site/author-error';
import { checkLesson } from '../lib/sources/mdx-citations';
import { componentProblems, type KnownIds } from '../lib/sources/mdx-components';
import { scanLesson } from '../lib/sources/mdx-scan';
import { readSources, type Source } from '../lib/sources/seeds';
import type { CitationGate } from './citation-gate';

export interface CheckedDocsOptions {
	/** The site-wide citation check (seeds, then every citation in every authored file). */
	gate: CitationGate;
	/** Pages under this folder are lessons and must cite at least `minDistinctCitations` paragraphs. */
	lessonsDir?: string;
	minDistinctCitations?: number;
}

const idsIn = (dir: string) =>
	new Set(existsSync(dir) ? readdirSync(dir).flatMap((f) => (f.endsWith('.yaml') ? [f.slice(0, -5)] : [])) : []);

/** What a page's components may name: quizzes, glossary entries, claims and their topics, relations. */
function knownIds(root: string, sources: readonly Source[]): KnownIds {
	const ledger: unknown = existsSync(join(root, 'src/content/claims.yaml'))
		? parse(readFileSync(join(root, 'src/content/claims.yaml'), 'utf8'))
		: [];
	const claims = (Array.isArray(ledger) ? ledger : []).map((c: { id?: unknown }) => String(c.id));
	return {
		quizzes: idsIn(join(root, 'src/content/quizzes')),
		glossary: idsIn(join(root, 'src/content/glossary')),
		claims: new Set(claims),
		claimTopics: CLAIM_TOPICS,
		relations: ['same', 'differs', ...sources.map((s) => `only-${sourceLetter(s)}`)],
	};
}

export function checkedDocsLoader({
	gate,
	lessonsDir = 'lessons/',
	minDistinctCitations = 6,
}: CheckedDocsOptions): Loader {
	const inner = docsLoader();
	return {
		name: 'checked-docs-loader',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			// Syntax and citations first, for every page at once: a parser's stack trace from deep inside the docs
			// loader names no file an author can act on.
			gate.check(root);
			const sourcesDigest = gate.sourcesDigest(root);
			await inner.load({
				...context,
				generateDigest: (data) => context.generateDigest({ data, sources: sourcesDigest }),
			});
			const sources = readSources(join(root, 'seeds'));
			const known = knownIds(root, sources);
			const problems = context.store.values().flatMap((entry) => {
				if (!entry.filePath?.endsWith('.mdx')) return [];
				// The whole file, front matter included, so every line and column is the file's own.
				const text = readFileSync(join(root, entry.filePath), 'utf8');
				const scan = scanLesson(text);
				return [
					...componentProblems(entry.filePath, scan, known),
					...checkLesson(
						entry.filePath,
						text,
						sources,
						{
							glossaryIds: known.glossary,
							minDistinctCitations: entry.id.startsWith(lessonsDir) ? minDistinctCitations : 0,
						},
						scan,
					),
				];
			});
			if (problems.length) throw new AuthorError(sortProblems(problems));
		},
	};
}
