// The ledger's checks: each claim's own rules and the ledger as a whole (every body paragraph quoted by some claim).
import type { AuthorProblem } from '../site/author-error';
import { citationProblem } from '../sources/citations';
import { DIFFERENCE_KINDS, sourceLetter, type Claim, type SourceLike } from './ledger';

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
