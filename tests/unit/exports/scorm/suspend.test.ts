import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Response } from '../../../../src/lib/quiz/grading';
import { emptyQuiz, type SavedQuiz } from '../../../../src/lib/quiz/storage';
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
		questions: (parse(readFileSync(`${dir}/${f}`, 'utf8')) as { questions: RawQuestion[] }).questions.filter(
			(q) => q.type !== 'discussion',
		),
	}));

/** The longest answer each question can hold: every option ticked, a full text box of characters JSON must escape. */
function longestAnswer(q: RawQuestion): Response {
	const n = (q.options ?? q.items ?? q.pairs ?? []).length;
	switch (q.type) {
		case 'fill-in':
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

function fullQuiz(questions: RawQuestion[]): SavedQuiz {
	const saved = emptyQuiz('s'.repeat(100));
	for (const q of questions) {
		saved.answers[q.id] = longestAnswer(q);
		saved.results[q.id] = false;
	}
	return {
		...saved,
		best: { correct: 99, total: 99 },
		last: { correct: 99, total: 99, at: new Date(0).toISOString() },
	};
}

describe('suspend_data', () => {
	it.each(quizzes)(
		'$id: the longest plausible attempt fits in 4,096 characters and comes back unchanged',
		({ questions }) => {
			const ids = questions.map((q) => q.id);
			const saved = fullQuiz(questions);
			const text = encodeSuspend(saved, ids);
			expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
			expect(decodeSuspend(text, ids)).toEqual(saved);
		},
	);

	it('shortens only long texts, and always fits, even for a quiz far longer than any shipped', () => {
		const ids = Array.from({ length: 40 }, (_, i) => `question-number-${i}`);
		const saved = emptyQuiz('seed');
		for (const id of ids) saved.answers[id] = 'x'.repeat(1000);
		const text = encodeSuspend(saved, ids);
		expect(text.length).toBeLessThanOrEqual(SUSPEND_LIMIT);
		const back = decodeSuspend(text, ids)!;
		expect(back.seed).toBe('seed');
		expect(Object.keys(back.answers)).toEqual(ids);
	});

	it('drops empty, corrupt or foreign data instead of misreading it', () => {
		const ids = ['a', 'b'];
		const text = encodeSuspend({ ...emptyQuiz('1'), answers: { a: [1] }, results: { a: true } }, ids);
		expect(decodeSuspend(text, ids)?.answers).toEqual({ a: [1] });
		expect(decodeSuspend('', ids)).toBeNull();
		expect(decodeSuspend('{"v":1}', ids)).toBeNull();
		expect(decodeSuspend(text, ['b', 'a'])).toBeNull(); // another package's questions: indices would mean others
		expect(decodeSuspend(text.replace('[[0,1,[1]]]', '[[7,1,[1]],[0,"x",{"y":1}]]'), ids)).toEqual({
			...emptyQuiz('1'),
		});
	});
});
