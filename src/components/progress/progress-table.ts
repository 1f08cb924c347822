// <quiz-progress>: fills the progress table from what each quiz saved in this browser (lib/quiz/storage.ts): the last
// finished practice attempt (its first checks) and every handed-in test attempt with its receipt, to give again.
import { formatScore, LEGACY_KEY, parseSaved, storageKey, type Attempt, type QuizMode } from '../../lib/quiz/storage';
import { attemptReceipt, receiptText, type ReceiptInfo } from '../../lib/receipts/receipt';

const read = (key: string): string | null => {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null; // storage unavailable: nothing to show
	}
};
const when = (at: string) => new Date(at).toLocaleString();
const line = (a: Attempt) => `${formatScore(a.score)} of ${a.max}, ${when(a.at)}`;

/** One handed-in attempt: its score and time, and its receipt in a box that opens (read-only, to copy). */
function attemptItem(quiz: string, info: ReceiptInfo, attempt: Attempt, id: string): HTMLLIElement {
	const item = document.createElement('li');
	const details = document.createElement('details');
	const summary = document.createElement('summary');
	summary.textContent = `${line(attempt)}${attempt.name ? `, ${attempt.name}` : ''}: receipt`;
	const label = document.createElement('label');
	label.htmlFor = id;
	label.textContent = `Receipt for ${info.title}, handed in ${when(attempt.at)}`;
	const area = document.createElement('textarea');
	area.id = id;
	area.readOnly = true;
	area.rows = 3;
	area.value = receiptText(attemptReceipt(quiz, info, attempt), info.title, attempt.score, attempt.max);
	details.append(summary, label, area);
	item.append(details);
	return item;
}

class QuizProgress extends HTMLElement {
	connectedCallback(): void {
		document.querySelector<HTMLElement>('.no-js-note')?.setAttribute('hidden', '');
		for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-quiz-id]')) {
			const id = row.dataset['quizId']!;
			const ids = (row.dataset['questions'] ?? '').split(' ');
			const saved = (mode: QuizMode) =>
				parseSaved(read(storageKey(id, mode)) ?? (mode === 'practice' ? read(LEGACY_KEY(id)) : null), ids);
			const practice = saved('practice');
			const test = saved('test');
			const cell = (name: string) => row.querySelector<HTMLElement>(`.${name}`)!;
			const last = practice?.done.at(-1);
			if (last) cell('practice').textContent = line(last);
			else if (practice && Object.keys(practice.counted).length)
				cell('practice').textContent =
					`In progress: ${Object.keys(practice.counted).length} of ${row.dataset['graded']} checked`;
			const info = JSON.parse(row.dataset['receipt'] ?? 'null') as ReceiptInfo | null;
			if (test?.done.length && info) {
				const list = document.createElement('ul');
				test.done.forEach((a, n) => list.append(attemptItem(id, info, a, `${id}-attempt-${n}`)));
				cell('tests').replaceChildren(list);
			}
		}
	}
}
if (!customElements.get('quiz-progress')) customElements.define('quiz-progress', QuizProgress);
