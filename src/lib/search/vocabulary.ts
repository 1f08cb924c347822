// The index's vocabulary (read from Pagefind's fragments after the build) and the closest-word typo correction.
import { words } from './words';

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
