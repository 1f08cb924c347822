// npm run bench:results — the class results page's budget (200 receipts read and shown in under 1 second): makes 200
// realistic receipts with the real codec (scripts/results-class.mjs), times reading them (pasted, as .txt files in a
// .zip, as a .csv), decoding, marking and the class's figures in Node; then, if dist/ and Chromium are there, the
// page itself, from paste to the tables shown. Prints figures; it does not fail. Also the receipts' sizes.
import { existsSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { chromium } from 'playwright-core';
import { judge } from '../src/lib/quiz/matching/match.ts';
import { summariseQuestions } from '../src/lib/results/aggregate.ts';
import { collect } from '../src/lib/results/collect.ts';
import { attemptsCsv } from '../src/lib/results/csv.ts';
import { readFile, readPaste } from '../src/lib/results/readers.ts';
import { CHROMIUM_ARGS, findChromium } from '../tests/support/chromium.ts';
import { serveStatic } from '../tests/support/static-server.ts';
import { classReceipts, shippedQuizzes } from './results-class.mjs';

const shipped = shippedQuizzes();
const quizzes = shipped.map((s) => s.quiz);
const texts = classReceipts(shipped, 200);
const pasted = texts.join('\n');
const zip = zipSync(Object.fromEntries(texts.map((t, i) => [`Class/Student ${i + 1}/receipt.txt`, strToU8(t)])));
const csv = ['Timestamp,Name,Receipt', ...texts.map((t, i) => `2026/12/07,S${i},"${t.trim()}"`)].join('\n');

const time = (label, run, rounds = 10) => {
	run();
	const t0 = performance.now();
	let out;
	for (let i = 0; i < rounds; i++) out = run();
	console.log(`${label.padEnd(46)} ${((performance.now() - t0) / rounds).toFixed(1).padStart(7)} ms`);
	return out;
};
const everything = (reading) => {
	const { groups } = collect(reading.found, quizzes, judge);
	for (const g of groups) {
		summariseQuestions(g.attempts);
		attemptsCsv(g.attempts);
	}
	return groups;
};

const sizes = texts.map((t) => ({ quiz: t.split(' · ')[1], bytes: t.split('\n')[1].length }));
const byQuiz = Object.entries(Object.groupBy(sizes, (s) => s.quiz)).map(([quiz, s]) => [
	quiz,
	Math.max(...s.map((x) => x.bytes)),
]);
byQuiz.sort((a, b) => a[1] - b[1]);
console.log(
	`receipt code lines (characters): shortest quiz ${byQuiz[0][0]} ${byQuiz[0][1]}, longest ${byQuiz.at(-1)[0]} ${byQuiz.at(-1)[1]}`,
);
console.log(
	`200 receipts: pasted ${(pasted.length / 1024).toFixed(0)} KB, zip ${(zip.length / 1024).toFixed(0)} KB, csv ${(csv.length / 1024).toFixed(0)} KB\n`,
);
time('read the paste (find 200 codes)', () => readPaste(pasted));
time('read a .zip of 200 .txt files', () => readFile('class.zip', zip));
time('read a .csv of 200 rows', () => readFile('responses.csv', strToU8(csv)));
// Decoding is cached by code (the page reads everything again on each change), so time it once, cold.
const t0 = performance.now();
const groups = everything(readPaste(pasted));
console.log(
	`${'paste → decode, mark, figures, CSV (first time)'.padEnd(46)} ${(performance.now() - t0).toFixed(1).padStart(7)} ms`,
);
time('the same again (codes already decoded)', () => everything(readPaste(pasted)));
console.log(`\n${groups.reduce((n, g) => n + g.attempts.length, 0)} attempts in ${groups.length} quizzes`);

const executablePath = findChromium();
if (!existsSync('dist/teachers/results/index.html') || !executablePath) {
	console.log('page: skipped (needs a build in dist/ and Chromium)');
} else {
	const site = await serveStatic('dist');
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	try {
		const runs = [];
		for (let i = 0; i < 3; i++) {
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			await page.goto(site.url('/teachers/results/'));
			await page.locator('class-results[data-ready]').waitFor();
			const ms = await page.evaluate(async (text) => {
				const box = document.querySelector('#results-paste');
				const t0 = performance.now();
				box.value = text;
				box.dispatchEvent(new Event('input'));
				while (!/^200 attempts/.test(document.querySelector('.results-status').textContent))
					await new Promise((r) => setTimeout(r, 5));
				await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
				return performance.now() - t0 - 200; // less the text box's 200 ms pause after typing
			}, pasted);
			runs.push(ms);
			await context.close();
		}
		console.log(`page: 200 receipts pasted → tables shown: ${runs.map((x) => x.toFixed(0)).join(', ')} ms (3 runs)`);
	} finally {
		await browser.close();
		await site.stop();
	}
}
