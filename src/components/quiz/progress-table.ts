// <quiz-progress>: fills the progress table from what each quiz saved in this browser (see quiz-storage.ts).
import { parseSaved, storageKey } from '../../lib/quiz/storage';

class QuizProgress extends HTMLElement {
	connectedCallback(): void {
		document.querySelector<HTMLElement>('.no-js-note')?.setAttribute('hidden', '');
		for (const row of this.querySelectorAll<HTMLTableRowElement>('tr[data-quiz-id]')) {
			let raw: string | null = null;
			try {
				raw = window.localStorage.getItem(storageKey(row.dataset['quizId']!));
			} catch {
				/* storage unavailable: nothing to show */
			}
			const saved = parseSaved(raw, (row.dataset['questions'] ?? '').split(' '));
			const best = row.querySelector('.best')!;
			const last = row.querySelector('.last')!;
			if (saved?.best) best.textContent = `${saved.best.correct} of ${saved.best.total}`;
			else if (saved && Object.keys(saved.results).length)
				best.textContent = `In progress: ${Object.keys(saved.results).length} checked`;
			if (saved?.last) {
				const when = new Date(saved.last.at);
				last.textContent = `${saved.last.correct} of ${saved.last.total}, ${Number.isNaN(when.getTime()) ? '' : when.toLocaleString()}`;
			}
		}
	}
}
if (!customElements.get('quiz-progress')) customElements.define('quiz-progress', QuizProgress);
