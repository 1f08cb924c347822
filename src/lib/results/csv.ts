// "Download CSV": one row per attempt and a column per question (its points, 0 to 1), for a spreadsheet or a
// gradebook. Cells are quoted when they need it, and a cell a spreadsheet would run as a formula is defused.
import { formatScore } from '../quiz/storage';
import { flags, type ClassAttempt } from './collect';

/** One CSV cell: quoted when it holds a comma, a quote or a line break; "=…", "+…", "-…", "@…" get a leading '. */
export function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const iso = (ms: number) => (ms ? new Date(ms).toISOString().slice(0, 19).replace('T', ' ') : '');

/** The CSV of some attempts of one quiz: a header row, then a row per attempt; lines end with CRLF (RFC 4180). */
export function attemptsCsv(attempts: readonly ClassAttempt[]): string {
	const questions = attempts[0]?.quiz.questions.filter((q) => q.key) ?? [];
	const header = [
		'Name',
		'Quiz',
		'Score',
		'Out of',
		'Handed in (UTC)',
		'Started (UTC)',
		'Seed',
		'Notes',
		...questions.map((q) => `Q${q.n} ${q.id}`),
	];
	const rows = attempts.map((a) => {
		const points = new Map(a.results.map((r) => [r.question.id, r.points]));
		return [
			a.receipt.name.trim(),
			a.quiz.title,
			formatScore(a.score),
			a.max,
			iso(a.receipt.handedIn),
			iso(a.receipt.started),
			a.receipt.seed,
			flags(a).join('; '),
			...questions.map((q) => {
				const p = points.get(q.id);
				return p === null || p === undefined ? '' : String(Math.round(p * 100) / 100);
			}),
		];
	});
	return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
