// <quiz-form>: enhances a server-rendered quiz form — grading, feedback, seeded order, progress in localStorage.
// Without it (no JavaScript, or a failure here) the form stays a worksheet with "Show answer" boxes.
import { isAnswered, isCorrect, score, type AnswerKey, type Response } from '../../lib/quiz/grading';
import { emptyQuiz, parseSaved, recordAttempt, storageKey, type SavedQuiz } from '../../lib/quiz/storage';
import { maxFixedPoints, questionSeed, shuffledOrder } from '../../lib/quiz/shuffle';

type Key = AnswerKey & { f?: Record<number, string> };

/** Where progress is kept: localStorage, or what a listener of `quiz-connect` provides (an LMS's suspend_data). */
export interface QuizStore {
	get(name: string): string | null;
	set(name: string, value: string | null): void;
}

/** Events <quiz-form> dispatches (they bubble): ask for a store, each graded Check, each complete score. */
export interface QuizEvents {
	'quiz-connect': CustomEvent<{ id: string; store?: QuizStore }>;
	'quiz-check': CustomEvent<{ id: string; response: Response; correct: boolean }>;
	'quiz-complete': CustomEvent<{ correct: number; total: number }>;
}

/** localStorage can be missing, full or throw (private modes, blocked storage): progress is then simply not kept. */
const storage: QuizStore = {
	get(name: string): string | null {
		try {
			return window.localStorage.getItem(name);
		} catch {
			return null;
		}
	},
	set(name: string, value: string | null): void {
		try {
			if (value === null) window.localStorage.removeItem(name);
			else window.localStorage.setItem(name, value);
		} catch {
			/* not kept; the quiz still works */
		}
	},
};

const $$ = <T extends Element>(root: ParentNode, selector: string) => [...root.querySelectorAll<T>(selector)];

export class QuizForm extends HTMLElement {
	#id = '';
	#keys: Record<string, Key> = {};
	#saved: SavedQuiz = emptyQuiz('');
	#store = storage;

