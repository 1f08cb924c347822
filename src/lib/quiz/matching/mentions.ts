// The values an answer gives, by kind: the times, durations, numbers or names it mentions, each with where it sits,
// so the judge can tell the expected value from a conflicting one ("9am or 1pm").
import { negatedAt, NEGATION, readNumber, type Token } from './words';

/** A value the answer gives: a number (minutes, days, a count; NaN for "some", "many") or a name, and its clause. */
export interface Mention {
	value: number | string;
	/** Index of its first token and of the clause it sits in. */
	at: number;
	s: number;
	/** For a time: the zone it is labelled with. */
	zone?: 'gmt' | 'local';
	/** For a number: the word written right after it ("232 killed"). */
	next?: string;
	/** Whether "not" (or the like) comes just before it in its clause: ruled out, not given. */
	negated?: boolean;
	/** A name said to have done something else ("Interfax gave the terms"): set beside the answer, not given as it. */
	aside?: boolean;
}

const MONTHS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;
/** Times of day: "09:00", "0900hrs", "9am", "nine o'clock in the morning", "noon", each with a GMT/local label. */
export function times(t: readonly Token[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < t.length; i++) {
		const w = t[i]!.w;
		let h = NaN;
		let m = 0;
		let j = i + 1;
		const after = (k: number) => t[k]?.w ?? '';
		const marker = (k: number) => /^(?:am|pm|oclock|gmt|utc|z|local|in|hrs?)$/.test(after(k));
		// 24-hour figures; a year ("2020") is a time only when marked as one ("2020 hrs").
		const clock =
			/^(\d{1,2})[:.h](\d{2})$/.exec(w) ??
			(!/^(?:19|20)\d\d$/.test(w) || marker(j) ? /^([01]\d|2[0-3])([0-5]\d)$/.exec(w) : null);
		if (w === 'noon' || w === 'midday') h = 12;
		else if (w === 'midnight') h = 0;
		else if (clock) [h, m] = [Number(clock[1]), Number(clock[2])];
		else {
			const n = readNumber(t, i);
			if (!n || n.value > 24 || !Number.isInteger(n.value)) continue;
			[h, j] = [n.value, n.end];
			// "4 hours", "the 2 reports" in words: a spelled number is a time only when marked or alone ("nine").
			if (!/\d/.test(w) && !marker(j) && t.length > j - i) continue;
		}
		// "4 hours", "20 September": a length of time or a date, not a time of day.
		if (!clock && /^(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)$/.test(after(j))) continue;
		if (MONTHS.test(after(j)) || MONTHS.test(after(i - 1)) || /^(?:st|nd|rd|th)$/.test(after(j))) continue;
		if (/^(?:hrs?|oclock)$/.test(after(j))) j++;
		const half = after(j);
		if (half === 'am' || half === 'pm') {
			if (h > 12 || h === 0) continue;
			h = (h % 12) + (half === 'pm' ? 12 : 0);
			j++;
		} else if (half === 'in' && after(j + 1) === 'the') {
			const part = after(j + 2);
			if (part === 'morning' && h === 12) h = 0;
			if (/^(?:afternoon|evening)$/.test(part) && h < 12) h += 12;
		}
		if (h > 23 || m > 59) continue;
		const zone = zoneAround(t, i, j);
		out.push({ value: h * 60 + m, at: i, s: t[i]!.s, ...(zone ? { zone } : {}), negated: negatedAt(t, i) });
		i = Math.max(i, j - 1);
	}
	return out;
}

const ZONE = /^(?:gmt|utc|z|local)$/;
const zoneOf = (w: string) => (w === 'local' ? 'local' : 'gmt');

/** The zone a time is labelled with: "9am GMT", "1pm is local", "1pm (local)", or before it, "local time is 1pm". */
function zoneAround(t: readonly Token[], i: number, j: number): 'gmt' | 'local' | undefined {
	let k = j;
	while (/^(?:is|was|in)$/.test(t[k]?.w ?? '') && t[k]!.s === t[i]!.s) k++;
	if (ZONE.test(t[k]?.w ?? '')) return zoneOf(t[k]!.w);
	for (let b = i - 1; b >= Math.max(0, i - 4) && t[b]!.s === t[i]!.s; b--) {
		if (ZONE.test(t[b]!.w)) return zoneOf(t[b]!.w);
		if (!/^(?:time|is|was|at|=|the|by)$/.test(t[b]!.w)) break;
	}
	return undefined;
}

