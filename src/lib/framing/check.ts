// The framing check (content-rules.md, "Even-handed"): a word that carries a side may stand in the guide's own voice
// only inside quotation marks, with the report or party it comes from named in the same sentence. Pure: the loader
// (src/loaders/framing.ts) gathers the authored texts; this finds each bare use and says whose word it is.
import type { AuthorProblem } from '../site/author-error';
import { lineAt, quotedSpans, sentences, type AuthoredText } from './sentences';

export interface FramingEntry {
	id: string;
	/** The forms to look for ("separatist", "separatists"); matched whole, case and hyphens folded. */
	forms: readonly string[];
	usedBy: readonly { who: string; cites: readonly { source: string; p: number }[] }[];
	view: string;
	rejectedBy: string;
	neutral: string;
	/** The glossary entry that says whose word it is (none for a word neither report uses). */
	glossary?: string | undefined;
	allow: readonly { file: string; text: string; why: string }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** One form as a pattern: whole word, any case, a hyphen or space where the form has either. */
export const formPattern = (forms: readonly string[]): RegExp =>
	new RegExp(
		`(?<![\\p{L}\\d-])(?:${forms.map((f) => escape(f).replace(/[- ]/g, '[- ]?')).join('|')})(?![\\p{L}\\d])`,
		'giu',
	);

const cite = (c: { source: string; p: number }) => `${c.source.replace(/^report-/, '').toUpperCase()}${c.p}`;
const whose = (e: FramingEntry) =>
	e.usedBy.length
		? `In the reports: ${e.usedBy.map((u) => `${u.who} (${u.cites.map(cite).join(', ')})`).join('; ')}.`
		: 'Neither report uses it, so the guide cannot quote it either.';

const how = (e: FramingEntry, inQuotes: boolean) =>
	!e.usedBy.length
		? 'is a word neither report uses'
		: inQuotes
			? 'is quoted, but no report or party is named in its sentence'
			: "stands in the guide's own voice";

/** Every bare use of a framing word in the texts: the file and line, the word, whose it is, and what to write. */
export function framingProblems(
	texts: readonly AuthoredText[],
	entries: readonly FramingEntry[],
	names: RegExp,
	/** The text of a line of a file, to give the word's column. */
	sourceLine?: (file: string, line: number) => string | undefined,
): AuthorProblem[] {
	const problems: AuthorProblem[] = [];
	const used = new Set<FramingEntry['allow'][number]>();
	for (const t of texts) {
		for (const s of sentences(t.text)) {
			const quoted = quotedSpans(s.text);
			const attributed = names.test(s.text);
			for (const e of entries) {
				for (const m of s.text.matchAll(formPattern(e.forms))) {
					const inQuotes = quoted.some(([a, b]) => m.index > a && m.index < b);
					if (inQuotes && attributed && e.usedBy.length) continue;
					const waiver = e.allow.find((w) => w.file === t.file && s.text.includes(w.text));
					if (waiver) {
						used.add(waiver);
						continue;
					}
					const line = lineAt(t, s.start + m.index);
					const at = sourceLine?.(t.file, line)?.toLowerCase().indexOf(m[0].toLowerCase()) ?? -1;
					problems.push({
						file: t.file,
						line,
						column: at >= 0 ? at + 1 : undefined,
						field: t.field,
						problem: `"${m[0]}" ${how(e, inQuotes)}: "${s.text.trim()}". It is a word that carries a side, ${e.view}; ${e.rejectedBy} would reject it. ${whose(e)}`,
						fix: `write ${e.neutral
							.split(', ')
							.map((n) => `"${n}"`)
							.join(
								' or ',
							)} instead${e.usedBy.length ? ', or quote the word and name who uses it in the same sentence' : ''}. If the sentence is about the word itself, waive it in src/content/framing.yaml: allow: [{ file: ${t.file}, text: "…a piece of the sentence…", why: "…" }].`,
					});
				}
			}
		}
	}
	for (const e of entries)
		for (const [i, w] of e.allow.entries())
			if (!used.has(w))
				problems.push({
					file: 'src/content/framing.yaml',
					field: `${e.id} → allow[${i}]`,
					problem: `the waiver for "${w.text}" in ${w.file} matches no sentence with the word any more.`,
					fix: 'remove the waiver, or copy a piece of the sentence it is for exactly as the file has it.',
				});
	return problems;
}

/** Each framing word's glossary entry must exist and cite every paragraph where the reports use the word. */
export function glossaryProblems(
	entries: readonly FramingEntry[],
	glossary: ReadonlyMap<string, readonly { source: string; p: number }[]>,
): AuthorProblem[] {
	return entries.flatMap((e): AuthorProblem[] => {
		if (!e.usedBy.length) return [];
		const cites = e.glossary ? glossary.get(e.glossary) : undefined;
		if (!cites)
			return [
				{
					file: 'src/content/framing.yaml',
					field: `${e.id} → glossary`,
					problem: `there is no glossary entry ${e.glossary ? `"${e.glossary}"` : '(glossary:)'} to say whose word "${e.forms[0]}" is.`,
					fix: `add src/content/glossary/${e.glossary ?? e.id}.yaml and name it in glossary:.`,
				},
			];
		const missing = e.usedBy
			.flatMap((u) => u.cites)
			.filter((c) => !cites.some((g) => g.source === c.source && g.p === c.p));
		return missing.length
			? [
					{
						file: `src/content/glossary/${e.glossary}.yaml`,
						field: 'cites',
						problem: `the entry does not cite ${missing.map(cite).join(', ')}, where the reports use "${e.forms[0]}" (src/content/framing.yaml, ${e.id}); a reader cannot see whose word it is.`,
						fix: `say in inReports whose sentence the word is in there, and cite ${missing.map(cite).join(', ')}.`,
					},
				]
			: [];
	});
}
