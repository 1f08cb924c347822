// What kind of page a path is, for Pagefind's "kind" filter and the kind shown in search results.

export const SEARCH_KINDS = ['Lesson', 'Quiz', 'Source', 'Compare', 'Glossary', 'Timeline', 'Teachers'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const BY_SECTION: Record<string, SearchKind> = {
	lessons: 'Lesson',
	quizzes: 'Quiz',
	sources: 'Source',
	compare: 'Compare',
	glossary: 'Glossary',
	timeline: 'Timeline',
	teachers: 'Teachers',
};

/** The kind of the page at `pathname` (with or without the base path), or undefined for the home page and others. */
export function searchKind(pathname: string, base = '/'): SearchKind | undefined {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	return BY_SECTION[path.split('/')[0] ?? ''];
}

/** The title shown in search results: the kind first, unless the title already says it. */
export function searchTitle(kind: SearchKind | undefined, title: string): string {
	if (!kind) return title;
	const label = kind === 'Teachers' ? 'For teachers' : kind === 'Source' ? 'Source report' : kind;
	return title.toLowerCase().startsWith(kind.toLowerCase()) ? title : `${label}: ${title}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Understanding what students type. Pagefind matches whole words and prefixes only, so before searching, the query
// is rewritten with the site's own data: other names from the glossary and actors ("Aliev" → "Ilham Aliyev"), split,
// joined and hyphenated forms ("peace keepers" → "peacekeepers") and, for a word that matches nothing in the index,
// the closest word of the index's vocabulary ("withdrawl" → "withdrawn"). The original query is searched too and the
// result lists merged. Everything below is pure; src/components/search/search-client.ts runs it against Pagefind.

/** Lower case, accents folded ("Türkiye" → "turkiye"), curly apostrophes straightened: how words are compared. */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/[\u2018\u2019\u02bc]/g, "'")
		.toLowerCase();
}

/** The words of `text`, folded, without possessive "'s"; hyphenated compounds stay whole ("re-integration"). */
export function words(text: string): string[] {
	return (
		foldText(text)
			.replace(/'s\b/g, '')
			.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []
	);
}

/** A phrase as a lookup key: its words, compounds split at hyphens, joined by single spaces. */
export function phraseKey(text: string): string {
	return words(text)
		.flatMap((w) => w.split('-'))
		.join(' ');
}

/** One thing and its other names: a glossary term with its otherNames, or an actor's name. */
export interface NameGroup {
	canonical: string;
	variants: string[];
}

/**
 * Variant → canonical form, keyed by phraseKey. A variant that is itself some group's canonical form is left alone
 * (it is a name in its own right, e.g. "Artsakh" or "Azerbaijan"), as is one that two groups claim differently.
 */
export function variantMap(groups: NameGroup[]): Record<string, string> {
	const canonicalKeys = new Set(groups.map((g) => phraseKey(g.canonical)));
	const map = new Map<string, string | null>();
	for (const { canonical, variants } of groups) {
		for (const variant of variants) {
			const key = phraseKey(variant);
			if (!key || canonicalKeys.has(key)) continue;
			const seen = map.get(key);
			map.set(key, seen === undefined || seen === canonical ? canonical : null);
		}
	}
	return Object.fromEntries(
		[...map].filter((entry): entry is [string, string] => entry[1] !== null).sort(([a], [b]) => a.localeCompare(b)),
	);
}

/** The words of the indexed pages with how often each occurs, most frequent first (compounds and their parts). */
export interface VocabularyData {
	words: string[];
	counts: number[];
}

export function buildVocabulary(texts: Iterable<string>): VocabularyData {
	const counts = new Map<string, number>();
	const add = (w: string) => counts.set(w, (counts.get(w) ?? 0) + 1);
	for (const text of texts) {
		for (const w of words(text)) {
			add(w);
			if (w.includes('-')) for (const part of w.split('-')) add(part);
		}
	}
	const sorted = [...counts].filter(([w]) => w.length > 1).sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
	return { words: sorted.map(([w]) => w), counts: sorted.map(([, n]) => n) };
}

/** The vocabulary, ready for look-ups: counts by word, and the words in code-unit order for prefix search. */
export class Vocabulary {
	readonly counts: Map<string, number>;
	private readonly ordered: string[];
	constructor(data: VocabularyData) {
		this.counts = new Map(data.words.map((w, i) => [w, data.counts[i] ?? 1]));
		this.ordered = [...data.words].sort();
	}
	count(word: string): number {
		return this.counts.get(word) ?? 0;
	}
	/** Whether Pagefind can match `word`: some indexed word is it or starts with it. */
	matches(word: string): boolean {
		let lo = 0;
		let hi = this.ordered.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (this.ordered[mid]! < word) lo = mid + 1;
			else hi = mid;
		}
		return this.ordered[lo]?.startsWith(word) ?? false;
	}
}

/**
 * Edit distance (insertions, deletions, substitutions and swaps of neighbours each count 1), or `max + 1` as soon as
 * it must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	let before: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
			current[j] = d;
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		before = previous;
		previous = current;
	}
	return previous[b.length]!;
}

/** How far a word of this length may be corrected: 1 edit for 5–7 letters, 2 for 8 and longer, none below 5. */
export function allowedEdits(length: number): number {
	return length >= 8 ? 2 : length >= 5 ? 1 : 0;
}

/** The vocabulary word closest to `word` within the allowed edits; ties go to the more frequent word. */
export function closestWord(word: string, vocabulary: Vocabulary): string | undefined {
	const max = allowedEdits(word.length);
	if (max === 0 || /\d/.test(word)) return undefined;
	let best: string | undefined;
	let bestDistance = max + 1;
	let bestCount = 0;
	for (const [candidate, count] of vocabulary.counts) {
		if (candidate.length < 4 || Math.abs(candidate.length - word.length) > max) continue;
		const d = editDistance(word, candidate, max);
		if (d < bestDistance || (d === bestDistance && d <= max && count > bestCount)) {
			best = candidate;
			bestDistance = d;
			bestCount = count;
		}
	}
	return bestDistance <= max ? best : undefined;
}

export interface SearchTerms {
	variants: Record<string, string>;
	vocabulary: Vocabulary;
}

export interface QueryPlan {
	/** What to search besides the original query; equal to `original` when nothing was rewritten. */
	query: string;
	/** The original query with only the typo corrections applied, to show as "Showing results for …". */
	shown: string;
	corrections: { from: string; to: string }[];
	/** Whether typed words were changed (corrected, split, joined or re-hyphenated), not only names expanded. */
	wordsChanged: boolean;
	/** A quoted query is searched as typed. */
	verbatim: boolean;
}

const MAX_VARIANT_WORDS = 4;

/** Keeps the capital of a typed word on its correction ("Karabagh" → "Karabakh"). */
function likeTyped(typed: string, word: string): string {
	return /^\p{Lu}/u.test(typed) ? word.charAt(0).toUpperCase() + word.slice(1) : word;
}

/** The best-known form of a hyphenated compound: as typed, joined up, or as separate words. */
function compoundForm(compound: string, vocabulary: Vocabulary): string {
	const joined = compound.replaceAll('-', '');
	return vocabulary.count(joined) > vocabulary.count(compound) ? joined : compound;
}

/** `word` as two indexed words ("newsagency" → "news agency"), the most frequent pair, or undefined. */
function splitWord(word: string, vocabulary: Vocabulary): string | undefined {
	let best: string | undefined;
	let bestCount = 0;
	for (let i = 3; i <= word.length - 3; i++) {
		const count = Math.min(vocabulary.count(word.slice(0, i)), vocabulary.count(word.slice(i)));
		if (count > bestCount) {
			best = `${word.slice(0, i)} ${word.slice(i)}`;
			bestCount = count;
		}
	}
	return best;
}

/** Works out what to search for `query`: see the comment at the top of this section. */
export function planQuery(query: string, { variants, vocabulary }: SearchTerms): QueryPlan {
	const original = query.trim();
	if (/^["\u201c].*["\u201d]$/.test(original))
		return { query: original, shown: original, corrections: [], wordsChanged: false, verbatim: true };

	// 1. Each typed word on its own: the best form of a compound, a split, or a typo correction.
	const typed = original.match(/[\p{L}\p{N}'\u2019-]+/gu) ?? [];
	const corrections: QueryPlan['corrections'] = [];
	const shown: string[] = [];
	let tokens: string[] = [];
	for (const raw of typed) {
		const [word] = words(raw);
		if (!word) continue;
		if (word.includes('-')) {
			tokens.push(compoundForm(word, vocabulary));
			shown.push(raw);
		} else if (vocabulary.matches(word) || word.length < 5) {
			tokens.push(word);
			shown.push(raw);
		} else {
			const split = splitWord(word, vocabulary);
			const fixed = split ?? closestWord(word, vocabulary);
			tokens.push(...(fixed ?? word).split(' '));
			if (fixed) corrections.push({ from: raw, to: fixed });
			shown.push(fixed ? likeTyped(raw, fixed) : raw);
		}
	}

	// 2. Words typed apart that the pages write as one ("peace keepers", "cease fire") or hyphenated ("six week").
	const joinedUp: string[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const [a, b] = [tokens[i]!, tokens[i + 1]];
		if (b && a.length >= 2 && b.length >= 2 && a.length + b.length >= 6 && !a.includes('-') && !b.includes('-')) {
			const form = [a + b, `${a}-${b}`].sort((x, y) => vocabulary.count(y) - vocabulary.count(x))[0]!;
			if (vocabulary.count(form) > 0) {
				joinedUp.push(form);
				i++;
				continue;
			}
		}
		joinedUp.push(a);
	}
	tokens = joinedUp;

	// 3. Other names → the canonical name, longest phrase first ("Ilham Aliev" before "Aliev").
	const parts = tokens.flatMap((t) => (t.includes('-') && !vocabulary.count(t) ? t.split('-') : [t]));
	const expanded: string[] = [];
	for (let i = 0; i < parts.length;) {
		let n = Math.min(MAX_VARIANT_WORDS, parts.length - i);
		for (; n > 0; n--) {
			const canonical = variants[phraseKey(parts.slice(i, i + n).join(' '))];
			if (canonical) {
				expanded.push(canonical);
				break;
			}
		}
		if (n > 0) i += n;
		else expanded.push(parts[i++]!);
	}

	const rewritten = expanded.join(' ');
	const changed = phraseKey(rewritten) !== phraseKey(original);
	const wordsChanged = phraseKey(tokens.join(' ')) !== phraseKey(typed.join(' '));
	return { query: changed ? rewritten : original, shown: shown.join(' '), corrections, wordsChanged, verbatim: false };
}

/**
 * Pagefind's ranking weights (https://pagefind.app/docs/ranking/). Only `pageLength` differs from Pagefind's default
 * (0.75): our lessons are long and explain, while the pages that merely list a word (glossary entries' other names,
 * the home page) are short, so page length is not held against a page. Measured with `npm run bench:search`: hit@1
 * on the whole query set rose from 70% to 80% with hit@3 unchanged.
 */
export const SEARCH_RANKING = { pageLength: 0 } as const;

/** Words that carry no meaning for search, dropped when a question finds nothing as a whole. */
const STOP_WORDS = new Set(
	'a an and are as at be been by can could did do does for from had has have how i in into is it its me of on or so that the their them there these they this to was were what when where which who whom why will with would you'.split(
		' ',
	),
);

/** The words worth searching one by one when the whole query finds nothing. */
export function contentWords(query: string): string[] {
	return [...new Set(words(query).filter((w) => !STOP_WORDS.has(w)))];
}

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
	return [...merged.values()].sort((a, b) => b.score - a.score).map((e) => e.result);
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
