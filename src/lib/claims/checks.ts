// The ledger's checks: each claim's own rules (quotes, a relation that fits its cells, every source either quoted or
// listed as silent) and the ledger as a whole (every body paragraph quoted by some claim).
import { fieldPath, type AuthorProblem } from '../site/author-error';
import { citationProblem } from '../sources/citations';
import { carriers, DIFFERENCE_KINDS, sourceLetter, type Claim, type SourceLike } from './ledger';

/** A problem inside one claim: `path` is where in the claim (e.g. ['cells', 1]). */
export interface ClaimProblem {
	path: (string | number)[];
	problem: string;
	fix: string;
}

/** Each source either quoted in the cells or listed under silent, never both, and only sources that exist. */
function accountProblems(claim: Claim, sources: readonly SourceLike[]): ClaimProblem[] {
	const problems: ClaimProblem[] = [];
	const quoted = new Set(claim.cells.map((c) => c.source));
	claim.silent.forEach((id, i) => {
		if (!sources.some((s) => s.id === id))
			problems.push({
				path: ['silent', i],
				problem: `"${id}" is not a source.`,
				fix: `list only source ids from seeds/sources.yaml: ${sources.map((s) => s.id).join(', ')}; a source that has been removed is listed nowhere (README, "Removing a source").`,
			});
		else if (quoted.has(id))
			problems.push({
				path: ['silent', i],
				problem: `${id} is listed as silent, but a cell quotes it.`,
				fix: `remove ${id} from silent, or remove its cell.`,
			});
	});
	for (const s of sources.filter((s) => !quoted.has(s.id) && !claim.silent.includes(s.id)))
		problems.push({
			path: claim.silent.length ? ['silent'] : ['cells'],
			problem: `the claim does not say whether ${s.label} (${s.id}) says it: each report is either quoted in the cells or listed under silent.`,
			fix: `read ${s.id} for this question: add a cell with its words ({ source: ${s.id}, paragraph: …, quote: "…", voice: … }, and make the relation fit), or add it to silent: [${[...claim.silent, s.id].join(', ')}].`,
		});
	return problems;
}

/** The relation against the reports that carry the claim: one for only-<short>, two or more for same and differs. */
function relationProblems(claim: Claim, sources: readonly SourceLike[]): ClaimProblem[] {
	const cited = carriers(claim, sources);
	const only = /^only-([a-z0-9]+)$/.exec(claim.relation)?.[1];
	const problems: ClaimProblem[] = [];
	const at = (problem: string, fix: string) => problems.push({ path: ['relation'], problem, fix });
	if (only) {
		const source = sources.find((s) => sourceLetter(s) === only);
		const others = cited.filter((s) => s !== source).map((s) => s.id);
		if (!source)
			at(
				`"${claim.relation}" names no report: no source's short label is "${only.toUpperCase()}".`,
				`use only-${sources.map(sourceLetter).join(', only-')}, same or differs.`,
			);
		else if (others.length)
			at(
				`the relation is "${claim.relation}" (only in ${source.label}) but the cells also quote ${others.join(', ')}.`,
				`quote only ${source.id} in this claim, or make the relation same or differs (among the reports quoted).`,
			);
	} else if (cited.length < 2) {
		at(
			`a "${claim.relation}" claim compares reports, but its cells quote only ${cited.map((s) => s.id).join(', ') || 'no report'}.`,
			`add a cell from another report, or make the relation only-${cited[0] ? sourceLetter(cited[0]) : 'a'}.`,
		);
	}
	if (claim.relation === 'differs' && claim.kinds.length === 0)
		problems.push({
			path: ['kinds'],
			problem: 'a "differs" claim must say how the reports differ.',
			fix: `list at least one kind: ${DIFFERENCE_KINDS.join(', ')}.`,
		});
	if (claim.relation !== 'differs' && claim.kinds.length > 0)
		problems.push({
			path: ['kinds'],
			problem: `kinds describe a difference, but the relation is "${claim.relation}".`,
			fix: 'remove kinds, or make the relation differs.',
		});
	return problems;
}

/** Everything wrong with one claim on its own: quotes, a relation that fits its cells, every source accounted for. */
export function claimProblems(claim: Claim, sources: readonly SourceLike[]): ClaimProblem[] {
	const quotes = claim.cells.flatMap((cell, i) => {
		const found = citationProblem(sources, { source: cell.source, p: cell.paragraph, quote: cell.quote });
		return found ? [{ path: ['cells', i], ...found }] : [];
	});
	return [...quotes, ...relationProblems(claim, sources), ...accountProblems(claim, sources)];
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

/** The claim quoting the paragraph nearest to `n` in the same source: where a new cell or claim most likely goes. */
function nearestClaim(claims: readonly Claim[], source: string, n: number) {
	const quoting = claims.flatMap((c) =>
		c.cells
			.filter((cell) => cell.source === source)
			.map((cell) => ({ claim: c, d: Math.abs(cell.paragraph - n), cell })),
	);
	return quoting.sort((a, b) => a.d - b.d)[0];
}

/** The whole ledger's problems: each claim's, and uncovered paragraphs (repeated ids: src/lib/site/duplicate-ids.ts). */
export function ledgerProblems(
	file: string,
	claims: readonly Claim[],
	sources: readonly SourceLike[],
): AuthorProblem[] {
	const problems: AuthorProblem[] = [];
	for (const claim of claims) {
		for (const p of claimProblems(claim, sources))
			problems.push({
				file,
				at: [{ id: claim.id }, ...p.path],
				field: `claim "${claim.id}" → ${fieldPath(p.path)}`,
				problem: p.problem,
				fix: p.fix,
			});
	}
	for (const gap of uncoveredParagraphs(claims, sources)) {
		const text = gap.text.length > 90 ? `${gap.text.slice(0, 90)}…` : gap.text;
		const near = nearestClaim(claims, gap.source, gap.paragraph);
		problems.push({
			file,
			at: near ? [{ id: near.claim.id }] : [],
			field: `${gap.source} paragraph ${gap.paragraph}${near ? ` (near claim "${near.claim.id}", which quotes paragraph ${near.cell.paragraph})` : ''}`,
			problem: `no claim quotes this body paragraph ("${text}"), so the comparison would be incomplete.`,
			fix: 'add it as a cell to the claim it speaks to, or add a claim for it (with the other reports listed under silent when they do not say it).',
		});
	}
	return problems;
}
