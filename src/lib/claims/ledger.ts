// The claim ledger: what each report says on each question a reader might ask, quote beside quote, with who is
// speaking. Pure: the schema's rules, the checks across the ledger, and the views pages and exports build on.
import type { AuthorProblem } from '../site/author-error';
import { citationProblem } from '../sources/citations';
import type { Source } from '../sources/seeds';

export const CLAIM_TOPICS = [
	'background',
	'offensive',
	'casualties',
	'ceasefire',
	'terms',
	'talks',
	'actors',
	'wording',
	'provenance',
] as const;
export type ClaimTopic = (typeof CLAIM_TOPICS)[number];
export const DIFFERENCE_KINDS = [
	'figures',
	'wording',
	'attribution',
	'what-is-counted',
	'precision',
	'emphasis',
	'dates',
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
/** `same` and `differs` compare two or more reports; `only-<short>` is in one report alone (`only-a`: Report A). */
export const RELATION = /^(same|differs|only-[a-z0-9]+)$/;

export const TOPIC_LABEL: Record<ClaimTopic, string> = {
	background: 'Background',
	offensive: 'The offensive',
	casualties: 'Casualties and damage',
	ceasefire: 'The ceasefire',
	terms: 'The terms',
	talks: 'The talks',
	actors: 'Who is who',
	wording: 'Wording',
	provenance: 'Headlines, captions and bylines',
};
export const KIND_LABEL: Record<DifferenceKind, string> = {
	figures: 'figures',
	wording: 'wording',
	attribution: 'who says it',
	'what-is-counted': 'what is counted',
	precision: 'precision',
	emphasis: 'emphasis',
	dates: 'dates',
};

export interface ClaimCell {
	source: string;
	paragraph: number;
	quote: string;
	voice: string;
}
export interface Claim {
	id: string;
	topic: ClaimTopic;
	question: string;
	relation: string;
	kinds: DifferenceKind[];
	note: string;
	cells: ClaimCell[];
}
/** What the ledger needs to know of a source: its id, its label ("Report A") and short label ("A"). */
export type SourceRef = Pick<Source, 'id' | 'label' | 'short'>;
type SourceLike = SourceRef & Pick<Source, 'paragraphs'>;

/** The source's short label in lower case ("a"): what a relation such as `only-a` names. */
export const sourceLetter = (source: SourceRef): string => source.short.toLowerCase();

/** Everything wrong with one claim on its own: quotes, and a relation that fits its cells. */
export function claimProblems(
	claim: Claim,
	sources: readonly SourceLike[],
): { field: string; problem: string; fix: string }[] {
	const problems: { field: string; problem: string; fix: string }[] = [];
	claim.cells.forEach((cell, i) => {
		const found = citationProblem(sources, { source: cell.source, p: cell.paragraph, quote: cell.quote });
		if (found) problems.push({ field: `cells[${i}]`, ...found });
	});
	const cited = [...new Set(claim.cells.map((c) => c.source))];
	const only = /^only-([a-z0-9]+)$/.exec(claim.relation)?.[1];
	if (only) {
		const source = sources.find((s) => sourceLetter(s) === only);
		if (!source) {
			problems.push({
				field: 'relation',
				problem: `"${claim.relation}" names no report: no source's short label is "${only.toUpperCase()}".`,
				fix: `use only-${sources.map(sourceLetter).join(', only-')}, same or differs.`,
			});
		} else if (cited.some((id) => id !== source.id)) {
			problems.push({
				field: 'relation',
				problem: `the relation is "${claim.relation}" (only in ${source.label}) but the cells also quote ${cited.filter((id) => id !== source.id).join(', ')}.`,
				fix: `quote only ${source.id} in this claim, or make the relation same or differs.`,
			});
		}
	} else if (cited.length < 2) {
		problems.push({
			field: 'relation',
			problem: `a "${claim.relation}" claim compares reports, but its cells quote only ${cited.join(', ') || 'no report'}.`,
			fix: `add a cell from another report, or make the relation only-${sources.find((s) => s.id === cited[0]) ? sourceLetter(sources.find((s) => s.id === cited[0])!) : 'a'}.`,
		});
	}
	if (claim.relation === 'differs' && claim.kinds.length === 0) {
		problems.push({
			field: 'kinds',
			problem: 'a "differs" claim must say how the reports differ.',
			fix: `list at least one kind: ${DIFFERENCE_KINDS.join(', ')}.`,
		});
	}
	if (claim.relation !== 'differs' && claim.kinds.length > 0) {
		problems.push({
			field: 'kinds',
			problem: `kinds describe a difference, but the relation is "${claim.relation}".`,
			fix: 'remove kinds, or make the relation differs.',
		});
	}
	return problems;
}

/** Body paragraphs no claim quotes: the ledger must cover every one, so the comparison is complete by construction. */
export function uncoveredParagraphs(
	claims: readonly Pick<Claim, 'cells'>[],
	sources: readonly SourceLike[],
): { source: string; paragraph: number; text: string }[] {
	const covered = new Set(claims.flatMap((c) => c.cells.map((cell) => `${cell.source}#${cell.paragraph}`)));
	return sources.flatMap((s) =>
		s.paragraphs
			.filter((p) => p.kind === 'body' && !covered.has(`${s.id}#${p.n}`))
			.map((p) => ({ source: s.id, paragraph: p.n, text: p.text })),
	);
}

/** The whole ledger's problems, for the build: each claim's, duplicate ids, and uncovered paragraphs. */
export function ledgerProblems(
	file: string,
	claims: readonly Claim[],
	sources: readonly SourceLike[],
): AuthorProblem[] {
	const problems: AuthorProblem[] = [];
	const seen = new Set<string>();
	for (const claim of claims) {
		if (seen.has(claim.id))
			problems.push({
				file,
				field: `claim "${claim.id}"`,
				problem: 'this id is used twice.',
				fix: 'give each claim its own id.',
			});
		seen.add(claim.id);
		for (const p of claimProblems(claim, sources))
			problems.push({ file, field: `claim "${claim.id}" → ${p.field}`, problem: p.problem, fix: p.fix });
	}
	for (const gap of uncoveredParagraphs(claims, sources)) {
		const text = gap.text.length > 90 ? `${gap.text.slice(0, 90)}…` : gap.text;
		problems.push({
			file,
			field: `${gap.source} paragraph ${gap.paragraph}`,
			problem: `no claim quotes this body paragraph ("${text}"), so the comparison would be incomplete.`,
			fix: 'add it as a cell to the claim it speaks to, or add a claim for it (relation only-… when the other report is silent).',
		});
	}
	return problems;
}

/** "Same", "Differs: figures, who says it", "Only in Report A". */
export function relationLabel(claim: Pick<Claim, 'relation' | 'kinds'>, sources: readonly SourceRef[]): string {
	if (claim.relation === 'same') return 'Same';
	if (claim.relation === 'differs') return `Differs: ${claim.kinds.map((k) => KIND_LABEL[k]).join(', ')}`;
	const letter = claim.relation.slice('only-'.length);
	const source = sources.find((s) => sourceLetter(s) === letter);
	return `Only in ${source?.label ?? `report ${letter.toUpperCase()}`}`;
}

/** Short reference to a paragraph: "A6", "B10". */
export const paragraphRef = (source: SourceRef, n: number): string => `${sourceLetter(source).toUpperCase()}${n}`;

export interface ParagraphComparison {
	claim: string;
	question: string;
	/** "Report B says the same: B6", "Report B differs (figures): B10", "Only in this report". */
	text: string;
}

/** How each paragraph of one source compares with the other reports, by paragraph number. */
export function paragraphComparisons(
	claims: readonly Claim[],
	sourceId: string,
	sources: readonly SourceRef[],
): Map<number, ParagraphComparison[]> {
	const byParagraph = new Map<number, ParagraphComparison[]>();
	for (const claim of claims) {
		const own = [...new Set(claim.cells.filter((c) => c.source === sourceId).map((c) => c.paragraph))];
		if (own.length === 0) continue;
		const others = sources.filter((s) => s.id !== sourceId && claim.cells.some((c) => c.source === s.id));
		const refs = (s: SourceRef) =>
			[...new Set(claim.cells.filter((c) => c.source === s.id).map((c) => paragraphRef(s, c.paragraph)))].join(', ');
		const text =
			others.length === 0
				? 'Only in this report'
				: others
						.map((s) =>
							claim.relation === 'same'
								? `${s.label} says the same: ${refs(s)}`
								: `${s.label} differs (${claim.kinds.map((k) => KIND_LABEL[k]).join(', ')}): ${refs(s)}`,
						)
						.join('; ');
		for (const n of own)
			byParagraph.set(n, [...(byParagraph.get(n) ?? []), { claim: claim.id, question: claim.question, text }]);
	}
	return byParagraph;
}

/** `/exports/claims.json` (contracts.md, "Claim ledger"). */
export function claimsJson(claims: readonly Claim[], sources: readonly Pick<Source, 'id'>[]) {
	return {
		sources: sources.map((s) => s.id),
		claims: claims.map((c) => ({
			id: c.id,
			topic: c.topic,
			question: c.question,
			relation: c.relation,
			kinds: [...c.kinds],
			note: c.note,
			cells: c.cells.map(({ source, paragraph, quote, voice }) => ({ source, paragraph, quote, voice })),
		})),
	};
}

const csvField = (value: string | number): string => `"${String(value).replace(/"/g, '""')}"`;

/** `/exports/claims.csv`: one row per cell with the claim's fields repeated; UTF-8 with a BOM so spreadsheets read it. */
export function claimsCsv(claims: readonly Claim[]): string {
	const header = ['claim', 'topic', 'question', 'relation', 'kinds', 'note', 'source', 'paragraph', 'quote', 'voice'];
	const rows = claims.flatMap((c) =>
		c.cells.map((cell) => [
			c.id,
			c.topic,
			c.question,
			c.relation,
			c.kinds.join(' '),
			c.note,
			cell.source,
			cell.paragraph,
			cell.quote,
			cell.voice,
		]),
	);
	return `\uFEFF${[header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}
