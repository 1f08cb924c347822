// <quiz-form>: enhances a server-rendered quiz form in one of two modes (contracts.md, "Quiz modes"). Practice: a
// Check per question, whose first check counts. Test (?mode=test): no verdict until "Hand in", then every question's
// marks and the score, answers locked until "Start a new attempt". Progress stays in this browser (quiz-store.ts).
// Without it (no JavaScript, or a failure here) the form stays a worksheet with "Show answer" boxes.
import { isAnswered, type Judge, type Response } from '../../lib/quiz/grading';
import { mark } from '../../lib/quiz/scoring';
import * as records from '../../lib/quiz/storage';
import type { QuizMode, SavedQuiz } from '../../lib/quiz/storage';
import { $$, arrange, lock, readResponse, restore } from './quiz-controls';
import { askToAnswer, clearMarks, showMarks, type Key } from './quiz-marks';
import { storage } from './quiz-store';
import { handInWarning, say, showSummary } from './quiz-summary';
import type { QuizEvents } from './quiz-events';

export class QuizForm extends HTMLElement {
	#id = '';
	#keys: Record<string, Key> = {};
	#graded: string[] = [];
	#mode: QuizMode = 'practice';
	#saved: SavedQuiz = records.emptyQuiz('');
	#store = storage;
	#confirming = false;
	#written = '';
	/** The fill-in matcher: loaded apart, and only for a quiz with fill-ins (it is most of the quiz's code). */
	#judge: Judge = () => false;
	#ready: Promise<void> = Promise.resolve();

