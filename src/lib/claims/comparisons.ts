// What a source page shows under each paragraph: the claims that quote it and how the other reports compare.
import { KIND_LABEL, labelList, paragraphRef, type Claim, type SourceRef } from './ledger';

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
		// With three reports or more, say which are silent: "Report C says the same: C2; not in Report B".
		const silent = sources.filter((s) => s.id !== sourceId && !others.includes(s));
		const text =
			others.length === 0
				? 'Only in this report'
				: [
						...others.map((s) =>
							claim.relation === 'same'
								? `${s.label} says the same: ${refs(s)}`
								: `${s.label} differs (${claim.kinds.map((k) => KIND_LABEL[k]).join(', ')}): ${refs(s)}`,
						),
						...(silent.length ? [`not in ${labelList(silent)}`] : []),
					].join('; ');
		for (const n of own)
			byParagraph.set(n, [...(byParagraph.get(n) ?? []), { claim: claim.id, question: claim.question, text }]);
	}
	return byParagraph;
}
