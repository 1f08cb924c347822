// Adds a third source to a copy of the site, as README's "Adding a source" says: the report (a synthetic test fixture,
// tests/fixtures/report-c.txt), its entry in seeds/sources.yaml, a decision for every claim of the ledger (a cell
// from report C, or report C listed as silent), a claim for what only report C says, and a lesson citing it.
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/report-c.txt');

/** Replaces `from` in a file of the copy, failing loudly when the site has changed under the test. */
export function edit(dir: string, file: string, from: string | RegExp, to: string): void {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const changed = text.replace(from, to);
	if (changed === text) throw new Error(`fixture edit did not apply to ${file}: ${String(from)}`);
	writeFileSync(path, changed);
}

/** Step 1–2: the report in seeds/ and its entry in seeds/sources.yaml (short label C). */
export function addReportC(dir: string, { short = 'C' } = {}): void {
	copyFileSync(FIXTURE, join(dir, 'seeds/report-c.txt'));
	const sha256 = createHash('sha256').update(readFileSync(FIXTURE)).digest('hex');
	appendFileSync(
		join(dir, 'seeds/sources.yaml'),
		`  - id: report-c
    file: report-c.txt
    sha256: ${sha256}
    label: Report C
    short: ${short}
    title: { value: Karabakh fighters agree to a truce brokered by Russia, basis: Paragraph 2 is a headline. }
    outlet: { value: null, basis: A test fixture names no outlet. }
    byline: { value: null, basis: A test fixture names no author. }
    date: { value: 2023-09-20, reasoning: A test fixture; the date is assumed. }
    summary: A synthetic third report, written for the build tests.
    kinds: { 1: boilerplate, 2: headline }
`,
	);
}

/** The cells report C adds to existing claims, and the relation each claim then has. */
const REPORT_C_CELLS: Record<string, { relation: string; quote: string; paragraph: number; silent?: string }> = {
	// Only report A said it; report C says it too, report B is silent: "Same in Report A and Report C".
	blockade: { relation: 'same', paragraph: 3, quote: 'Azerbaijan had blockaded the region', silent: 'report-b' },
	// All three say it: "Same".
	'recognised-status': { relation: 'same', paragraph: 4, quote: 'internationally recognised as part of Azerbaijan' },
	// All three give it, differently: "Differs: …".
	talks: { relation: 'differs', paragraph: 5, quote: "Talks on the region's future were planned for Thursday" },
};

/** Step 3: every claim either quotes report C or lists it as silent; one new claim only report C makes. */
export function ledgerWithReportC(dir: string): void {
	const path = join(dir, 'src/content/claims.yaml');
	const blocks = readFileSync(path, 'utf8').split(/^(?=- id: )/m);
	const out = blocks.map((block) => {
		const id = /^- id: ([a-z0-9-]+)/.exec(block)?.[1];
		if (!id) return block;
		const c = REPORT_C_CELLS[id];
		if (!c) {
			return /^ {2}silent: \[/m.test(block)
				? block.replace(/^( {2}silent: \[[^\]]*)\]/m, '$1, report-c]')
				: block.replace(/^( {2}relation: .*\n)/m, '$1  silent: [report-c]\n');
		}
		return block
			.replace(
				/^ {2}relation: .*\n(?: {2}silent: .*\n)?/m,
				`  relation: ${c.relation}\n${c.silent ? `  silent: [${c.silent}]\n` : ''}`,
			)
			.replace(
				/^( {2}cells:\n)/m,
				`$1    - { source: report-c, paragraph: ${c.paragraph}, quote: "${c.quote}", voice: Report C }\n`,
			);
	});
	writeFileSync(
		path,
		`${out.join('').trimEnd()}

- id: peacekeepers-comment
  topic: ceasefire
  question: Did the peacekeepers comment on the truce?
  relation: only-c
  silent: [report-a, report-b]
  note: Only report C says a spokesman declined to comment.
  cells:
    - { source: report-c, paragraph: 6, quote: "A spokesman for the peacekeepers declined to comment", voice: Report C }
`,
	);
}

/** Step 4: a lesson cites report C (one sentence in lesson 1). */
export function lessonCitingReportC(dir: string): void {
	edit(
		dir,
		'src/content/docs/lessons/background.mdx',
		/^(Every sentence below that states a fact)/m,
		'A third report also mentions the blockade <Cite source="report-c" p={3} quote="had blockaded the region for months" />.\n\n$1',
	);
}

/** Step 5: lesson 5 lists what only report C says, and links to its page. */
export function lessonFiveWithReportC(dir: string): void {
	edit(
		dir,
		'src/content/docs/lessons/comparing-reports.mdx',
		/^(<ClaimList relation="only-b" \/>\n)/m,
		'$1\n**Only in [report C](../../sources/report-c/):**\n\n<ClaimList relation="only-c" />\n',
	);
}

/** Everything "Adding a source" asks for, done. */
export function addThirdSource(dir: string): void {
	addReportC(dir);
	ledgerWithReportC(dir);
	lessonCitingReportC(dir);
	lessonFiveWithReportC(dir);
}

/** Removing, step 1: the report's entry in seeds/sources.yaml and the file itself. */
export function removeReportC(dir: string): void {
	const path = join(dir, 'seeds/sources.yaml');
	const text = readFileSync(path, 'utf8');
	writeFileSync(path, text.slice(0, text.indexOf('  - id: report-c\n')));
	rmSync(join(dir, 'seeds/report-c.txt'));
}

/** Removing, step 2: every citation the build listed (ledger cells, the lesson's <Cite>); a claim left empty goes. */
export function removeReportCCitations(dir: string): void {
	const ledger = join(dir, 'src/content/claims.yaml');
	const text = readFileSync(ledger, 'utf8').replace(/^ {4}- \{ source: report-c,.*\n/gm, '');
	writeFileSync(ledger, `${text.slice(0, text.indexOf('- id: peacekeepers-comment')).trimEnd()}\n`);
	edit(dir, 'src/content/docs/lessons/background.mdx', /^A third report also mentions the blockade .*\n\n/m, '');
}

/** Removing, step 3: report C out of every `silent` list, the relations that no longer fit, the component naming it. */
export function removeReportCFromLedger(dir: string): void {
	const ledger = join(dir, 'src/content/claims.yaml');
	const text = readFileSync(ledger, 'utf8')
		.replace(/^ {2}silent: \[report-c\]\n/gm, '')
		.replace(/, report-c\]/g, ']')
		.replace(/(- id: blockade\n(?:.*\n)*? {2}relation: )same/, '$1only-a');
	writeFileSync(ledger, text);
	edit(dir, 'src/content/docs/lessons/comparing-reports.mdx', /^<ClaimList relation="only-c" \/>\n\n?/m, '');
}

/** Removing, step 4: the link to the report's page in lesson 5. */
export function removeReportCLinks(dir: string): void {
	edit(
		dir,
		'src/content/docs/lessons/comparing-reports.mdx',
		/^\*\*Only in \[report C\]\(\.\.\/\.\.\/sources\/report-c\/\):\*\*\n\n?/m,
		'',
	);
}