	#emit<K extends keyof QuizEvents>(type: K, detail: QuizEvents[K]['detail']): void {
		this.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
	}

	connectedCallback(): void {
		// Present mode (?mode=present, a projector): its own code, loaded only then; nothing graded or stored.
		if (this.hasAttribute('data-test') && new URLSearchParams(location.search).get('mode') === 'present')
			return void import('../present/present-quiz').then((m) => m.presentQuiz(this)).catch(() => undefined);
		try {
			type Data = { id: string; keys: Record<string, Key> };
			({ id: this.#id, keys: this.#keys } = JSON.parse(
				this.querySelector('[data-quiz-key]')?.textContent ?? '',
			) as Data);
		} catch {
			return; // no usable key: leave the worksheet as it is
		}
		this.#graded = Object.keys(this.#keys);
		if (Object.values(this.#keys).some((k) => k.t === 'fill-in'))
			this.#ready = import('../../lib/quiz/matching/match').then((m) => void (this.#judge = m.judge));
		const params = new URLSearchParams(location.search);
		const asked = this.dataset['mode'] ?? (this.hasAttribute('data-test') ? params.get('mode') : null);
		this.#mode = asked === 'test' ? 'test' : 'practice';
		const ask = { id: this.#id, mode: this.#mode } as QuizEvents['quiz-connect']['detail'];
		this.#emit('quiz-connect', ask);
		this.#store = ask.store ?? storage;
		const ids = $$<HTMLElement>(this, 'fieldset[data-qid]').map((f) => f.dataset['qid']!);
		const key = records.storageKey(this.#id, this.#mode);
		const legacy = this.#mode === 'practice' && !ask.store ? this.#store.get(records.LEGACY_KEY(this.#id)) : null;
		const stored = records.parseSaved(this.#store.get(key) ?? legacy, ids);
		const seed = params.get('seed')?.slice(0, 100) || stored?.seed || Math.random().toString(36).slice(2, 8);
		this.#saved = { ...(stored ?? records.emptyQuiz(seed)), seed };
		arrange(this, this.#id, seed);
		for (const el of $$<HTMLElement>(this, '[data-when]'))
			el.hidden = !['js', this.#mode].includes(el.dataset['when']!);
		for (const d of $$<HTMLElement>(this, 'details.answer')) d.hidden = true;
		restore(this, this.#saved);
		lock(this, this.#saved.locked);
		this.#summary();
		for (const type of ['click', 'change', 'input', 'keydown']) this.addEventListener(type, this);
		void this.#ready.then(() => {
			if (this.#saved.locked) this.#showAttempt(false);
			else for (const [id, r] of Object.entries(this.#saved.checked)) this.#show(id, r, false);
			this.dataset['ready'] = this.#mode;
		});
	}

	handleEvent(event: Event): void {
		const target = event.target as HTMLElement;
		const box = target.closest<HTMLFieldSetElement>('fieldset[data-qid]');
		if (event.type === 'keydown') {
			// Enter in a text box checks that answer (practice) and never submits the form.
			if ((event as KeyboardEvent).key === 'Enter' && target.matches('input[type="text"]')) {
				event.preventDefault();
				if (box && this.#mode === 'practice') void this.#check(box.dataset['qid']!);
			}
			return;
		}
		if (event.type !== 'click') {
			if (this.#saved.locked) return;
			if (target.closest('.name')) this.#saved.name = (target as HTMLInputElement).value.slice(0, 100);
			else if (box) {
				this.#saved.answers[box.dataset['qid']!] = readResponse(box);
				this.#saved.started ??= new Date().toISOString();
			}
			this.#confirming = false;
			this.#save();
			return;
		}
		const action = target.closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
		if (action === 'check' && box) void this.#check(box.dataset['qid']!);
		if (action === 'hand-in') void this.#handIn();
		// In an LMS its own attempts govern: no new attempt here, even with the button un-hidden.
		if (action === 'retry' || (action === 'new-attempt' && !this.hasAttribute('data-lms'))) this.#restart(false);
		if (action === 'reset') this.#restart(true);
	}

	#box(id: string): HTMLFieldSetElement | null {
		return this.querySelector(`fieldset[data-qid="${CSS.escape(id)}"]`);
	}

	#show(id: string, response: Response, focus: boolean): void {
		const box = this.#box(id);
		const key = this.#keys[id];
		if (box && key) showMarks(box, key, response, mark(key, response, this.#judge), focus);
	}

	async #check(id: string): Promise<void> {
		await this.#ready;
		const box = this.#box(id)!;
		const key = this.#keys[id]!;
		const response = readResponse(box);
		this.#saved.answers[id] = response;
		if (!isAnswered(key, response)) {
			delete this.#saved.checked[id];
			askToAnswer(box, key);
			return this.#save();
		}
		const wasComplete = this.#complete();
		const { points } = mark(key, response, this.#judge);
		this.#saved.checked[id] = response;
		this.#saved.counted[id] ??= points;
		this.#show(id, response, true);
		if (!wasComplete && this.#complete()) this.#finish(false);
		this.#save();
		this.#summary();
		this.#emit('quiz-check', { id, response, points });
	}

	#complete(): boolean {
		return this.#graded.every((id) => id in this.#saved.counted);
	}

	#finish(lockIt: boolean): void {
		this.#saved = records.finishAttempt(this.#saved, this.#graded, new Date(), lockIt);
		this.#emit('quiz-finish', { mode: this.#mode, attempt: this.#saved.done.at(-1)! });
	}

	async #handIn(): Promise<void> {
		await this.#ready;
		const open = this.#graded.filter((id) => !isAnswered(this.#keys[id]!, this.#saved.answers[id]));
		const unnamed = !this.#saved.name.trim() && !this.hasAttribute('data-lms');
		if ((open.length || unnamed) && !this.#confirming) {
			this.#confirming = true;
			return say(this, handInWarning(open.length, unnamed));
		}
		for (const id of this.#graded)
			this.#saved.counted[id] = mark(this.#keys[id]!, this.#saved.answers[id], this.#judge).points;
		this.#finish(true);
		this.#showAttempt(false);
		lock(this, true);
		this.#save();
		this.#summary();
		this.querySelector<HTMLElement>('.summary .score')?.focus();
	}

	/** Marks every graded question as the last handed-in attempt answered it, and shows its receipt (not in an LMS). */
	#showAttempt(focus: boolean): void {
		const last = this.#saved.done.at(-1);
		for (const id of this.#graded) this.#show(id, last?.answers[id] ?? [], focus);
		if (last && this.#mode === 'test' && !this.hasAttribute('data-lms'))
			void import('../receipts/receipt-box').then((m) => m.showReceipt(this, this.#id, last));
	}

	#summary = (): void => showSummary(this, this.#mode, this.#saved, this.#graded);

	/** A new attempt keeps the finished ones; Reset forgets everything this browser kept for the quiz (practice). */
	#restart(forget: boolean): void {
		this.#saved = forget ? records.emptyQuiz(this.#saved.seed) : records.newAttempt(this.#saved);
		this.querySelector('form')!.reset();
		for (const box of $$<HTMLFieldSetElement>(this, 'fieldset[data-qid]')) clearMarks(box);
		lock(this, false);
		restore(this, this.#saved);
		this.querySelector<HTMLElement>('[data-receipt]')?.setAttribute('hidden', '');
		this.#save();
		this.#summary();
		this.querySelector<HTMLElement>('fieldset input, fieldset select, fieldset textarea')?.focus();
	}

	/** Saves what changed: one answer fires both 'input' and 'change', and an LMS need not hear it twice. */
	#save(): void {
		const value = JSON.stringify(this.#saved);
		if (value !== this.#written) this.#store.set(records.storageKey(this.#id, this.#mode), (this.#written = value));
	}
}

declare global {
	interface HTMLElementTagNameMap {
		'quiz-form': QuizForm;
	}
}

if (!customElements.get('quiz-form')) customElements.define('quiz-form', QuizForm);
