// Per-question results of one quiz: the share right, partial credit, the most common wrong answer in words, and a
// link to the paragraph that backs the answer.
import type { QuestionSummary } from '../../lib/results/aggregate';
import { h, table } from './dom';

const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

export function questionTable(title: string, summaries: readonly QuestionSummary[]): HTMLTableElement {
	return table(
		`${title}: results per question`,
		['Question', 'Right', 'Partly right', 'Average points', 'Most common wrong answer', 'Right answer', 'Evidence'],
		summaries.map((s) => [
			`${s.question.n}. ${short(s.question.prompt)}`,
			s.counted ? `${s.rightShare}% (${s.right} of ${s.counted})` : 'not counted (changed since)',
			s.counted ? String(s.partly) : '',
			s.counted ? `${s.averageShare}%` : '',
			s.commonWrong ? `${short(s.commonWrong.text)} (${s.commonWrong.count})` : s.counted ? 'none' : '',
			short(s.question.answer),
			s.question.evidence
				? h('a', { href: s.question.evidence }, `Evidence for question ${s.question.n}`)
				: 'none given',
		]),
		'question-table',
	);
}
