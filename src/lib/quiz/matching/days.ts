// The day an answer gives for a time: a weekday ("Wed"), a date in figures ("20/09/2023", read as day/month), or a
// day placed from another ("the day after Tuesday" is Wednesday, "the day before" alone is the day before).
import type { Token } from './words';

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The weekday a word names ("wed", "wednesday"), or undefined. */
export const weekday = (w: string): string | undefined =>
	WEEKDAYS.find((d) => w.length >= 3 && d.startsWith(w) && (w.length >= 6 || w.length === 3));

/** The weekday of a date in figures, day first as in Britain ("20/09/23"), or year first ("2023-09-20"). */
export function dateWeekday(w: string): string | undefined {
	const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(w);
	const ymd = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(w);
	const parts = dmy ? [dmy[3]!, dmy[2]!, dmy[1]!] : ymd ? [ymd[1]!, ymd[2]!, ymd[3]!] : null;
	if (!parts) return undefined;
	let [y, m, d] = parts.map(Number) as [number, number, number];
	if (m > 12 && d <= 12) [m, d] = [d, m];
	if (y < 100) y += 2000;
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCMonth() !== m - 1) return undefined;
	return WEEKDAYS[(date.getUTCDay() + 6) % 7];
}

const shift = (day: string, by: number) => WEEKDAYS[(WEEKDAYS.indexOf(day) + by + 7) % 7]!;

/**
 * Whether the answer gives another day than `day`: another weekday or date, unless it only places it ("since
 * Tuesday"); "the day before/after <weekday>" counted from that weekday; "the day before", "the previous day",
 * "yesterday" with nothing after them.
 */
export function otherDay(t: readonly Token[], day: string): boolean {
	return t.some((x, i) => {
		const before = t[i - 1]?.w ?? '';
		const named = weekday(x.w) ?? dateWeekday(x.w);
		if (named) {
			if (/^(?:before|after)$/.test(before) && t[i - 2]?.w === 'day')
				return shift(named, before === 'after' ? 1 : -1) !== day;
			return named !== day && !/^(?:after|before|since|from)$/.test(before);
		}
		const ends = t[i + 1]?.s !== x.s;
		return (
			x.w === 'yesterday' ||
			(x.w === 'day' && /^(?:previous|prior)$/.test(before)) ||
			(x.w === 'before' && before === 'day' && ends)
		);
	});
}
