// How a fill-in answer is marked: as a teacher reads it. The answer must give the expected value (a time, a number
// in figures or words, a length of time, or a name, with slips forgiven) and must not also give a conflicting one
// ("9am or 1pm", "Armenpress and Interfax"). A value ruled out ("not Interfax"), set beside another report's figure
// ("report A says 44 days") or the prompt's, shown as working ("32 + 200 = 232"), a labelled part ("32 of them
// dead"), another zone's clock ("1pm there") or a length, date or whole ("in one day", "of 193") does not conflict.
import { counts } from './counts';
import { otherDay, weekday } from './days';
import { durations, times, type Mention } from './mentions';
import { letters, names } from './names';
import { attributed, tokens, type Token } from './words';

export const ANSWER_KINDS = ['time', 'number', 'duration', 'phrase'] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/**
 * What the browser needs to mark one fill-in answer. k: the kind; v: accepted values (minutes after midnight, a
 * count, or days); z: the time zone the question asks for; d: the weekday it asks about; x: words that, labelling
 * the number, make it count something else ("killed"), so a smaller number they label is a part of the total;
 * n: for a count of none, stems of the prompt's verbs that, denied, say none ("not officially recognised");
 * g: lengths of time the prompt itself gives, which may follow the answer ("six weeks, not 44 days");
 * a: accepted names and o: conflicting names, in letters(); p: words that may stand beside the name ("news
 * agency"), so "Armenpress and X" conflicts only for another X.
 */
export interface MatchKey {
	k: AnswerKind;
	v?: number[];
	z?: 'gmt' | 'local';
	d?: string;
	x?: string[];
	n?: string[];
	g?: number[];
	a?: string[];
	o?: string[];
	p?: string[];
}

const FUNCTION_WORDS = new Set(
	'a an the it its it was is was were by from through via of in on at to for and or with news agency press report quoted quote said says say'.split(
		' ',
	),
);

/** The values of `kind` an answer gives. */
export function mentions(kind: AnswerKind, t: readonly Token[], key: Pick<MatchKey, 'a' | 'o' | 'n'> = {}): Mention[] {
	if (kind === 'time') return times(t);
	if (kind === 'duration') return durations(t);
	if (kind === 'number') return counts(t, key.n);
	return names(t, [...(key.a ?? []), ...(key.o ?? [])]);
}

const same = (a: number | string, b: number | string) =>
	typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) < 1e-6 : a === b;

/** Whether the typed answer gives the expected value and nothing that conflicts with it. */
export function judge(key: MatchKey, answer: string): boolean {
	const t = tokens(answer);
	const expected: (number | string)[] = key.k === 'phrase' ? (key.a ?? []) : (key.v ?? []);
	const found = mentions(key.k, t, key);
	const isKey = (m: Mention) =>
		expected.some((e) => same(e, m.value)) &&
		!(key.z && m.zone && m.zone !== key.z) &&
		// A mislabel, unless a second label joins it after a comma ("232 killed, injured" names the joined count).
		!(key.x && typeof m.next === 'string' && key.x.includes(m.next) && !(m.also && key.x.includes(m.also)));
	const hits = found.filter((m) => !m.negated && isKey(m));
	if (!hits.length) return false;
	// "9am or 1pm", "6 weeks or 44 days": an answer that offers a choice gives no answer.
	const choice = t.some((x) => /^(?:or|either|between|\/)$/.test(x.w));
	const others = found.filter((m) => !isKey(m) && !m.negated && !m.aside && !attributed(t, m.s));
	const conflicts = others.filter(
		(m) =>
			// A time labelled with the other zone is the other clock, not another answer ("9am GMT, 1pm local").
			!(m.zone && key.z && m.zone !== key.z && !expected.includes(m.value)) &&
			// The prompt's own length, set after the answer ("six weeks (44 days)"), is a comparison.
			!(key.g?.some((g) => same(g, m.value)) && m.at > hits[0]!.at && !choice),
	);
	if (conflicts.length && !excused(key, conflicts, hits[0]!.value as number, choice)) return false;
	// Another weekday than the one asked about, unless it only places it ("the day after Tuesday").
	if (key.d && otherDay(t, key.d)) return false;
	if (key.k === 'phrase') return !joinedWithAnother(t, hits, key);
	return true;
}

const isCount = (m: Mention): m is Mention & { value: number } => typeof m.value === 'number' && !Number.isNaN(m.value);
const total = (ms: readonly Mention[]) => ms.reduce((sum, m) => sum + (m.value as number), 0);

