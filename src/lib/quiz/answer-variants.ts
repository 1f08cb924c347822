// The accepted fill-in answers an LMS export lists: the authored ones, then the forms students are likely to write
// for a typed (time or number) answer. LMS formats compare strings, so our typed matching has to be spelled out.
import { normaliseAnswer, typedValue, type FillInMatch } from './grading';

const pad = (n: number) => String(n).padStart(2, '0');

/** How students write one clock time: 24-hour with ":", "." or nothing, and 12-hour with am/pm in three styles. */
export function timeVariants(minutes: number, zone?: string): string[] {
	const h = Math.floor(minutes / 60);
	const m = minutes % 60;
	const h12 = h % 12 === 0 ? 12 : h % 12;
	const half = h < 12 ? 'am' : 'pm';
	const dotted = `${half[0]}.m.`;
	const clock = m === 0 ? `${h12}` : `${h12}:${pad(m)}`;
	const forms = [
		`${pad(h)}:${pad(m)}`,
		`${h}:${pad(m)}`,
		`${pad(h)}.${pad(m)}`,
		`${h}.${pad(m)}`,
		`${pad(h)}${pad(m)}`,
		`${clock}${half}`,
		`${clock} ${half}`,
		`${clock} ${dotted}`,
		`${h12}:${pad(m)} ${half}`,
		`${h12}:${pad(m)} ${dotted}`,
	];
	return zone ? [...forms, ...forms.slice(0, 6).map((f) => `${f} ${zone}`)] : forms;
}

/** How students write one number: with and without grouping, "k"/"thousand", and after a hedge such as "about". */
export function numberVariants(value: number): string[] {
	const grouped = (sep: string) => String(value).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
	const forms = [grouped(','), String(value), grouped(' '), grouped('.')];
	if (value >= 1000 && value % 1000 === 0) forms.push(`${value / 1000}k`, `${value / 1000} thousand`);
	const hedged = ['about', 'approximately', 'around', 'at least'].map((word) => `${word} ${grouped(',')}`);
	return [...forms, ...hedged];
}

/** Authored answers first (the first is canonical), then generated variants; no two alike once normalised. */
export function acceptedAnswers(answers: readonly string[], match: FillInMatch = 'text'): string[] {
	const value = typedValue(match, answers[0] ?? '');
	let generated: string[] = [];
	if (match === 'time' && value !== null) {
		const zone = answers.map((a) => /\b(GMT|UTC)\b/i.exec(a)?.[1]).find(Boolean);
		generated = timeVariants(value, zone?.toUpperCase());
	}
	if (match === 'number' && value !== null) generated = numberVariants(value);
	const seen = new Set<string>();
	return [...answers, ...generated].filter((a) => {
		const key = normaliseAnswer(a);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}