	#emit<K extends keyof QuizEvents>(type: K, detail: QuizEvents[K]['detail']): void {
		this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
	}

	connectedCallback(): void {
		try {
			const data = JSON.parse(this.querySelector('script[data-quiz-key]')?.textContent ?? '') as {
				id: string;
				keys: Record<string, Key>;
			};
			this.#id = data.id;
			this.#keys = data.keys;
		} catch {
			return; // no usable key: leave the worksheet as it is
		}
		const ids = Object.keys(this.#keys);
		const ask: QuizEvents['quiz-connect']['detail'] = { id: this.#id };
		this.#emit('quiz-connect', ask);
		this.#store = ask.store ?? storage;
		const stored = parseSaved(this.#store.get(storageKey(this.#id)), ids);
		const seed =
			new URLSearchParams(location.search).get('seed')?.slice(0, 100) ||
			stored?.seed ||
			Math.random().toString(36).slice(2, 8);
		this.#saved = { ...(stored ?? emptyQuiz(seed)), seed };
		this.#arrange(seed);
		for (const el of $$<HTMLElement>(this, '.check, [data-action="reset"], .js-only')) el.hidden = false;
		for (const el of $$<HTMLElement>(this, '.no-js')) el.hidden = true;
		for (const id of ids) {
			const box = this.#fieldset(id);
			const details = box?.querySelector('details.answer');
			if (details) (details as HTMLElement).hidden = true;
			const answer = this.#saved.answers[id];
			if (box && answer !== undefined) this.#write(box, answer);
			if (id in this.#saved.results) this.#feedback(id, false);
		}
		this.#summary();
		this.addEventListener('click', this);
		this.addEventListener('change', this);
		// Enter in a text box checks that answer instead of submitting the form (which a sandboxed frame, as in Kolibri, blocks).
		this.addEventListener('keydown', this);
		this.dataset['ready'] = '';
	}

	handleEvent(event: Event): void {
		const target = event.target as HTMLElement;
		const box = target.closest<HTMLFieldSetElement>('fieldset[data-qid]');
		if (event.type === 'keydown') {
			if ((event as KeyboardEvent).key === 'Enter' && target.matches('input[type="text"]') && box) {
				event.preventDefault();
				this.#check(box.dataset['qid']!);
			}
			return;
		}
		if (event.type === 'change') {
			if (box && box.dataset['qid']! in this.#keys) {
				this.#saved.answers[box.dataset['qid']!] = this.#read(box);
				this.#save();
			}
			return;
		}
		const action = target.closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
		if (action === 'check' && box) this.#check(box.dataset['qid']!);
		if (action === 'retry') this.#clear(false);
		if (action === 'reset') this.#clear(true);
	}

	#fieldset(id: string): HTMLFieldSetElement | null {
		return this.querySelector(`fieldset[data-qid="${CSS.escape(id)}"]`);
	}

	/** Reorders options, items and match choices for this seed; values stay canonical indices. */
	#arrange(seed: string): void {
		for (const box of $$<HTMLFieldSetElement>(this, 'fieldset[data-qid]')) {
			for (const list of $$<HTMLElement>(box, '[data-shuffle]')) {
				const children = $$<HTMLElement>(list, ':scope > [data-i]');
				const byIndex = new Map(children.map((el) => [Number(el.dataset['i']), el]));
				const n = children.length;
				const seeded = questionSeed(seed, this.#id, box.dataset['qid']!);
				for (const i of shuffledOrder(n, seeded, maxFixedPoints(box.dataset['type'] ?? '', n)))
					list.append(byIndex.get(i)!);
			}
		}
	}

	/** The response in canonical order (see grading.ts). */
	#read(box: HTMLFieldSetElement): Response {
		const text = box.querySelector<HTMLInputElement>('input[type="text"]');
		if (text) return text.value;
		const selects = $$<HTMLSelectElement>(box, 'select').sort(
			(a, b) => Number(a.dataset['i']) - Number(b.dataset['i']),
		);
		if (selects.length)
			return selects.map((s) => (s.value === '' ? (box.dataset['type'] === 'order' ? 0 : -1) : Number(s.value)));
		return $$<HTMLInputElement>(box, 'input:checked').map((i) => Number(i.value));
	}

	#write(box: HTMLFieldSetElement, response: Response): void {
		const text = box.querySelector<HTMLInputElement>('input[type="text"]');
		if (text) {
			text.value = typeof response === 'string' ? response : '';
			return;
		}
		if (!Array.isArray(response)) return;
		for (const select of $$<HTMLSelectElement>(box, 'select')) {
			const value = response[Number(select.dataset['i'])];
			select.value = value === undefined || value < (box.dataset['type'] === 'order' ? 1 : 0) ? '' : String(value);
		}
		for (const input of $$<HTMLInputElement>(box, 'input[type="radio"], input[type="checkbox"]'))
			input.checked = response.includes(Number(input.value));
	}

	#check(id: string): void {
		const box = this.#fieldset(id)!;
		const response = this.#read(box);
		this.#saved.answers[id] = response;
		const output = box.querySelector<HTMLElement>('.feedback')!;
		if (!isAnswered(this.#keys[id]!, response)) {
			delete this.#saved.results[id];
			output.removeAttribute('data-result');
			output.textContent =
				box.dataset['type'] === 'order' || box.dataset['type'] === 'match'
					? 'Answer every part first, then check.'
					: 'Answer the question first, then check.';
			output.focus();
			this.#save();
			return;
		}
		const right = (this.#saved.results[id] = isCorrect(this.#keys[id]!, response));
		this.#feedback(id, true);
		const { correct, total, complete } = score(this.#saved.results, Object.keys(this.#keys));
		if (complete) this.#saved = recordAttempt(this.#saved, correct, total, new Date());
		this.#save();
		this.#summary();
		this.#emit('quiz-check', { id, response, correct: right });
		if (complete) this.#emit('quiz-complete', { correct, total });
	}

	/** "Correct"/"Incorrect", any per-option feedback, then the explanation and evidence from the answer box. */
	#feedback(id: string, focus: boolean): void {
		const box = this.#fieldset(id);
		const output = box?.querySelector<HTMLElement>('.feedback');
		if (!box || !output) return;
		const correct = this.#saved.results[id];
		const verdict = document.createElement('p');
		verdict.className = 'verdict';
		verdict.textContent = correct ? 'Correct.' : 'Incorrect.';
		const parts: Node[] = [verdict];
		const response = this.#saved.answers[id];
		const notes = this.#keys[id]!.f;
		if (notes && Array.isArray(response)) {
			for (const i of response) {
				if (notes[i]) {
					const note = document.createElement('p');
					note.textContent = notes[i];
					parts.push(note);
				}
			}
		}
		const body = box.querySelector('.answer-body');
		if (body) parts.push(body.cloneNode(true));
		output.dataset['result'] = correct ? 'correct' : 'incorrect';
		output.replaceChildren(...parts);
		if (focus) output.focus();
	}

	#summary(): void {
		const { correct, total, complete } = score(this.#saved.results, Object.keys(this.#keys));
		const summary = this.querySelector<HTMLElement>('.summary .score')!;
		summary.textContent = complete ? `You got ${correct} of ${total}.` : '';
		this.querySelector<HTMLElement>('[data-action="retry"]')!.hidden = !complete;
	}

	/** Try again keeps the best score; Reset forgets everything this browser kept for the quiz. */
	#clear(forget: boolean): void {
		this.#saved = forget ? emptyQuiz(this.#saved.seed) : { ...this.#saved, answers: {}, results: {} };
		this.querySelector('form')!.reset();
		for (const output of $$<HTMLElement>(this, '.feedback')) {
			output.replaceChildren();
			output.removeAttribute('data-result');
		}
		if (forget) this.#store.set(storageKey(this.#id), null);
		else this.#save();
		this.#summary();
		this.querySelector<HTMLElement>('fieldset input, fieldset select, fieldset textarea')?.focus();
	}

	#save(): void {
		this.#store.set(storageKey(this.#id), JSON.stringify(this.#saved));
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'quiz-form': QuizForm;
	}
}

if (!customElements.get('quiz-form')) customElements.define('quiz-form', QuizForm);
