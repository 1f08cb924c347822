// Astro content-layer loader: puts each verified seed report into the `sources` collection.
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { MANIFEST, readSources } from '../lib/sources/seeds';
import type { CitationGate } from './citation-gate';

export interface SourcesLoaderOptions {
	/** Folder holding the reports and sources.yaml, relative to the project root. */
	dir?: string;
	/** The site-wide check of the seeds and every citation: the same complete list whichever loader runs first. */
	gate?: CitationGate;
}

export function sourcesLoader({ dir = 'seeds', gate }: SourcesLoaderOptions = {}): Loader {
	return {
		name: 'sources-loader',
		async load(context) {
			const { config, store, logger, watcher } = context;
			const root = fileURLToPath(new URL(`${dir}/`, config.root));
			const sync = async () => {
				gate?.check(fileURLToPath(config.root));
				// An AuthorError thrown here stops the build with its file/field/problem/fix message.
				const sources = readSources(root, { displayDir: dir });
				store.clear();
				for (const source of sources) {
					const data = await context.parseData({
						id: source.id,
						data: { ...source },
						filePath: `${dir}/${source.file}`,
					});
					store.set({ id: source.id, data, digest: context.generateDigest(data), filePath: `${dir}/${source.file}` });
				}
				logger.info(`${sources.length} source reports verified (sha256) and loaded from ${dir}/`);
			};
			await sync();
			watcher?.add(root);
			watcher?.on('change', (changed) => {
				if (changed.startsWith(root) && (changed.endsWith('.txt') || changed.endsWith(MANIFEST))) {
					sync().catch((error: Error) => logger.error(error.message));
				}
			});
		},
	};
}
