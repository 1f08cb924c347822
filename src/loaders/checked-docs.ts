// Starlight's docs loader, after the gate has checked every MDX page (syntax; each <Cite>, <Quote> and <Term>; each
// component's name and ids, at its line and column in the file, front matter counted): a bad one stops the build
// before Astro renders anything. The pages' digests carry the sources' digest, like every entry that cites them.
import { docsLoader } from '@astrojs/starlight/loaders';
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { CitationGate } from './citation-gate';

export function checkedDocsLoader({ gate }: { gate: CitationGate }): Loader {
	const inner = docsLoader();
	return {
		name: 'checked-docs-loader',
		async load(context) {
			const root = fileURLToPath(context.config.root);
			// A parser's stack trace from deep inside the docs loader names no file an author can act on.
			gate.check(root);
			const sources = gate.sourcesDigest(root);
			await inner.load({ ...context, generateDigest: (data) => context.generateDigest({ data, sources }) });
		},
	};
}
