// <class-results>: the results page's script (contracts.md, "Receipts and class results"). Reads the pasted text and
// the chosen files in this browser (nothing is sent anywhere), keeps them in localStorage until the teacher clears
// them, and shows the could-not-read list and each quiz's results.
import type { Judge } from '../../lib/quiz/grading';
import { collect } from '../../lib/results/collect';
import { readFile, readPaste } from '../../lib/results/readers';
import { emptyResults, parseResults, RESULTS_KEY, type SavedResults } from '../../lib/results/store';
import type { ResultsQuiz, Unread } from '../../lib/results/types';
import { h } from './dom';
import { quizGroup } from './quiz-group';

class ClassResults extends HTMLElement {
	#saved: SavedResults = emptyResults();
	#quizzes: ResultsQuiz[] = [];
	#judge: Judge = () => false;
	#note = '';
	#timer = 0;

	connectedCallback(): void {
		this.#quizzes = JSON.parse(this.querySelector('[data-results-quizzes]')?.textContent ?? '[]') as ResultsQuiz[];
		const paste = this.querySelector<HTMLTextAreaElement>('textarea')!;
		const files = this.querySelector<HTMLInputElement>('input[type="file"]')!;
		this.#load();
		paste.value = this.#saved.paste;
		paste.addEventListener('input', () => {
			clearTimeout(this.#timer);
			this.#timer = window.setTimeout(() => {
				this.#saved.paste = paste.value;
				this.#update();
			}, 200);
		});
		files.addEventListener('change', () => void this.#addFiles(files));
		this.querySelector('[data-results-clear]')!.addEventListener('click', () => {
			this.#saved = emptyResults();
			paste.value = '';
			files.value = '';
			this.#note = 'Cleared: no receipts are kept in this browser now.';
			this.#update();
		});
		// The fill-in matcher, loaded as the quiz page loads it (a chunk of its own), before anything is marked.
		void import('../../lib/quiz/matching/match')
			.then(({ judge }) => {
				this.#judge = judge;
			})
			.catch(() => {
				this.#note = 'Typed answers cannot be marked: part of this page did not load. Reload it when online.';
			})
			.finally(() => {
				this.dataset['ready'] = 'true';
				this.#update();
			});
	}

	#load(): void {
		let raw: string | null = null;
		try {
			raw = localStorage.getItem(RESULTS_KEY);
		} catch {
			this.#note = 'This browser blocks storage, so the receipts will be gone after a reload.';
		}
		const saved = parseResults(raw);
		if (saved === 'corrupt') {
			this.#note = 'The receipts kept in this browser could not be read back, so they were cleared. Paste them again.';
			this.#store(emptyResults());
		} else if (saved) this.#saved = saved;
	}

	#store(saved: SavedResults): void {
		try {
			if (!saved.paste && !saved.files.length) localStorage.removeItem(RESULTS_KEY);
			else localStorage.setItem(RESULTS_KEY, JSON.stringify(saved));
		} catch {
			this.#note = 'These receipts could not be kept in this browser (storage full or blocked): a reload loses them.';
		}
	}

	async #addFiles(input: HTMLInputElement): Promise<void> {
		for (const file of input.files ?? []) {
			const reading = readFile(file.name, new Uint8Array(await file.arrayBuffer()));
			this.#saved.files = [...this.#saved.files.filter((f) => f.name !== file.name), { name: file.name, reading }];
		}
		input.value = '';
		this.#update();
	}

	#update(): void {
		this.#store(this.#saved);
		const readings = [readPaste(this.#saved.paste), ...this.#saved.files.map((f) => f.reading)];
		const found = readings.flatMap((r) => r.found);
		const { groups, unread } = collect(found, this.#quizzes, this.#judge);
		const problems: Unread[] = [...readings.flatMap((r) => r.unread), ...unread];
		const attempts = groups.reduce((n, g) => n + g.attempts.length, 0);
		const fileNote = this.#saved.files.length
			? ` Files read: ${this.#saved.files.map((f) => `${f.name} (${f.reading.found.length} found)`).join(', ')}.`
			: '';
		this.querySelector('[role="status"]')!.textContent =
			`${attempts} attempt${attempts === 1 ? '' : 's'} of ${groups.length} quiz${groups.length === 1 ? '' : 'zes'}; ${problems.length} could not be read.${fileNote} ${this.#note}`.trim();
		this.#note = '';
		const unreadBox = this.querySelector<HTMLElement>('[data-results-unread]')!;
		unreadBox.hidden = !problems.length;
		unreadBox
			.querySelector('ul')!
			.replaceChildren(...problems.map((p) => h('li', {}, h('strong', {}, p.where), `: ${p.why}`)));
		this.querySelector('[data-results-out]')!.replaceChildren(...groups.map((g) => quizGroup(g.quiz, g.attempts)));
	}
}
if (!customElements.get('class-results')) customElements.define('class-results', ClassResults);
