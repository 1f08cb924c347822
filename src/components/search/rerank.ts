// Second pass over Pagefind's results: the page whose title or heading answers the query comes first ("when did the
// ceasefire start" → Lesson 3's "What time was the ceasefire due to start?"; the glossary's headings count only when a
// definition is asked for), and "quiz on …" finds the quiz. Reads the pages' titles and headings through Pagefind's own result data (its fragments, cached after one
// load); the matching itself is pure (src/lib/search/question.ts).
import { bestHeadingMatch, contentWords } from '../../lib/search/question';
import type { Scored } from '../../lib/search/results';

export interface RankableResult extends Scored {
	data(): Promise<unknown>;
}

interface PageData {
	url: string;
	filters?: { kind?: string[] };
	content?: string;
	meta?: { title?: string };
	sub_results?: { title?: string }[];
}

/** How many of the best results are read and re-ranked (each read is one small fragment, cached after the first). */
export const RERANK_DEPTH = 8;
/** A heading that has every word of the question counts as much as being Pagefind's best result. */
export const HEADING_WEIGHT = 1;

export interface RerankOptions {
	/** The question's opening, which a heading may echo. */
	asks: string | undefined;
	/** Whether titles and headings count. */
	headings: boolean;
	/**
	 * Whether the query asks what a word means or who someone is. The glossary is one long page whose headings name
	 * every term and person, so its headings count only then: otherwise a name would always lead to a definition
	 * rather than to the lesson that explains it.
	 */
	defines: boolean;
}

/**
 * Re-ranks the best results: their merged score (scaled to the best) plus how well a title or heading answers the
 * query (the glossary's headings only for a definition). Measured with `npm run bench:search` (README "Search").
 */
export async function rerank<T extends RankableResult>(
	scored: { result: T; score: number }[],
	query: string,
	{ asks, headings, defines }: RerankOptions,
): Promise<T[]> {
	const content = contentWords(query);
	const top = Math.max(0, ...scored.map((s) => s.score));
	if (content.length === 0 || top <= 0) return scored.map((s) => s.result);
	const head = scored.slice(0, RERANK_DEPTH);
	const reranked = await Promise.all(
		head.map(async ({ result, score }) => {
			const data = (await result.data()) as PageData;
			const glossary = data.filters?.kind?.includes('Glossary') ?? false;
			const titles = [data.meta?.title ?? '', ...(data.sub_results ?? []).map((s) => s.title ?? '')];
			const match = headings && (defines || !glossary) ? bestHeadingMatch(content, asks, titles) : 0;
			return { result, score: score / top + HEADING_WEIGHT * match };
		}),
	);
	reranked.sort((a, b) => b.score - a.score);
	return [...reranked, ...scored.slice(RERANK_DEPTH)].map((s) => s.result);
}

/**
 * The quizzes for "quiz on <topic>", best first: each quiz page (kind Quiz) scored by how well its title, address and
 * opening line ("This quiz goes with Lesson 2: …") match the topic; quizzes that match nothing are left out.
 */
export async function quizzesOn<T extends RankableResult>(quizzes: T[], topic: string): Promise<T[]> {
	const content = contentWords(topic);
	const scored = await Promise.all(
		quizzes.map(async (result) => {
			const data = (await result.data()) as PageData;
			const slug = data.url.replace(/\/$/, '').split('/').pop() ?? '';
			const opening = (data.content ?? '').split('. ').slice(0, 2).join(' ');
			return { result, match: bestHeadingMatch(content, undefined, [data.meta?.title ?? '', slug, opening]) };
		}),
	);
	return scored
		.filter((s) => s.match > 0)
		.sort((a, b) => b.match - a.match)
		.map((s) => s.result);
}
