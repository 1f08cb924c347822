import { describe, expect, it } from 'vitest';
import { resolveReferences } from '../../../src/lib/quiz/references';

// Questions listed by reference (from: <quiz-id>/<question-id>) become the question they name, marked with `from`.
const question = { id: 'who-proposed', type: 'single', prompt: 'Who proposed it?', options: [] };
const bank = new Map<string, Record<string, unknown>>([
	['background', { title: 'Background', questions: [question, { id: 'other', type: 'discussion' }] }],
	['route', { title: 'Route', questions: [{ from: 'background/other' }] }],
]);
const file = 'src/content/quizzes/route.yaml';
const resolve = (questions: unknown[]) => resolveReferences(file, { title: 'Route', questions }, bank);

describe('questions listed by reference', () => {
	it('puts the referenced question in place, keeping its id, and marks where it came from', () => {
		const { data, problems } = resolve([{ from: 'background/who-proposed' }, { id: 'own', type: 'discussion' }]);
		expect(problems).toEqual([]);
		expect(data['questions']).toEqual([
			{ ...question, from: 'background/who-proposed' },
			{ id: 'own', type: 'discussion' },
		]);
	});

	it('takes a new id beside from:, for two referenced questions that share one', () => {
		const { data } = resolve([{ from: 'background/who-proposed', id: 'bg-who-proposed' }]);
		expect((data['questions'] as { id: string }[])[0]!.id).toBe('bg-who-proposed');
	});

	it('leaves a quiz without references untouched', () => {
		const quiz = { title: 'Plain', questions: [question] };
		expect(resolveReferences(file, quiz, bank)).toEqual({ data: quiz, problems: [] });
	});

	it.each([
		[{ from: 'nowhere/who-proposed' }, 'there is no quiz "nowhere".', /background, route/],
		[{ from: 'background/nobody' }, 'quiz "background" has no question "nobody".', /who-proposed, other/],
		[{ from: 'background' }, 'from: "background" is not a reference to a question.', /<quiz-id>\/<question-id>/],
		[{ from: 'route/x' }, 'quiz "route" has no question "x".', /use one of its question ids/],
		[{ from: 'background/who-proposed', prompt: 'Edited' }, 'other fields too: prompt.', /edit the question itself/],
	])('names the file, the field, what is wrong and the fix: %j', (item, problem, fix) => {
		const { problems } = resolve([{ id: 'own', type: 'discussion' }, item]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file, at: ['questions', 1, 'from'] });
		expect(problems[0]!.problem).toContain(problem);
		expect(problems[0]!.fix).toMatch(fix);
	});

	it('refuses a reference to a reference, and says where the question is written', () => {
		const chained = new Map([...bank, ['route', { questions: [{ id: 'other', from: 'background/other' }] }]]);
		const { problems } = resolveReferences(file, { questions: [{ from: 'route/other' }] }, chained);
		expect(problems[0]!.problem).toContain('is itself a reference');
		expect(problems[0]!.fix).toContain('from: background/other');
	});
});
