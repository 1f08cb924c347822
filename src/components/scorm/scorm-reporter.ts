// Reports a quiz to the LMS through the SCORM 1.2 API: interactions per Check, score and status, progress in
// cmi.suspend_data, session time. With no API it does nothing, and the quiz works as it does on the site.
import type { QuizEvents } from '../quiz/quiz-form';
import { parseSaved } from '../../lib/quiz/storage';
import { findApi, type Scorm12Api } from '../../lib/exports/scorm/api';
import {
	clockTime,
	lessonStatus,
	parseMastery,
	percentScore,
	studentResponse,
	timespan,
	type ScoData,
} from '../../lib/exports/scorm/cmi';
import { decodeSuspend, encodeSuspend } from '../../lib/exports/scorm/suspend';

/** Every call guarded: an LMS that throws or refuses a value gets a quiet note on the page, never a broken quiz. */
class Lms {
	#api: Scorm12Api;
	#note: HTMLElement | null;
	#seen = new Set<string>();
	constructor(api: Scorm12Api, note: HTMLElement | null) {
		this.#api = api;
		this.#note = note;
	}

	/** One line per kind of failure: "cmi.interactions.3.result" and "….4.id" are the same problem to a reader. */
	#report(element: string, detail: string): void {
		const what = element.replace(/^(cmi\.[a-z_]+)\.\d+\..*$/, '$1');
		const text = `The course did not accept ${what}${detail ? ` (${detail})` : ''}. Your answers still show here.`;
		if (!this.#note || this.#seen.has(text)) return;
		this.#seen.add(text);
		const line = document.createElement('p');
		line.textContent = text;
		this.#note.append(line);
		this.#note.hidden = false;
	}

	/** The LMS's error for a refused call; `quietIfNone` for reads, where an empty value without an error is normal. */
	#error(what: string, quietIfNone = false): void {
		try {
			const code = String(this.#api.LMSGetLastError());
			if (code !== '0') this.#report(what, `error ${code}: ${this.#api.LMSGetErrorString(code)}`);
			else if (!quietIfNone) this.#report(what, '');
		} catch (e) {
			this.#report(what, String(e));
		}
	}

	call(name: 'LMSInitialize' | 'LMSCommit' | 'LMSFinish'): boolean {
		try {
			const ok = String(this.#api[name]('')) === 'true';
			if (!ok) this.#error(name);
			return ok;
		} catch (e) {
			this.#report(name, String(e));
			return false;
		}
	}

	get(element: string): string {
		try {
			const value = String(this.#api.LMSGetValue(element) ?? '');
			if (value === '') this.#error(`reading ${element}`, true);
			return value;
		} catch (e) {
			this.#report(`reading ${element}`, String(e));
			return '';
		}
	}

	set(element: string, value: string | number): void {
		try {
			if (String(this.#api.LMSSetValue(element, String(value))) !== 'true') this.#error(`${element}`);
		} catch (e) {
			this.#report(element, String(e));
		}
	}
}

function start(): void {
	const api = findApi(window);
	const dataBlock = document.querySelector('script[data-scorm]');
	if (!api || !dataBlock) return;
	const data = JSON.parse(dataBlock.textContent ?? '') as ScoData;
	const ids = Object.keys(data.questions);
	const lms = new Lms(api, document.querySelector<HTMLElement>('.scorm-note'));
	if (!lms.call('LMSInitialize')) return;
	const started = Date.now();
	const mastery = parseMastery(lms.get('cmi.student_data.mastery_score')) ?? data.mastery;
	if (lms.get('cmi.core.lesson_status') === 'not attempted') lms.set('cmi.core.lesson_status', 'incomplete');
	let interaction = Number(lms.get('cmi.interactions._count')) || 0;

	// Progress lives in suspend_data instead of this browser's localStorage (a school's shared device, another LMS tab).
	document.addEventListener('quiz-connect', (event) => {
		(event as QuizEvents['quiz-connect']).detail.store = {
			get: () => {
				const saved = decodeSuspend(lms.get('cmi.suspend_data'), ids);
				return saved ? JSON.stringify(saved) : null;
			},
			set: (_name: string, value: string | null) => {
				const saved = value === null ? null : parseSaved(value, ids);
				lms.set('cmi.suspend_data', saved ? encodeSuspend(saved, ids) : '');
			},
		};
		const how = document.querySelector('quiz-form .how .js-only');
		if (how)
			how.textContent = 'Answer each question, then press its Check button. Your answers and score go to your course.';
	});

	// Latency: from the first change to a question (since its last Check) to the Check.
	const touched = new Map<string, number>();
	document.addEventListener('change', (event) => {
		const id = (event.target as Element).closest<HTMLElement>('fieldset[data-qid]')?.dataset['qid'];
		if (id && !touched.has(id)) touched.set(id, Date.now());
	});

	document.addEventListener('quiz-check', (event) => {
		const { id, response, correct } = (event as QuizEvents['quiz-check']).detail;
		const q = data.questions[id];
		if (!q) return;
		const n = `cmi.interactions.${interaction++}`;
		lms.set(`${n}.id`, id);
		lms.set(`${n}.time`, clockTime(new Date()));
		lms.set(`${n}.type`, q.type);
		q.correct.forEach((pattern, i) => lms.set(`${n}.correct_responses.${i}.pattern`, pattern));
		lms.set(`${n}.weighting`, 1);
		lms.set(`${n}.student_response`, studentResponse(q.t, response));
		lms.set(`${n}.result`, correct ? 'correct' : 'wrong');
		const since = touched.get(id);
		if (since !== undefined) lms.set(`${n}.latency`, timespan(Date.now() - since));
		touched.delete(id);
		lms.call('LMSCommit');
	});

	document.addEventListener('quiz-complete', (event) => {
		const { correct, total } = (event as QuizEvents['quiz-complete']).detail;
		const raw = percentScore(correct, total);
		lms.set('cmi.core.score.min', 0);
		lms.set('cmi.core.score.max', 100);
		lms.set('cmi.core.score.raw', raw);
		lms.set('cmi.core.lesson_status', lessonStatus(raw, mastery));
		lms.call('LMSCommit');
	});

	let finished = false;
	window.addEventListener('pagehide', () => {
		if (finished) return;
		finished = true;
		lms.set('cmi.core.session_time', timespan(Date.now() - started));
		// "suspend": the LMS keeps suspend_data, so the answers come back on the next launch.
		lms.set('cmi.core.exit', 'suspend');
		lms.call('LMSFinish');
	});
}

start();
