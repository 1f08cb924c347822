// The search dialog's query understanding, loaded on the dialog's first search, never on its own: the bootstrap in
// src/components/overrides/Search.astro registers hooks whose search imports this module and calls `dialogHooks`.
// dist/pagefind/pagefind.js, the site's stand-in for Pagefind's module (src/components/search/pagefind-stand-in.js), hands
// every search to those hooks: `understoodSearch` plans the query (src/lib/search/query.ts: other names, split and joined
// words, typo correction), searches what was typed and the rewritten query, and merges the results. The benchmark and
// the browser tests call the same path.
import { contentWords, planQuery, type QueryPlan, type SearchTerms } from '../../lib/search/query';
import { readQuestion } from '../../lib/search/question';
import { mergeScored, SEARCH_RANKING, withSourceInTop } from '../../lib/search/results';
import { quizzesOn, rerank } from './rerank';
import { Vocabulary, type VocabularyData } from '../../lib/search/vocabulary';

/** The parts of Pagefind's JS API used here (see https://pagefind.app/docs/api/). */
export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<unknown>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	[key: string]: unknown;
}
export interface PagefindApi {
	search(term: string | null, options?: object): Promise<PagefindResponse | null>;
	options(options: object): Promise<void>;
}

/**
 * What dist/pagefind/pagefind.js finds at globalThis[Symbol.for('karabakh-guide:search')] (a Symbol key cannot be
 * clobbered by an element id); registered by the search dialog's bootstrap, which must not import this module.
 */
export interface SearchHooks {
	search(pagefind: PagefindApi, term: string, options?: object): Promise<PagefindResponse | null>;
}

let terms: Promise<SearchTerms | undefined> | undefined;
const ranked = new WeakSet<PagefindApi>();

/** The other names and the vocabulary, fetched once; without them (offline, blocked) search works as plain Pagefind. */
export function loadTerms(base: string): Promise<SearchTerms | undefined> {
	terms ??= Promise.all(
		['variants', 'vocabulary'].map((name) =>
			fetch(`${base}search/${name}.json`).then((r): Promise<unknown> =>
				r.ok ? r.json() : Promise.reject(new Error(`${r.status}`)),
			),
		),
	)
		.then(([file, vocabulary]) => ({
			variants: (file as Pick<SearchTerms, 'variants'>).variants,
			vocabulary: new Vocabulary(vocabulary as VocabularyData),
		}))
		.catch(() => undefined);
	return terms;
}

