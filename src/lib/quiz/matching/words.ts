// How a typed answer is read before it is judged: folded to plain lower-case words and figures, split into tokens
// that remember which clause (segment) they sit in, and numbers read from figures or words ("two hundred and
// thirty-two"). Dependency-free: it runs in the browser as well as at build time.

/** One token of an answer: a word, a figure (with its separators kept, "09:00", "120,000") or a punctuation mark. */
export interface Token {
	/** The token, folded (lower case, no accents, straight apostrophes). */
	w: string;
	/** Which clause the token sits in: brackets, commas, semicolons, slashes and dashes start a new one. */
	s: number;
}

/** Lower case, accents folded, curly quotes straightened, "a.m." → "am", "o'clock" → "oclock". */
export function fold(text: string): string {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'")
			.replace(/[\u2013\u2014]/g, ' - ')
			.replace(/\u2265/g, ' >= ')
			.replace(/\b([ap])\.? ?m\b\.?/g, '$1m')
			.replace(/\bo'? ?clock\b/g, 'oclock')
			// "GMT+4", "UTC-5": another zone than GMT, here the region's own clocks ("GMT+0" is GMT).
			.replace(/\b(gmt|utc) ?([+-])(\d{1,2})(?::?00)?(?![\d:\p{L}])/gu, (_, z: string, _s, h: string) =>
				Number(h) === 0 ? z : 'local',
			)
			// Reports are named by letter: "A's 44 days", "A says", "A: 44 days", "in A" all name report A.
			.replace(/\b([ab])'s\b/g, 'report $1')
			.replace(/(?<!report )\b([ab])\b(?=\s*(?::|says\b|said\b|gives\b|gave\b|has\b|writes\b|wrote\b))/g, 'report $1')
			.replace(/\bin ([ab])\b(?=\s*(?:[).,;]|$))/g, 'in report $1')
			.replace(/'s\b/g, '')
	);
}

/** A date in figures ("20/09/2023", "20.09.23", "2023-09-20") is one token, read before any time in it. */
const TOKEN =
	/\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)|\d{1,2}[:.h]\d{2}(?!\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|[\p{L}]+(?:'[\p{L}]+)*|[()[\]{}+=/~,;!?<>&-]/gu;
/** Marks that start a new clause; "/" stays a token ("killed/injured", "9am / 1pm"), read like "or". */
const BREAK = new Set(['(', ')', '[', ']', '{', '}', ',', ';', '-', '!', '?']);

/** The answer's tokens; a hyphen inside a word or figure joins its halves ("six-week") rather than breaking. */
export function tokens(text: string): Token[] {
	const folded = fold(text);
	const out: Token[] = [];
	let s = 0;
	for (const m of folded.matchAll(TOKEN)) {
		const w = m[0];
		const at = m.index;
		if (w === '-' && /[\p{L}\d]/u.test(folded[at - 1] ?? '') && /[\p{L}\d]/u.test(folded[at + 1] ?? '')) continue;
		if (BREAK.has(w)) s++;
		else out.push({ w, s });
	}
	return out;
}

const SMALL =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
		' ',
	);
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** The value of a figure token ("232", "120,000", "1.5"), or NaN. */
export const figure = (w: string): number => (/^\d[\d,]*(\.\d+)?$/.test(w) ? Number(w.replace(/,/g, '')) : NaN);

/**
 * A number written in figures or words from token `i` on ("two hundred and thirty two", "232k", "120 thousand"),
 * with the index after it; null when token `i` does not start one.
 */
export function readNumber(t: readonly Token[], i: number): { value: number; end: number } | null {
	let j = i;
	let value = figure(t[j]?.w ?? '');
	if (Number.isNaN(value)) {
		let total = 0;
		let part = -1;
		for (; j < t.length; j++) {
			const w = t[j]!.w;
			const small = SMALL.indexOf(w);
			const ten = TENS.indexOf(w);
			// A number ends with its clause, and at a second number ("thirty-two thirty-two", "two, thirty").
			if (t[j]!.s !== t[i]!.s || (part > 0 && (small >= 10 || ten >= 0 ? part % 100 : small >= 0 && part % 10))) break;
			if (small >= 0) part = (part < 0 ? 0 : part) + small;
			else if (ten >= 0) part = (part < 0 ? 0 : part) + (ten + 2) * 10;
			else if (w === 'hundred' && part > 0) part *= 100;
			else if (w === 'thousand' && part > 0) {
				total += part * 1000;
				part = 0;
			} else if (w !== 'and' || part <= 0 || !readWord(t[j + 1]?.w ?? '')) break;
		}
		if (part < 0 && total === 0) return null;
		value = total + Math.max(part, 0);
	} else if (t[++j]?.w === 'hundred' && Number.isInteger(value) && value > 0 && value < 10) {
		// "2 hundred and 32": a figure with a scale in words
		value *= 100;
		j++;
	}
	// "two hundred and 32", "2 hundred 32": the tens and units in figures after a hundred
	if (t[j - 1]?.w === 'hundred') {
		const k = t[j]?.w === 'and' ? j + 1 : j;
		const rest = figure(t[k]?.w ?? '');
		if (Number.isInteger(rest) && rest > 0 && rest < 100) [value, j] = [value + rest, k + 1];
	}
	const scale = t[j]?.w;
	if (scale === 'k' || scale === 'thousand') return { value: value * 1000, end: j + 1 };
	if (scale === 'million' || scale === 'm') return { value: value * 1e6, end: j + 1 };
	return { value, end: j };
}
const readWord = (w: string) => SMALL.includes(w) || TENS.includes(w);

/** Words that say "not" in the clause before a value: it is ruled out, not given ("Armenpress, not Interfax"). */
export const NEGATION =
	/^(?:not|never|no|nor|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|doesn't|didn't|don't|neither|without|instead|rather)$/;

/** Whether "not" (or the like) comes just before token `i` in its clause: the value there is ruled out, not given. */
export const negatedAt = (t: readonly Token[], i: number): boolean =>
	[t[i - 1], t[i - 2]].some((x) => x !== undefined && x.s === t[i]!.s && NEGATION.test(x.w));

/** Whether a clause names another source, so a value in it is a comparison ("report A says 44 days"). */
export const attributed = (t: readonly Token[], s: number): boolean =>
	t.some((x, i) => x.s === s && ((x.w === 'report' && /^[a-z]$/.test(t[i + 1]?.w ?? '')) || x.w === 'according'));
