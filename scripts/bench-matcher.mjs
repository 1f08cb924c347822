// npm run bench:matcher — how long the fill-in matcher takes to judge one answer: every answer of the corpus
// (tests/unit/quiz/fixtures/fill-in-corpus.json) against its shipped question, many times over; prints the mean and
// the slowest. A figure, not a gate (the goal: well under 1 ms per answer).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { judge, matchKey } from '../src/lib/quiz/matching/match.ts';

const corpus = JSON.parse(readFileSync('tests/unit/quiz/fixtures/fill-in-corpus.json', 'utf8'));
const ROUNDS = 200;
let count = 0;
let slowest = { ms: 0, text: '' };
const started = performance.now();
for (const { quiz, id, answers } of corpus.questions) {
	const q = parse(readFileSync(`src/content/quizzes/${quiz}.yaml`, 'utf8')).questions.find((x) => x.id === id);
	const key = matchKey(q.kind, q.answers, { others: q.others, mislabels: q.mislabels, prompt: q.prompt });
	for (const { text } of answers) {
		const t0 = performance.now();
		for (let i = 0; i < ROUNDS; i++) judge(key, text);
		const ms = (performance.now() - t0) / ROUNDS;
		if (ms > slowest.ms) slowest = { ms, text };
		count++;
	}
}
const mean = (performance.now() - started) / (count * ROUNDS);
console.log(`fill-in matcher: ${count} answers × ${ROUNDS} rounds`);
console.log(
	`mean ${(mean * 1000).toFixed(1)} µs per answer; slowest ${(slowest.ms * 1000).toFixed(1)} µs ("${slowest.text}")`,
);
