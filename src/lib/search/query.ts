// Query understanding: what to search for what a student typed (corrections, split and joined words, other names).
// Pagefind matches whole words and prefixes only, so before searching, the query
// is rewritten with the site's own data: other names from the glossary and actors ("Aliev" → "Ilham Aliyev"), split,
// joined and hyphenated forms ("peace keepers" → "peacekeepers") and, for a word that matches nothing in the index,
// the closest word of the index's vocabulary ("withdrawl" → "withdrawn"). The original query is searched too and the
// result lists merged. Everything below is pure; src/components/search/search-client.ts runs it against Pagefind.
import { type Vocabulary, closestWord } from './vocabulary';
import { readQuestion, STOP_WORDS } from './question';
import { phraseKey, words } from './words';

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
	/**
	 * Typed words no indexed page has, nor any close spelling or other name of one ("Stepanakert", "Putin"): the pages
	 * are the reports and what the guide says about them, so the reports do not mention these. Left out of `query`.
	 */
	absent: string[];
	/** Whether, apart from stop words, nothing but absent words was typed: then no page answers the query. */
	onlyAbsent: boolean;
	/** `query` without absent words and, in a question, without question and stop words: what is searched. */
	keywords: string;
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

/** Works out what to search for `query`: see the comment at the top of this file. */
export function planQuery(query: string, { variants, vocabulary }: SearchTerms): QueryPlan {
	const original = query.trim();
	if (/^["\u201c].*["\u201d]$/.test(original))
		return {
			query: original,
			shown: original,
			corrections: [],
			wordsChanged: false,
			verbatim: true,
			absent: [],
			onlyAbsent: false,
			keywords: original,
		};
	const question = readQuestion(original);
	const knownPhrase = (word: string) => Object.keys(variants).some((key) => key.split(' ').includes(word));

	// 1. Each typed word on its own: the best form of a compound, a split, or a typo correction.
	const typed = original.match(/[\p{L}\p{N}'\u2019-]+/gu) ?? [];
	const corrections: QueryPlan['corrections'] = [];
	const shown: string[] = [];
	const absent: string[] = [];
	let tokens: string[] = [];
	for (const raw of typed) {
		const [word] = words(raw);
		if (!word) continue;
		if (word.includes('-')) {
			tokens.push(compoundForm(word, vocabulary));
			shown.push(raw);
		} else if (vocabulary.matches(word) || knownPhrase(word) || STOP_WORDS.has(word) || /\d/.test(word)) {
			tokens.push(word);
			shown.push(raw);
		} else if (word.length < 5) {
			if (word.length >= 3) absent.push(raw);
			tokens.push(word);
			shown.push(raw);
		} else {
			const split = splitWord(word, vocabulary);
			const fixed = split ?? closestWord(word, vocabulary);
			if (!fixed) absent.push(raw);
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
	// 4. What to search: without absent words and, in a question, without its question and stop words, which only get
	// in the way of Pagefind (it wants every word on one page).
	const left = new Set(absent.flatMap((raw) => words(raw)));
	const kept = expanded.filter((t) => !left.has(t) && !(question.isQuestion && STOP_WORDS.has(t)));
	const onlyAbsent = absent.length > 0 && !kept.some((t) => !STOP_WORDS.has(t));
	const searched = changed ? rewritten : original;
	return {
		query: searched,
		keywords: kept.length > 0 && phraseKey(kept.join(' ')) !== phraseKey(searched) ? kept.join(' ') : searched,
		shown: shown.join(' '),
		corrections,
		wordsChanged,
		verbatim: false,
		absent,
		onlyAbsent,
	};
}

export { contentWords } from './question';