/**
 * Whether the other numbers of a count are no conflict: working that adds up to the answer ("32 killed + 200
 * injured = 232"), or parts of the total it labels as such, adding up to no more ("232 casualties, 32 of them dead").
 */
function excused(key: MatchKey, conflicts: readonly Mention[], answer: number, choice: boolean): boolean {
	if (key.k !== 'number' || choice || !conflicts.every(isCount)) return false;
	if (same(total(conflicts), answer)) return true;
	const part = (m: Mention) => !!m.next && !!key.x?.includes(m.next) && (m.value as number) < answer;
	return conflicts.every(part) && total(conflicts) <= answer;
}

/** "Armenpress and Reuters", "Armenpress or Interfax": the name joined to another that is not a describing word. */
function joinedWithAnother(t: readonly Token[], hits: readonly Mention[], key: MatchKey): boolean {
	const allowed = new Set([...FUNCTION_WORDS, ...(key.p ?? [])]);
	const own = (w: string) => (key.a ?? []).some((a) => a.includes(letters(w)));
	return hits.some((h) =>
		t.some(
			(x, i) =>
				(x.w === 'and' || x.w === 'or' || x.w === '&' || x.w === 'plus') &&
				x.s === h.s &&
				[t[i - 1], t[i + 1]].some((y) => y && y.s === h.s && !allowed.has(y.w) && !own(y.w)),
		),
	);
}

/** The values an accepted answer stands for, or null when it cannot be read as its kind (an author's mistake). */
export function valuesOf(kind: AnswerKind, answer: string): number[] | string[] | null {
	if (kind === 'phrase')
		return letters(answer.toLowerCase())
			? [
					letters(
						tokens(answer)
							.map((x) => x.w)
							.join(''),
					),
				]
			: null;
	const found = mentions(kind, tokens(answer)).filter((m) => typeof m.value === 'number' && !Number.isNaN(m.value));
	const values = [...new Set(found.map((m) => m.value as number))];
	return values.length === 1 ? values : null;
}

/** Extra knowledge a question gives its fill-in answer (see the quiz schema's fill-in fields). */
export interface MatchOptions {
	/** Names that make the answer wrong when also given (another agency). */
	others?: readonly string[];
	/** Words that, labelling the number, make it count something else ("232 people were killed" for casualties). */
	mislabels?: readonly string[];
	/** The question's prompt: its words may stand beside a name without conflicting with it. */
	prompt?: string;
}

/** The key for one question: the accepted answers read as their kind. Throws on an answer that cannot be read. */
export function matchKey(kind: AnswerKind, answers: readonly string[], options: MatchOptions = {}): MatchKey {
	const read = (a: string): (number | string)[] => {
		const v = valuesOf(kind, a);
		if (!v) throw new Error(`"${a}" cannot be read as a ${kind}`);
		return v;
	};
	const values = [...new Set(answers.flatMap(read))];
	if (kind === 'phrase') {
		const a = values.map(String);
		const p = [...new Set(tokens(options.prompt ?? '').map((x) => x.w))].filter((w) => /^\p{L}+$/u.test(w));
		const o = (options.others ?? []).map((n) =>
			letters(
				tokens(n)
					.map((x) => x.w)
					.join(''),
			),
		);
		return { k: kind, a, ...(o.length ? { o } : {}), ...(p.length ? { p } : {}) };
	}
	const key: MatchKey = { k: kind, v: values.map(Number) };
	const prompt = options.prompt ?? '';
	if (kind === 'number' && key.v!.includes(0)) {
		// The prompt's verbs, as written: "had officially recognised" gives "offici", "recogn".
		const verbs = [...new Set(prompt.match(/\b[a-z]{3,}(?:ed|ly)\b/g)?.map((w) => w.slice(0, 6)))];
		if (verbs.length) key.n = verbs;
	}
	if (kind === 'duration') {
		const given = durations(tokens(prompt)).map((m) => m.value as number);
		const g = [...new Set(given)].filter((v) => !key.v!.includes(v));
		if (g.length) key.g = g;
	}
	const canonical = tokens(answers[0] ?? '');
	const zone = kind === 'time' ? times(canonical)[0]?.zone : undefined;
	const day = canonical.map((x) => weekday(x.w)).find(Boolean);
	if (zone) key.z = zone;
	if (day) key.d = day;
	if (kind === 'number' && options.mislabels?.length) key.x = options.mislabels.map((w) => w.toLowerCase());
	return key;
}
