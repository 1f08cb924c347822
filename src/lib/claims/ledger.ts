// The claim ledger's vocabulary: what each report says on each question a reader might ask, quote beside quote,
// with who is speaking. Topics, kinds of difference, relations, their labels, and the shape of a claim.
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
	/** Source ids of the reports that do not say it; every other source is quoted in the cells. */
	silent: string[];
	cells: ClaimCell[];
}

/** What the ledger needs to know of a source: its id, its label ("Report A") and short label ("A"). */
export type SourceRef = Pick<Source, 'id' | 'label' | 'short'>;

export type SourceLike = SourceRef & Pick<Source, 'paragraphs'>;

/** The source's short label in lower case ("a"): what a relation such as `only-a` names. */
export const sourceLetter = (source: SourceRef): string => source.short.toLowerCase();

/** The reports that carry a claim (its cells quote them), in the order of `sources`. */
export const carriers = <S extends SourceRef>(claim: Pick<Claim, 'cells'>, sources: readonly S[]): S[] =>
	sources.filter((s) => claim.cells.some((c) => c.source === s.id));

/** "Report A and Report C", "Report A, Report B and Report C". */
export const labelList = (sources: readonly Pick<SourceRef, 'label'>[]): string =>
	sources.length < 2
		? (sources[0]?.label ?? '')
		: `${sources
				.slice(0, -1)
				.map((s) => s.label)
				.join(', ')} and ${sources.at(-1)!.label}`;

/**
 * "Same", "Differs: figures, who says it", "Only in Report A"; when some reports are silent, which ones carry it:
 * "Same in Report A and Report C", "Differs between Report A and Report C: figures".
 */
export function relationLabel(
	claim: Pick<Claim, 'relation' | 'kinds'> & Partial<Pick<Claim, 'cells'>>,
	sources: readonly SourceRef[],
): string {
	const carrying = claim.cells ? carriers({ cells: claim.cells }, sources) : sources;
	const among = carrying.length < sources.length ? labelList(carrying) : '';
	const kinds = claim.kinds.map((k) => KIND_LABEL[k]).join(', ');
	if (claim.relation === 'same') return among ? `Same in ${among}` : 'Same';
	if (claim.relation === 'differs') return among ? `Differs between ${among}: ${kinds}` : `Differs: ${kinds}`;
	const letter = claim.relation.slice('only-'.length);
	const source = sources.find((s) => sourceLetter(s) === letter);
	return `Only in ${source?.label ?? `report ${letter.toUpperCase()}`}`;
}

/** Short reference to a paragraph: "A6", "B10". */
export const paragraphRef = (source: SourceRef, n: number): string => `${sourceLetter(source).toUpperCase()}${n}`;
