// Counts an answer gives, in figures or words: "none" and its many forms as 0, vague amounts ("some", "only
// Armenia", "none but Armenia") as NaN, and each number with the word that labels it ("232 people were killed" is
// labelled "killed"), so the judge can tell a mislabelled total or a labelled part from the answer.
import { unitDays, type Mention } from './mentions';
import { negatedAt, NEGATION, readNumber, type Token } from './words';

/** Words that say "none" (0) and words that say "some" without a number (NaN), for counts. */
const NONE = /^(?:none|non|nil|nobody|noone|zero)$/;
const SOME = /^(?:all|most|some|few|many|several|every|each|both|lots|only|hundreds|thousands|dozens)$/;
const EXCEPT = /^(?:except|excepting|excluding|apart|besides)$/;
const COUNTABLE = /^(?:one|body|un|united|member|members|state|states|country|countries|nation|nations|other|single)$/;
/** Words between a number and its label: "232 people were killed", "200 of them injured", "232 lost their lives". */
const FILLER =
	/^(?:people|persons|person|ppl|individuals|civilians|of|them|were|was|are|is|have|has|had|been|being|got|get|reportedly|all|lost|their)$/;
/** Words that make a number a date, not a count ("20 September", "the 2nd"). */
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
/** Words a negation may stand before the prompt's verb with ("has not been officially recognised"). */
const AUX = /^(?:been|be|being|ever|yet|even|really|got)$/;

/**
 * The word that labels the number ending before token `end` (unless it names a joined count), and a lone word after
 * a comma that may join it ("232 killed, injured": the judge decides, knowing which words are labels).
 */
function label(t: readonly Token[], end: number): { word?: string; also?: string; at: number } {
	let k = end;
	while (t[k]?.s === t[end - 1]?.s && FILLER.test(t[k]!.w)) k++;
	if (t[k]?.s !== t[end - 1]?.s) return { at: k };
	// "232 killed and injured", "dead + injured": the label names a joined count, not the killed alone.
	const joined = /^(?:and|or|&|\+|\/|plus)$/.test(t[k + 1]?.w ?? '') && !readNumber(t, k + 2);
	const after = t[k + 1];
	const alone = after !== undefined && after.s === t[k]!.s + 1 && t[k + 2]?.s !== after.s;
	return joined ? { at: k } : { word: t[k]!.w, ...(alone ? { also: after.w } : {}), at: k };
}

/** Whether the number at `i`, labelled `word`, is set beside the count: a length of time, a date, or the whole. */
function beside(t: readonly Token[], i: number, word = ''): boolean {
	const prev = t[i - 1]?.w ?? '';
	if (!Number.isNaN(unitDays(word)) || MONTH.test(word) || /^(?:st|nd|rd|th)$/.test(word) || MONTH.test(prev))
		return true;
	// "in 2023": a year. "none of the 193", "0 out of 193": the whole the count is taken from.
	if (/^(?:19|20)\d\d$/.test(t[i]!.w) && /^(?:in|since|during|by|until|from)$/.test(prev)) return true;
	return prev === 'of' || (prev === 'the' && t[i - 2]?.w === 'of');
}

/** Whether the negation at `i` denies the prompt's verb ("not officially recognised"): it says none did. */
const deniesVerb = (t: readonly Token[], i: number, verbs: readonly string[]): boolean => {
	let k = i + 1;
	while (AUX.test(t[k]?.w ?? '')) k++;
	return t[k]?.s === t[i]!.s && verbs.includes(t[k]!.w.slice(0, 6));
};

/** Counts in figures or words; `verbs`: stems of the prompt's verbs that, denied, say 0 ("not recognised"). */
export function counts(t: readonly Token[], verbs: readonly string[] = []): Mention[] {
	const out: Mention[] = [];
	const push = (value: number, i: number, extra: Partial<Mention> = {}) =>
		out.push({ value, at: i, s: t[i]!.s, ...extra });
	for (let i = 0; i < t.length; i++) {
		const w = t[i]!.w;
		const next = t[i + 1]?.w ?? '';
		const prev = t[i - 1]?.w ?? '';
		const sameClause = (j: number) => t[j]?.s === t[i]!.s;
		if (NONE.test(w) && !(w !== 'zero' && next === 'of' && /^(?:your|my|his|her|our)$/.test(t[i + 2]?.w ?? ''))) {
			push(0, i);
			if (w === 'zero') continue;
		} else if (
			(w === 'no' && (t.length === 1 || COUNTABLE.test(next))) ||
			(w === 'not' && /^(?:one|even|any|single)$/.test(next)) ||
			(w === 'not' && next === 'a' && t[i + 2]?.w === 'single')
		) {
			push(0, i);
			// "no one", "not a single one", "not even": the words that follow belong to the zero.
			while (/^(?:one|body|a|single|even|any)$/.test(t[i + 1]?.w ?? '')) i++;
		} else if ((NEGATION.test(w) || /n't$/.test(w)) && verbs.length && deniesVerb(t, i, verbs)) {
			push(0, i);
		} else if (w === 'any') {
			const before = t.slice(0, i).filter((_, j) => sameClause(j));
			const negative = before.some((x) => NEGATION.test(x.w) || /n't$/.test(x.w));
			const hardly = /^(?:hardly|barely|scarcely)$/.test(prev);
			push(negative && !hardly ? 0 : NaN, i);
		} else if (SOME.test(w) && !readNumber(t, i + 1) && !/^(?:at|than)$/.test(prev)) {
			push(NaN, i, { negated: negatedAt(t, i) });
		} else if (
			EXCEPT.test(w) ||
			(w === 'other' && next === 'than') ||
			(w === 'but' && (NONE.test(prev) || /^(?:one|body|0)$/.test(prev)))
		) {
			// "none apart from Armenia", "no one but Armenia": an exception to the none, so some did.
			push(NaN, i);
		} else if (w !== 'zero') {
			const n = readNumber(t, i);
			if (!n) continue;
			const { word, also } = label(t, n.end);
			push(n.value, i, {
				...(word ? { next: word } : {}),
				...(also ? { also } : {}),
				negated: negatedAt(t, i),
				aside: beside(t, i, word),
			});
			i = n.end - 1;
		}
	}
	return out;
}
