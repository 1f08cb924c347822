// The built exports against contracts.md ("Quiz export"), read straight from dist/.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const dist = (path: string) => `${process.env.OUT_DIR ?? 'dist'}${path}`;
const readJson = (path: string) => JSON.parse(readFileSync(dist(path), 'utf8'));
const quizIds = readdirSync('src/content/quizzes')
	.map((f) => f.replace(/\.yaml$/, ''))
	.sort();

describe('/exports/index.json', () => {
	it('lists every quiz with its page and export paths, each of which exists', () => {
		const index = readJson('/exports/index.json');
		expect(index.quizzes.map((q: { id: string }) => q.id).sort()).toEqual(quizIds);
		for (const entry of index.quizzes) {
			expect(entry).toMatchObject({
				page: `/quizzes/${entry.id}/`,
				json: `/exports/${entry.id}.json`,
				title: expect.any(String),
			});
			for (const key of ['page', 'json', 'gift', 'qti'] as const) {
				if (entry[key] === undefined) continue;
				const path = key === 'page' ? `${entry[key]}index.html` : entry[key];
				expect(() => readFileSync(dist(path)), `${entry.id} ${key}`).not.toThrow();
			}
		}
	});
});

describe('/exports/<id>.json', () => {
	const TYPES = ['single', 'multiple', 'true-false', 'fill-in', 'order', 'match', 'discussion'];
	for (const id of quizIds) {
		it(`${id}: has the contract's shape, at least 8 questions and 3 types`, () => {
			const quiz = readJson(`/exports/${id}.json`);
			expect(quiz).toMatchObject({ id, title: expect.any(String), page: `/quizzes/${id}/` });
			expect(quiz.lesson === null || /^\/lessons\/[a-z-]+\/$/.test(quiz.lesson)).toBe(true);
			expect(quiz.questions.length).toBeGreaterThanOrEqual(8);
			expect(new Set(quiz.questions.map((q: { type: string }) => q.type)).size).toBeGreaterThanOrEqual(3);
			for (const q of quiz.questions) {
				expect(TYPES).toContain(q.type);
				expect(q).toMatchObject({ id: expect.any(String), prompt: expect.any(String), evidence: expect.any(Array) });
				if (q.type !== 'discussion') {
					expect(q.explanation, q.id).toEqual(expect.any(String));
					expect(q.evidence.length, q.id).toBeGreaterThanOrEqual(1);
				}
				for (const e of q.evidence)
					expect(e).toEqual({ source: expect.any(String), paragraph: expect.any(Number), quote: expect.any(String) });
				if (q.type === 'single' || q.type === 'true-false')
					expect(q.options.filter((o: { correct: boolean }) => o.correct)).toHaveLength(1);
				if (q.type === 'true-false') expect(q.options.map((o: { text: string }) => o.text)).toEqual(['True', 'False']);
				if (q.type === 'multiple') expect(q.options.some((o: { correct: boolean }) => o.correct)).toBe(true);
				if (q.type === 'fill-in') expect(q.answers.length).toBeGreaterThanOrEqual(1);
				if (q.type === 'order') expect(q.items.length).toBeGreaterThanOrEqual(3);
				if (q.type === 'match') expect(q.pairs.length).toBeGreaterThanOrEqual(2);
				if (q.type === 'discussion') expect(q.guidance.length).toBeGreaterThanOrEqual(1);
			}
		});
	}

	it('all seven question types are used across the quizzes', () => {
		const types = new Set(
			quizIds.flatMap((id) => readJson(`/exports/${id}.json`).questions.map((q: { type: string }) => q.type)),
		);
		expect([...types].sort()).toEqual([...TYPES].sort());
	});
});