/** Days in one unit of time, from its common spellings and slips ("wks", "weaks", "week's"). */
export function unitDays(w: string): number {
	if (/^(?:minutes?|mins?)$/.test(w)) return 1 / 1440;
	if (/^(?:hours?|hrs?)$/.test(w)) return 1 / 24;
	if (/^days?$/.test(w)) return 1;
	if (/^(?:w[ea]{0,2}k?s?|wks?)$/.test(w) && w.length >= 2 && w !== 'was' && w !== 'we') return 7;
	if (/^fortnights?$/.test(w)) return 14;
	if (/^months?$/.test(w)) return 30;
	if (/^(?:years?|yrs?)$/.test(w)) return 365;
	return NaN;
}

/** Lengths of time in days: "six weeks", "6wks", "six-week period", "sixweeks", "a month", "42 days". */
export function durations(t: readonly Token[]): Mention[] {
	const out: Mention[] = [];
	for (let i = 0; i < t.length; i++) {
		const w = t[i]!.w;
		const joined = /^([a-z]+?)(weeks?|days?|months?|years?)$/.exec(w);
		const n = joined
			? readNumber([{ w: joined[1]!, s: 0 }], 0)
			: w === 'a' || w === 'an'
				? { value: 1, end: i + 1 }
				: readNumber(t, i);
		if (!n) continue;
		const end = joined ? i + 1 : n.end;
		const days = unitDays(joined ? joined[2]! : (t[end]?.w ?? ''));
		if (Number.isNaN(days)) continue;
		out.push({ value: n.value * days, at: i, s: t[i]!.s, negated: negatedAt(t, i) });
		i = joined ? i : end;
	}
	return out;
}

/** Words that say "none" (0) and words that say "some" without a number (NaN), for counts. */
const NONE = /^(?:none|non|nil|nobody|noone|zero)$/;
const SOME = /^(?:all|most|some|few|many|several|every|each|both|lots|only|except|hundreds|thousands|dozens)$/;
const COUNTABLE = /^(?:one|body|un|united|member|members|state|states|country|countries|nation|nations|other|single)$/;

/** Counts in figures or words, "none" and its many forms as 0, and vague amounts ("some", "only Armenia") as NaN. */
export function counts(t: readonly Token[]): Mention[] {
	const out: Mention[] = [];
	const push = (value: number, i: number, next?: string) =>
		out.push({ value, at: i, s: t[i]!.s, ...(next ? { next } : {}) });
	for (let i = 0; i < t.length; i++) {
		const w = t[i]!.w;
		const next = t[i + 1]?.w ?? '';
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
		} else if (w === 'any') {
			const before = t.slice(0, i).filter((_, j) => sameClause(j));
			const negative = before.some((x) => NEGATION.test(x.w) || /n't$/.test(x.w));
			const hardly = /^(?:hardly|barely|scarcely)$/.test(t[i - 1]?.w ?? '');
			push(negative && !hardly ? 0 : NaN, i);
		} else if (SOME.test(w) && !readNumber(t, i + 1) && !/^(?:at|than)$/.test(t[i - 1]?.w ?? '')) {
			out.push({ value: NaN, at: i, s: t[i]!.s, negated: negatedAt(t, i) });
		} else if (w !== 'zero') {
			const n = readNumber(t, i);
			if (!n) continue;
			// "232 killed and injured", "dead + injured": the word after it names a joined count, not the killed alone.
			const joined = /^(?:and|or|&|\+|\/|plus)$/.test(t[n.end + 1]?.w ?? '');
			push(n.value, i, joined ? undefined : t[n.end]?.w);
			i = n.end - 1;
		}
	}
	return out;
}
