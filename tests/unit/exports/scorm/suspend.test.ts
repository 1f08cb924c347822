import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../../src/lib/quiz/grading';
import { emptyQuiz, finishAttempt, type SavedQuiz } from '../../../../src/lib/quiz/storage';
import { readResolvedQuiz } from '../../../../src/loaders/quiz-bank';
import { decodeSuspend, encodeSuspend, MAX_TEXT, SUSPEND_LIMIT } from '../../../../src/lib/exports/scorm/suspend';

interface RawQuestion {
	id: string;
	type: string;
	options?: unknown[];
	items?: unknown[];
	pairs?: unknown[];
	distractors?: unknown[];
}
const dir = 'src/content/quizzes';
const quizzes = readdirSync(dir)
	.filter((f) => f.endsWith('.yaml'))
	.map((f) => ({
		id: f.replace(/\.yaml$/, ''),
		questions: (readResolvedQuiz(dir, f.replace(/\.yaml$/, '')) as unknown as { questions: RawQuestion[] }).questions,
	}));

/** The longest answer each question can hold: every option ticked, a full text box of characters JSON must escape. */
function longestAnswer(q: RawQuestion): Response {
	const n = (q.options ?? q.items ?? q.pairs ?? []).length;
	switch (q.type) {
		case 'fill-in':
		case 'discussion':
			return '"\\ Ä€'.repeat(MAX_TEXT).slice(0, MAX_TEXT);
		case 'true-false':
			return [1];
		case 'single':
			return [n - 1];
		case 'order':
			return Array.from({ length: n }, (_, i) => n - i);
		case 'match':
			return Array.from({ length: n }, () => n + (q.distractors?.length ?? 0) - 1);
		default:
			return Array.from({ length: n }, (_, i) => i);
	}
}

/** A handed-in attempt with the longest answer to every question, written answers included, and a long name. */
function handedIn(questions: RawQuestion[]): { saved: SavedQuiz; ids: string[]; graded: string[] } {
	const ids = questions.map((q) => q.id);
	const graded = questions.filter((q) => q.type !== 'discussion').map((q) => q.id);
	const saved = { ...emptyQuiz('s'.repeat(100)), name: 'Ä'.repeat(100) };
	for (const q of questions) saved.answers[q.id] = longestAnswer(q);
	for (const id of graded) saved.counted[id] = 0.333;
	return { saved: finishAttempt(saved, graded, new Date(0), true), ids, graded };
}

describe('suspend_data', () => {
	it.each(quizzes)(
		'$id: the longest plausible handed-in attempt fits in 4,096 characters and comes back locked, unchanged',
		({ questions }) => {
			const { saved, ids, graded } = handedIn(questions);
			const text = encodeSuspend(saved, ids);
			expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
			const back = decodeSuspend(text, ids, graded)!;
			expect(back.locked).toBe(true);
			expect(back.name).toBe(saved.name);
			expect(back.done).toEqual([{ ...saved.done[0], answers: back.answers }]);
			expect(back.done[0]!.points).toEqual(saved.done[0]!.points);
			expect(back.done[0]!.answers).toEqual(saved.done[0]!.answers);
		},
	);

	it('an attempt still open comes back open, with its answers and nothing counted', () => {
		const ids = ['a', 'b'];
		const saved = { ...emptyQuiz('1'), answers: { a: [1], b: 'notes' } };
		expect(decodeSuspend(encodeSuspend(saved, ids), ids, ['a'])).toEqual(saved);
	});

	it('shortens only long texts, and always fits, even for a quiz far longer than any shipped', () => {
		const ids = Array.from({ length: 40 }, (_, i) => `question-number-${i}`);
		const saved = emptyQuiz('seed');
		for (const id of ids) saved.answers[id] = 'x'.repeat(1000);
		const text = encodeSuspend(saved, ids);
		expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		const back = decodeSuspend(text, ids, ids)!;
		expect(back.seed).toBe('seed');
		expect(Object.keys(back.answers)).toEqual(ids);
	});

	it('drops empty, corrupt or foreign data instead of misreading it', () => {
		const ids = ['a', 'b'];
		const text = encodeSuspend({ ...emptyQuiz('1'), answers: { a: [1] }, counted: { a: 1 } }, ids);
		expect(decodeSuspend(text, ids, ids)?.answers).toEqual({ a: [1] });
		expect(decodeSuspend('', ids, ids)).toBeNull();
		expect(decodeSuspend('{"v":1}', ids, ids)).toBeNull();
		expect(decodeSuspend('["s1","x","seed",0,0,[]]', ids, ids)).toBeNull(); // the format before test mode
		expect(decodeSuspend(text, ['b', 'a'], ids)).toBeNull(); // another package's questions: indices would mean others
		expect(decodeSuspend(text.replace('[[0,1000,[1]]]', '[[7,1,[1]],[0,"x",{"y":1}]]'), ids, ids)).toEqual({
			...emptyQuiz('1'),
		});
	});
});
