// The values an answer gives, by kind: the times, durations, numbers or names it mentions, each with where it sits,
// so the judge can tell the expected value from a conflicting one ("9am or 1pm").
import { negatedAt, readNumber, type Token } from './words';
import { zoneAround, type Zone } from './zones';

/** A value the answer gives: a number (minutes, days, a count; NaN for "some", "many") or a name, and its clause. */
export interface Mention {
	value: number | string;
	/** Index of its first token and of the clause it sits in. */
	at: number;
	s: number;
	/** For a time: the zone it is labelled with. */
	zone?: Zone;
	/** For a number: the word that labels it ("232 people were killed": killed), unless it names a joined count. */
	next?: string;
	/** For a number: a lone word after a comma that follows its label ("232 killed, injured": injured). */
	also?: string;
	/** Whether "not" (or the like) comes just before it in its clause: ruled out, not given. */
	negated?: boolean;
	/**
	 * Set beside the answer, not given as it: a name said to have done something else ("Interfax gave the terms"), a
	 * time that only places another ("4 hours before 1pm"), a count of time, a date or a whole ("in 2 days", "of 193").
	 */
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
		// "4 hours before 1pm", "earlier than 1pm": a time that only places the answer.
		const aside = t[i - 1]?.s === t[i]!.s && /^(?:before|after|than|behind)$/.test(after(i - 1));
		out.push({ value: h * 60 + m, at: i, s: t[i]!.s, ...(zone ? { zone } : {}), negated: negatedAt(t, i), aside });
		i = Math.max(i, j - 1);
	}
	return out;
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
		let end = joined ? i + 1 : n.end;
		// "six whole weeks", "6 full weeks": the word does not change the length.
		while (!joined && /^(?:whole|full|entire|long|straight|solid)$/.test(t[end]?.w ?? '')) end++;
		const days = unitDays(joined ? joined[2]! : (t[end]?.w ?? ''));
		if (Number.isNaN(days)) continue;
		// "three years ago", "six weeks earlier": a point in time, not a length.
		if (/^(?:ago|earlier|later|previously)$/.test(t[joined ? i + 1 : end + 1]?.w ?? '')) {
			i = joined ? i : end;
			continue;
		}
		out.push({ value: n.value * days, at: i, s: t[i]!.s, negated: negatedAt(t, i) });
		i = joined ? i : end;
	}
	return out;
}
