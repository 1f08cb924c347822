// Names in a typed answer: where the accepted name, or another, stands as one to three words, a slip or two allowed.
import type { Mention } from './mentions';
import { negatedAt, type Token } from './words';

/** Letters and digits only: how names are compared ("Armen-Press" → "armenpress"). */
export const letters = (text: string): string => text.replace(/[^\p{L}\d]/gu, '');

/**
 * Damerau edit distance (insertions, deletions, substitutions and neighbour swaps count 1), stopping at `max + 1`.
 */
export function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
			d[i]![j] = v;
		}
	return d[a.length]![b.length]!;
}

/** Slips allowed in a name of this length: none up to 4 letters, 1 up to 11, 2 from 12. */
export const slips = (n: number): number => (n <= 4 ? 0 : n < 12 ? 1 : 2);

/** Where any of `names` (in letters()) stands in the answer, as one to three words, allowing a slip or two. */
export function names(t: readonly Token[], wanted: readonly string[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < t.length; i++) {
		for (let n = 3; n >= 1; n--) {
			if (i + n > t.length || t[i + n - 1]!.s !== t[i]!.s) continue;
			const typed = letters(
				t
					.slice(i, i + n)
					.map((x) => x.w)
					.join(''),
			);
			const hit = wanted.find((name) => distance(typed, name, slips(name.length)) <= slips(name.length));
			if (hit) {
				const verb = t[i + n]?.w ?? '';
				const aside = t[i + n]?.s === t[i]!.s && /^(?:gave|gives|was|is|reported|reports|had|has|did|for)$/.test(verb);
				out.push({ value: hit, at: i, s: t[i]!.s, negated: negatedAt(t, i), aside });
				i += n - 1;
				break;
			}
		}
	}
	return out;
}
