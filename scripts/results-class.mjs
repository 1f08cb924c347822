// A class's receipts for the results benchmark (npm run bench:results): students hand in the shipped quizzes with
// realistic answers (most right, some wrong, a few blank), written with the real codec. Seeded, so runs compare.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { quizObject } from '../src/lib/quiz/question.ts';
import { encodeReceipt } from '../src/lib/receipts/codec.ts';
import { resultsQuiz } from '../src/lib/results/quiz-data.ts';

/** Every shipped quiz as the results page carries it. */
export function shippedQuizzes() {
	return readdirSync('src/content/quizzes')
		.filter((f) => f.endsWith('.yaml'))
		.map((f) => {
			const id = f.replace(/\.yaml$/, '');
			const data = quizObject.parse(parse(readFileSync(`src/content/quizzes/${f}`, 'utf8')));
			return { data, quiz: resultsQuiz(id, data, (path) => path) };
		})
		.sort((a, b) => a.data.order - b.data.order);
}

function random(seed) {
	let s = seed >>> 0;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/** One answer, right with probability `skill` (authored order: the key's own indices). */
function answerFor(q, rnd, skill) {
	const k = q.key;
	if (!k) return rnd() < 0.8 ? 'Both reports name the talks; report A adds the place.' : null;
	const right = rnd() < skill;
	if (rnd() < 0.03) return null;
	if (k.t === 'fill-in') return right ? q.answer : ['Armenpress', '1pm', 'Tuesday', '5,000'][Math.floor(rnd() * 4)];
	if (k.t === 'order') {
		const n = k.n;
		const positions = Array.from({ length: n }, (_, i) => i + 1);
		if (!right) [positions[0], positions[1]] = [positions[1], positions[0]];
		return positions;
	}
	if (k.t === 'match') return Array.from({ length: k.n }, (_, i) => (right ? i : (i + 1) % k.n));
	const wrong = q.choices.map((_, i) => i).filter((i) => !k.c.includes(i));
	if (right) return [...k.c];
	return [wrong[Math.floor(rnd() * wrong.length)] ?? 0];
}

/** `count` receipts (text as students give them), spread over the quizzes; a student's skill varies. */
export function classReceipts(quizzes, count = 200, seed = 42) {
	const rnd = random(seed);
	const texts = [];
	for (let n = 0; n < count; n++) {
		const { quiz } = quizzes[n % quizzes.length];
		const skill = 0.45 + rnd() * 0.5;
		const handedIn = Date.parse('2026-12-07T09:40:00Z') + Math.floor(rnd() * 3600) * 1000;
		const receipt = {
			quiz: quiz.id,
			build: quiz.build,
			mode: 'test',
			seed: 'class-4b',
			name: `Student ${String(n + 1).padStart(3, '0')} Petrosyan-Aliyeva`,
			started: handedIn - 15 * 60_000,
			handedIn,
			questions: quiz.questions.map((q) => ({
				id: q.id,
				hash: q.hash,
				answer: answerFor(q, rnd, skill),
				points: q.key ? 0 : null,
			})),
		};
		texts.push(`Karabakh ceasefire guide · ${quiz.title} · ${receipt.name} · 0 of 0\n${encodeReceipt(receipt)}\n`);
	}
	return texts;
}
