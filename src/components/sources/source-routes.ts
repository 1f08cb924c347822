// One page per source report: the static paths and page data shared by /sources/<id>/ and /scorm/sources/<id>/.
import { getCollection, type CollectionEntry } from 'astro:content';
import { paragraphComparisons } from '../../lib/claims/comparisons';
import { citedByIndex } from './cited-by';
import { ledger } from '../claims/claim-data';

export interface SourceRouteProps {
	source: CollectionEntry<'sources'>;
}

export async function sourceStaticPaths() {
	return (await getCollection('sources')).map((source) => ({
		params: { id: source.id },
		props: { source } satisfies SourceRouteProps,
	}));
}

/** What a source page shows besides the text: where each paragraph is cited and compared, and its heading. */
export async function sourcePageData(source: CollectionEntry<'sources'>) {
	const { claims, sources } = await ledger();
	return {
		citedBy: (await citedByIndex()).get(source.id),
		compared: paragraphComparisons(claims, source.id, sources),
		heading: source.data.title.value ? `${source.data.label}: ${source.data.title.value}` : source.data.label,
	};
}
