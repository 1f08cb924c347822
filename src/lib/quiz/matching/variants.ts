// The accepted fill-in answers an LMS export lists: LMSs compare strings, so the forms students most often write are
// spelled out from the canonical answer and its kind (the site itself reads any form: match.ts). Every form listed
// is one the matcher accepts, and none is listed twice.
import { fold } from './words';
import { judge, matchKey, type AnswerKind, type MatchOptions } from './match';

const SMALL =
	'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
		' ',
	);
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

/** A whole number under a thousand in words, British style ("two hundred and thirty-two"). */
export function inWords(n: number): string {
	if (n < 20) return SMALL[n]!;
	if (n < 100) return `${TENS[Math.floor(n / 10) - 2]}${n % 10 ? `-${SMALL[n % 10]}` : ''}`;
	return `${SMALL[Math.floor(n / 100)]} hundred${n % 100 ? ` and ${inWords(n % 100)}` : ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** One clock time as students write it: 24-hour with ":", "." or nothing, 12-hour with am/pm in three styles. */
export function timeVariants(minutes: number, zone?: string): string[] {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	const h12 = h % 12 === 0 ? 12 : h % 12;
	const half = h < 12 ? 'am' : 'pm';
	const clock = m === 0 ? `${h12}` : `${h12}:${pad(m)}`;
	const forms = [
		`${pad(h)}:${pad(m)}`,
		`${h}:${pad(m)}`,
		`${pad(h)}.${pad(m)}`,
		`${h}.${pad(m)}`,
		`${pad(h)}${pad(m)}`,
		`${clock}${half}`,
		`${clock} ${half}`,
		`${clock} ${half[0]}.m.`,
		`${h12}:${pad(m)} ${half}`,
	];
	if (m === 0 && h12 < 20) forms.push(`${inWords(h12)} o'clock`, `${inWords(h12)} ${half}`);
	return zone ? [...forms, ...forms.slice(0, 7).map((f) => `${f} ${zone}`), ...forms.map((f) => `at ${f}`)] : forms;
}

/** One count as students write it: with and without grouping, in words, hedged; 0 also as "none" and its kin. */
export function numberVariants(value: number): string[] {
	const grouped = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
	const forms = [grouped, String(value)];
	if (value < 1000 && Number.isInteger(value)) forms.push(inWords(value), inWords(value).replace(/-/g, ' '));
	if (value >= 100 && value < 1000) forms.push(inWords(value).replace(' and ', ' '));
	if (value === 0) forms.push('none', 'no', 'not one', 'none at all', 'no one', 'nobody', 'nil');
	else forms.push(...['about', 'at least', 'around'].map((w) => `${w} ${grouped}`));
	return forms;
}

const UNITS: [days: number, one: string, many: string][] = [
	[365, 'year', 'years'],
	[30, 'month', 'months'],
	[7, 'week', 'weeks'],
	[1, 'day', 'days'],
];

/** One length of time as students write it: its largest whole unit in figures and words, as a period, and in days. */
export function durationVariants(days: number): string[] {
	const forms: string[] = [];
	for (const [size, one, many] of UNITS) {
		const n = days / size;
		if (!Number.isInteger(n) || n < 1) continue;
		const word = n < 1000 ? inWords(n) : String(n);
		const unit = n === 1 ? one : many;
		forms.push(
			`${word} ${unit}`,
			`${n} ${unit}`,
			`a ${word}-${one} period`,
			`${n}-${one} period`,
			`about ${word} ${unit}`,
		);
		if (one === 'week') forms.push(`${n} wks`);
	}
	return forms;
}

/** The authored answers first (the canonical one leading), then generated forms; every one accepted by the matcher. */
export function acceptedAnswers(kind: AnswerKind, answers: readonly string[], options: MatchOptions = {}): string[] {
	const key = matchKey(kind, answers, options);
	const zone = key.z === 'gmt' ? 'GMT' : undefined;
	const generated =
		kind === 'time'
			? (key.v ?? []).flatMap((v) => timeVariants(v, zone))
			: kind === 'number'
				? (key.v ?? []).flatMap(numberVariants)
				: kind === 'duration'
					? (key.v ?? []).flatMap(durationVariants)
					: answers.map((a) => `the ${a}`);
	const seen = new Set<string>();
	return [...answers, ...generated].filter((a) => {
		const folded = fold(a).trim();
		if (seen.has(folded) || !judge(key, a)) return false;
		seen.add(folded);
		return true;
	});
}
