// Inverts citations: for each source paragraph, the pages that cite it, so source pages can link back.
import type { Citation } from './citations';

export interface CitingPage {
	title: string;
	/** Site path without base, e.g. `/lessons/background/`. */
	href: string;
	citations: readonly Citation[];
}
export interface Citer {
	title: string;
	href: string;
}
export type CitedByIndex = Map<string, Map<number, Citer[]>>;

/** source id → paragraph → pages, each page listed once per paragraph, in the order given. */
export function buildCitedBy(pages: readonly CitingPage[]): CitedByIndex {
	const index: CitedByIndex = new Map();
	for (const { title, href, citations } of pages) {
		for (const { source, p } of citations) {
			const byParagraph = index.get(source) ?? new Map<number, Citer[]>();
			const citers = byParagraph.get(p) ?? [];
			if (!citers.some((c) => c.href === href)) citers.push({ title, href });
			byParagraph.set(p, citers);
			index.set(source, byParagraph);
		}
	}
	return index;
}
