// npm run bench:scale — how build cost grows with content: for N = 10, 50, 200, a throw-away copy of the site gets
// N synthetic sources, N lessons (6 citations each) and N quizzes (8 questions each), is built, and we print the
// build time, the page count, dist/ size and the Pagefind index size. `--sizes 10,50` picks other Ns.
import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture } from '../tests/support/fixture-site.ts';

const sizesArg = process.argv.indexOf('--sizes');
const SIZES = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [10, 50, 200];
const template = readFileSync('seeds/report-b.txt', 'utf8');

function addContent(dir, n) {
	for (let i = 1; i <= n; i++) {
		const id = `synthetic-${i}`;
		const text = `Synthetic report ${i}\n\n${template.replaceAll('Nagorno-Karabakh', `Region ${i}`)}`;
		writeFileSync(join(dir, 'seeds', `${id}.txt`), text);
		const sha = createHash('sha256').update(text).digest('hex');
		appendFileSync(
			join(dir, 'seeds/sources.yaml'),
			`  - id: ${id}\n    file: ${id}.txt\n    sha256: ${sha}\n    label: Synthetic ${i}\n    short: S${i % 1000}\n` +
				`    title: { value: Synthetic report ${i}, basis: line 1 }\n    outlet: { value: null, basis: none }\n` +
				`    byline: { value: null, basis: none }\n    date: { value: 2023-09-20, reasoning: synthetic }\n    summary: Synthetic report ${i}.\n`,
		);
		const cites = [6, 7, 8, 9, 10, 13].map((p) => `Fact ${p} <Cite source="${id}" p={${p}} />.`).join('\n\n');
		writeFileSync(
			join(dir, 'src/content/docs/lessons', `${id}.mdx`),
			`---\ntitle: Synthetic lesson ${i}\ndescription: A generated lesson for the scale benchmark number ${i}.\n---\n\nimport Cite from '../../../components/sources/Cite.astro';\nimport CitedParagraphs from '../../../components/sources/CitedParagraphs.astro';\n\n${cites}\n\n## Sources cited\n\n<CitedParagraphs />\n`,
		);
		const questions = Array.from({ length: 8 }, (_, q) =>
			[
				`  - id: q${q}`,
				`    type: ${['single', 'true-false', 'fill-in', 'order'][q % 4]}`,
				`    prompt: Synthetic question ${q} of quiz ${i}?`,
				q % 4 === 0 ? '    options: [{ text: Right, correct: true }, { text: Wrong }]' : '',
				q % 4 === 1 ? '    answer: true' : '',
				q % 4 === 2 ? '    answers: [Yes]' : '',
				q % 4 === 3 ? '    items: [one, two, three]' : '',
				'    explanation: Because the report says so.',
				`    evidence: [{ source: ${id}, paragraph: 11, quote: "According to Karabakh officials" }]`,
			]
				.filter(Boolean)
				.join('\n'),
		).join('\n');
		writeFileSync(
			join(dir, 'src/content/quizzes', `${id}.yaml`),
			`title: Synthetic quiz ${i}\nlesson: ${id}\norder: ${100 + i}\nquestions:\n${questions}\n`,
		);
	}
}

const sizeOf = (dir) =>
	readdirSync(dir, { recursive: true }).reduce(
		(sum, f) => sum + (statSync(join(dir, String(f))).isFile() ? statSync(join(dir, String(f))).size : 0),
		0,
	);
const rows = [];
for (const n of SIZES) {
	let figures = {};
	const t0 = Date.now();
	const { status, output } = buildFixture(
		(dir) => addContent(dir, n),
		(dir) => {
			const dist = join(dir, 'dist');
			figures = { distMB: sizeOf(dist) / 1024 / 1024, indexMB: sizeOf(join(dist, 'pagefind')) / 1024 / 1024 };
		},
	);
	const seconds = (Date.now() - t0) / 1000;
	if (status !== 0) throw new Error(`build with N=${n} failed:\n${output.slice(-2000)}`);
	const pages = Number(/(\d+) page\(s\) built/.exec(output)?.[1] ?? 0);
	rows.push({ n, seconds, pages, distMB: figures.distMB, indexMB: figures.indexMB });
	console.log(
		`N=${n}: ${pages} pages in ${seconds.toFixed(1)} s, dist ${figures.distMB.toFixed(1)} MB, search index ${figures.indexMB.toFixed(2)} MB`,
	);
}
const results = JSON.parse(readFileSync('bench/results.json', 'utf8').toString() || '{}');
writeFileSync('bench/results.json', `${JSON.stringify({ ...results, scale: rows }, null, 2)}\n`);
const table = [
	'| N (sources, lessons, quizzes each) | pages | build | dist/ | search index |',
	'| --- | --- | --- | --- | --- |',
	...rows.map(
		(r) =>
			`| ${r.n} | ${r.pages} | ${r.seconds.toFixed(1)} s | ${r.distMB.toFixed(1)} MB | ${r.indexMB.toFixed(2)} MB |`,
	),
].join('\n');
const readme = readFileSync('bench/README.md', 'utf8');
writeFileSync(
	'bench/README.md',
	readme.replace(/<!-- scale -->[\s\S]*<!-- \/scale -->/, `<!-- scale -->\n${table}\n<!-- /scale -->`),
);
