// One quiz's results on the page: its heading, the class's average, "Download CSV", the class table, the per-question
// results and the score chart.
import { formatScore } from '../../lib/quiz/storage';
import { classAverage, summariseQuestions } from '../../lib/results/aggregate';
import type { ClassAttempt } from '../../lib/results/collect';
import { attemptsCsv } from '../../lib/results/csv';
import type { ResultsQuiz } from '../../lib/results/types';
import { classTable } from './class-table';
import { h } from './dom';
import { questionTable } from './question-table';
import { scoreChart } from './score-chart';

/**
 * A download link for some text, as a data: URL: Chromium checks a click on a blob: link against the CSP's
 * connect-src ('self') and logs a violation; a data: link downloads quietly, and needs nothing released.
 */
const downloadLink = (text: string, name: string, label: string): HTMLAnchorElement =>
	h('a', { href: `data:text/csv;charset=utf-8,${encodeURIComponent(text)}`, download: name, class: 'download' }, label);

export function quizGroup(quiz: ResultsQuiz, attempts: readonly ClassAttempt[]): HTMLElement {
	const id = `results-${quiz.id}`;
	const average = classAverage(attempts);
	return h(
		'section',
		{ class: 'quiz-results', 'aria-labelledby': id },
		h('h2', { id }, quiz.title),
		h(
			'p',
			{},
			`${attempts.length} attempt${attempts.length === 1 ? '' : 's'}; average ${formatScore(average.mean)} of ${average.max}, median ${formatScore(average.median)}. `,
			downloadLink(attemptsCsv(attempts), `class-results-${quiz.id}.csv`, `Download CSV of ${quiz.title}`),
			' (one row per attempt, a column per question with its points, for a spreadsheet or a gradebook).',
		),
		h('h3', {}, 'Class'),
		h('div', { class: 'table-wrap' }, classTable(quiz.title, attempts)),
		h('h3', {}, 'Questions'),
		h('div', { class: 'table-wrap' }, questionTable(quiz.title, summariseQuestions(attempts))),
		h('h3', {}, 'Scores'),
		scoreChart(quiz.title, attempts),
	);
}
