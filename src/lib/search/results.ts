// How result lists are ranked and merged: Pagefind's weights, merging the typed and rewritten queries, a report kept in view.

/**
 * Pagefind's ranking weights (https://pagefind.app/docs/ranking/). Only `pageLength` differs from Pagefind's default
 * (0.75): our lessons are long and explain, while the pages that merely list a word (glossary entries' other names,
 * the home page) are short, so page length is not held against a page. Measured with `npm run bench:search`: hit@1
 * on the whole query set rose from 70% to 80% with hit@3 unchanged.
 */
export const SEARCH_RANKING = { pageLength: 0 } as const;

export interface Scored {
	id: string;
	score: number;
}

/**
 * Merges several result lists for one query: each list's scores are scaled to its best result and weighted, and a
 * page's merged score is the sum over the lists that found it, so a page that both the typed and the rewritten query
 * find ranks first. Each page appears once, as the object from the list that gave it the most.
 */
export function mergeResults<T extends Scored>(lists: { results: T[]; weight: number }[]): T[] {
	return mergeScored(lists).map((e) => e.result);
}

/** As mergeResults, with each page's merged score (best first). */
export function mergeScored<T extends Scored>(
	lists: { results: T[]; weight: number }[],
): { result: T; score: number }[] {
	const merged = new Map<string, { result: T; score: number; best: number }>();
	for (const { results, weight } of lists) {
		const top = Math.max(0, ...results.map((r) => r.score));
		if (top <= 0) continue;
		for (const result of results) {
			const share = (weight * result.score) / top;
			const entry = merged.get(result.id);
			if (!entry) merged.set(result.id, { result, score: share, best: share });
			else {
				entry.score += share;
				if (share > entry.best) Object.assign(entry, { result, best: share });
			}
		}
	}
	return [...merged.values()].sort((a, b) => b.score - a.score).map(({ result, score }) => ({ result, score }));
}

/**
 * Keeps a source report within the first `k` results when one matches: every claim on the site traces back to a
 * report, so a search for a name or word the report uses shows the report beside the lessons that explain it.
 * `sourceIds` are the ids of the matching source pages, best first; the best one not already in the top `k` moves
 * to position `k`.
 */
export function withSourceInTop<T extends { id: string }>(results: T[], sourceIds: string[], k = 3): T[] {
	if (results.slice(0, k).some((r) => sourceIds.includes(r.id))) return results;
	const at = results.findIndex((r) => r.id === sourceIds[0]);
	if (at < 0) return results;
	const rest = results.filter((_, i) => i !== at);
	return [...rest.slice(0, k - 1), results[at]!, ...rest.slice(k - 1)];
}