/** Searches `term` as typed and as understood, merged; `plan` says what was searched. */
export async function understoodSearch(pagefind: PagefindApi, base: string, term: string, options?: object) {
	if (!ranked.has(pagefind)) {
		ranked.add(pagefind);
		await pagefind.options({ ranking: SEARCH_RANKING });
	}
	const known = await loadTerms(base);
	const plan: QueryPlan | undefined = known && planQuery(term, known);
	const question = readQuestion(term);
	const filters = (options as { filters?: Record<string, unknown> } | undefined)?.filters ?? {};
	// "Quiz on the ceasefire terms": the quizzes on that topic first, then what the topic itself finds.
	const quizTopic = question.quizTopic && known ? planQuery(question.quizTopic, known).keywords : undefined;
	const quizzes =
		quizTopic && !filters.kind
			? pagefind
					.search(null, { ...options, filters: { ...filters, kind: 'Quiz' } })
					.then(async (r) => quizzesOn(r?.results ?? [], quizTopic))
			: Promise.resolve([]);
	const searched = quizTopic ?? term;
	// When typed words were misspelt, split or joined, or a question's stop words dropped, the typed query's own results
	// are partly noise: they count for less than the rewritten query's. Expanded names alone leave both equal.
	const rewritten = quizTopic ?? plan?.keywords;
	const reduced = !!plan && plan.keywords !== plan.query;
	const queries = [{ term: searched, weight: plan?.wordsChanged || reduced || quizTopic ? 0.25 : 1 }];
	if (rewritten && rewritten !== searched.trim()) queries.push({ term: rewritten, weight: 1 });
	// The source reports that match, to keep one in the top 3 (unless the reader filtered by kind).
	const sourcesOnly = filters.kind
		? null
		: pagefind.search(queries.at(-1)!.term, { ...options, filters: { ...filters, kind: 'Source' } });
	const responses = await Promise.all(queries.map((q) => pagefind.search(q.term, options)));
	const primary = responses.at(-1) ?? responses[0];
	if (!primary) return { response: null, plan };
	// Only names no page has ("Stepanakert"): nothing answers, and the dialog says the reports do not mention them.
	if (plan?.onlyAbsent && !quizTopic) return { response: { ...primary, results: [], unfilteredResultCount: 0 }, plan };
	let scored = mergeScored(responses.map((r, i) => ({ results: r?.results ?? [], weight: queries[i]!.weight })));
	// A question rarely has all its words on one page: then rank the pages by how many of its words they have.
	const each = contentWords(rewritten ?? term);
	if (scored.length === 0 && !plan?.verbatim && each.length > 1) {
		const singles = await Promise.all(each.map((w) => pagefind.search(w, options)));
		scored = mergeScored(singles.map((r) => ({ results: r?.results ?? [], weight: 1 })));
	}
	// The page with a title or heading that answers the query first (the glossary's only for "what is …").
	let results = plan?.verbatim
		? scored.map((s) => s.result)
		: await rerank(scored, rewritten ?? term, { ...question, headings: true });
	const quizResults = await quizzes;
	if (quizResults.length > 0)
		results = [...quizResults, ...results.filter((r) => !quizResults.some((q) => q.id === r.id))];
	else
		results = withSourceInTop(
			results,
			((await sourcesOnly)?.results ?? []).map((r) => r.id),
		);
	return {
		response: { ...primary, results, unfilteredResultCount: Math.max(primary.unfilteredResultCount, results.length) },
		plan,
	};
}

/**
 * The dialog's hooks: each search is understood, and the latest one's plan shown above the results (a correction, with
 * a button to search what was typed instead). The dialog's Pagefind UI renders into #starlight__search.
 */
export function dialogHooks(base: string): SearchHooks {
	let latest = 0;
	let showPlan: ReturnType<typeof correctionNotice>;
	void loadTerms(base);
	return {
		async search(pagefind, term, options) {
			const id = ++latest;
			const { response, plan } = await understoodSearch(pagefind, base, term, options);
			if (id === latest) {
				const container = document.querySelector('#starlight__search');
				showPlan ??= container ? correctionNotice(container) : undefined;
				showPlan?.(plan, term);
			}
			return response;
		},
	};
}

/**
 * The "Showing results for …" line, between the search box and the results, with a button that searches what was
 * typed, quoted (a quoted query is searched as typed). A status region, so screen readers announce it.
 */
export function correctionNotice(
	container: Element,
): ((plan: QueryPlan | undefined, term: string) => void) | undefined {
	const drawer = container.querySelector('.pagefind-ui__drawer');
	const input = container.querySelector('input');
	if (!drawer?.parentElement || !input) return undefined; // Pagefind UI has not rendered yet: try on the next search
	const notice = document.createElement('p');
	notice.className = 'search-correction';
	notice.setAttribute('role', 'status');
	drawer.parentElement.insertBefore(notice, drawer);
	input.addEventListener('input', () => {
		if (!input.value.trim()) notice.replaceChildren();
	});
	// Pagefind UI searches whatever its box holds when the box fires `input`, as when the reader types.
	const searchFor = (query: string) => {
		input.value = query;
		input.dispatchEvent(new Event('input', { bubbles: true }));
		input.focus();
	};
	return (plan, term) => {
		if (plan?.onlyAbsent) {
			const names = plan.absent.map((w) => `“${w}”`).join(' or ');
			return notice.replaceChildren(`The reports do not mention ${names}.`);
		}
		if (!plan?.corrections.length) return notice.replaceChildren();
		const shown = document.createElement('em');
		shown.textContent = plan.shown;
		const original = document.createElement('button');
		original.type = 'button';
		original.textContent = `Search for “${term.trim()}” instead`;
		original.addEventListener('click', () => searchFor(`"${term.trim()}"`));
		notice.replaceChildren('Showing results for ', shown, '. ', original);
	};
}
