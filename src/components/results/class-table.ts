// The class table of one quiz: a row per attempt (name, quiz, "X of M", handed in, notes), sorted by column header
// buttons a keyboard reaches, the column's order in aria-sort.
import { formatScore } from '../../lib/quiz/storage';
import { receiptDate } from '../../lib/receipts/receipt';
import { flags, type ClassAttempt } from '../../lib/results/collect';
import { h } from './dom';

interface Column {
	label: string;
	value: (a: ClassAttempt) => string | number;
	cell: (a: ClassAttempt) => string;
}
const COLUMNS: Column[] = [
	{
		label: 'Name',
		value: (a) => a.receipt.name.trim().toLocaleLowerCase(),
		cell: (a) => a.receipt.name.trim() || '(no name given)',
	},
	{ label: 'Quiz', value: (a) => a.quiz.title, cell: (a) => a.quiz.title },
	{ label: 'Score', value: (a) => (a.max ? a.score / a.max : 0), cell: (a) => `${formatScore(a.score)} of ${a.max}` },
	{ label: 'Handed in', value: (a) => a.receipt.handedIn, cell: (a) => receiptDate(a.receipt.handedIn) },
];

export function classTable(title: string, attempts: readonly ClassAttempt[]): HTMLTableElement {
	const body = h('tbody');
	const headers = COLUMNS.map(() => h('th', { scope: 'col' }));
	const notes = h('th', { scope: 'col' }, 'Notes');
	let sorted = { index: -1, ascending: true };
	const fill = (rows: readonly ClassAttempt[]) =>
		body.replaceChildren(
			...rows.map((a) => {
				const noted = flags(a);
				return h(
					'tr',
					{ class: noted.length ? 'flagged' : undefined },
					h('th', { scope: 'row' }, COLUMNS[0]!.cell(a)),
					COLUMNS.slice(1).map((c) => h('td', {}, c.cell(a))),
					h(
						'td',
						{},
						noted.length
							? h(
									'ul',
									{},
									noted.map((n) => h('li', {}, n)),
								)
							: '',
					),
				);
			}),
		);
	const sortBy = (index: number) => {
		const ascending = sorted.index === index ? !sorted.ascending : index !== 2; // scores: highest first
		sorted = { index, ascending };
		const { value } = COLUMNS[index]!;
		fill(
			[...attempts].sort((a, b) => {
				const [x, y] = [value(a), value(b)];
				const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
				return ascending ? order : -order;
			}),
		);
		headers.forEach((th, i) => {
			if (i === index) th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
			else th.removeAttribute('aria-sort');
		});
	};
	COLUMNS.forEach((column, i) => {
		const button = h('button', { type: 'button', class: 'sort' }, column.label);
		button.addEventListener('click', () => sortBy(i));
		headers[i]!.append(button);
	});
	fill(attempts);
	return h(
		'table',
		{ class: 'class-table' },
		h(
			'caption',
			{},
			`${title}: ${attempts.length} attempt${attempts.length === 1 ? '' : 's'} (sort by a column's button)`,
		),
		h('thead', {}, h('tr', {}, headers, notes)),
		body,
	);
}
