// <quiz-progress>: fills the progress table from what each quiz saved in this browser (lib/quiz/storage.ts): the last
// finished practice attempt (its first checks) and every handed-in test attempt, each scored as the quiz scored it.
import { formatScore } from '../../lib/quiz/storage';
import { LEGACY_KEY, parseSaved, storageKey, type Attempt, type QuizMode } from '../../lib/quiz/storage';

const read = (key: string): string | null => {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null; // storage unavailable: nothing to show
	}
};
const when = (at: string) => new Date(at).toLocaleString();
const line = (a: Attempt) => `${formatScore(a.score)} of ${a.max}, ${when(a.at)}`;

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
				cell('practice').textContent = `In progress: ${Object.keys(practice.counted).length} of ${ids.length} checked`;
			if (test?.done.length) {
				const list = document.createElement('ul');
				for (const a of test.done) {
					const item = document.createElement('li');
					item.textContent = line(a);
					list.append(item);
				}
				cell('tests').replaceChildren(list);
			}
		}
	}
}
if (!customElements.get('quiz-progress')) customElements.define('quiz-progress', QuizProgress);
