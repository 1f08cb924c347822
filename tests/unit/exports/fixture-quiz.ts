// A quiz with every question type and awkward text, shared by the export unit tests.
import type { ExportedQuiz } from '../../../src/lib/exports/json';

export const labels = new Map([['report-a', 'Report A']]);
export const evidence = [{ source: 'report-a', paragraph: 3, quote: '1pm local time [09:00 GMT]' }];
export const quiz: ExportedQuiz = {
	id: 'fixture',
	title: 'Every type & <one> "quiz"',
	lesson: '/lessons/background/',
	page: '/quizzes/fixture/',
	questions: [
		{
			id: 'pick-one',
			type: 'single',
			prompt: 'Which?',
			explanation: 'Because.',
			evidence,
			options: [
				{ text: 'Right', correct: true },
				{ text: 'Wrong', correct: false, feedback: 'No: that is wrong.' },
				{ text: 'Also wrong', correct: false },
				{ text: 'Wrong too', correct: false },
			],
		},
		{
			id: 'pick-some',
			type: 'multiple',
			prompt: 'Which ones?',
			explanation: 'Because.',
			evidence,
			options: [
				{ text: 'A', correct: true },
				{ text: 'B', correct: true },
				{ text: 'C', correct: false },
			],
		},
		{
			id: 'true-or-not',
			type: 'true-false',
			prompt: 'Is it?',
			explanation: 'Yes.',
			evidence,
			options: [
				{ text: 'True', correct: true },
				{ text: 'False', correct: false },
			],
		},
		{
			id: 'when',
			type: 'fill-in',
			prompt: 'At what time GMT?',
			explanation: 'See the report.',
			evidence,
			answers: ['09:00', '9:00', '9am', '9 a.m.', "o'clock *"],
			kind: 'time',
			match: 'time',
		},
		{
			id: 'sequence',
			type: 'order',
			prompt: 'Order them.',
			explanation: 'In time.',
			evidence,
			items: ['first', 'second', 'third', 'fourth'],
		},
		{
			id: 'pairs',
			type: 'match',
			prompt: 'Match them.',
			explanation: 'So.',
			evidence,
			pairs: [
				{ left: 'a', right: 'A' },
				{ left: 'b', right: 'B' },
				{ left: 'c', right: 'C' },
			],
			distractors: ['spare'],
		},
		{ id: 'talk', type: 'discussion', prompt: 'Discuss it.', evidence, guidance: ['Point one.', 'Point two.'] },
		{
			id: 'how-many',
			type: 'fill-in',
			prompt: 'How many?',
			explanation: 'None, not one, zero.',
			evidence,
			answers: ['none', '0', 'zero', '0 states'],
			kind: 'number',
			match: 'number',
		},
		{
			id: 'three-of-five',
			type: 'multiple',
			prompt: 'Which three?',
			explanation: 'These.',
			evidence,
			options: [
				{ text: 'One', correct: true },
				{ text: 'Two', correct: false, feedback: 'Not two.' },
				{ text: 'Three', correct: true, feedback: 'Yes, three.' },
				{ text: 'Four', correct: false, feedback: 'Not four.' },
				{ text: 'Five', correct: true },
			],
		},
	],
};
