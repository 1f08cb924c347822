// Reports a quiz to the LMS through the SCORM 1.2 API: on hand-in (packages run test mode) an interaction per question,
// the score and status (never lowered), progress in cmi.suspend_data, session time. With no API it does nothing, and
// the quiz works as it does on the site.
import type { QuizEvents } from '../quiz/quiz-events';
import { parseSaved } from '../../lib/quiz/storage';
import { findApi, type Scorm12Api } from '../../lib/exports/scorm/api';
import {
	clockTime,
	interactionResult,
	lessonStatus,
	parseMastery,
	percentScore,
	scaledScore,
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
	const graded = Object.keys(data.questions);
	const ids = [...document.querySelectorAll<HTMLElement>('fieldset[data-qid]')].map((f) => f.dataset['qid']!);
	const lms = new Lms(api, document.querySelector<HTMLElement>('.scorm-note'));
	if (!lms.call('LMSInitialize')) return;
	const started = Date.now();
	// Review mode (the LMS showing a finished attempt): the quiz shows what was handed in and reports nothing.
	const review = lms.get('cmi.core.lesson_mode') === 'review';
	const mastery = parseMastery(lms.get('cmi.student_data.mastery_score')) ?? data.mastery;
	// A score the LMS already holds for this attempt is final: reported once, on the first hand-in, then never changed
	// (not lowered, and not raised by answers given after the key was shown). A new LMS attempt starts without one.
	let reported = review || lms.get('cmi.core.score.raw').trim() !== '';
	if (!review && lms.get('cmi.core.lesson_status') === 'not attempted') lms.set('cmi.core.lesson_status', 'incomplete');
	let interaction = Number(lms.get('cmi.interactions._count')) || 0;

	// Progress lives in suspend_data instead of this browser's localStorage (a school's shared device, another LMS tab).
	document.addEventListener('quiz-connect', (event) => {
		(event as QuizEvents['quiz-connect']).detail.store = {
			get: () => {
				const saved = decodeSuspend(lms.get('cmi.suspend_data'), ids, graded);
				return saved ? JSON.stringify(saved) : null;
			},
			set: (_name: string, value: string | null) => {
				const saved = value === null || review ? null : parseSaved(value, ids);
				if (saved) lms.set('cmi.suspend_data', encodeSuspend(saved, ids));
			},
		};
		const how = document.querySelector('quiz-form .how [data-when="test"]');
		if (how)
			how.textContent =
				'Answer every question, then press "Hand in" at the end: your score goes to your course, and you then see what was right and wrong.';
	});

	// On hand-in: one interaction per graded question, then the score and status (once: see `reported`).
	document.addEventListener('quiz-finish', (event) => {
		const { attempt } = (event as QuizEvents['quiz-finish']).detail;
		if (reported) return;
		reported = true;
		for (const id of graded) {
			const q = data.questions[id]!;
			const n = `cmi.interactions.${interaction++}`;
			lms.set(`${n}.id`, id);
			lms.set(`${n}.time`, clockTime(new Date(attempt.at)));
			lms.set(`${n}.type`, q.type);
			q.correct.forEach((pattern, i) => lms.set(`${n}.correct_responses.${i}.pattern`, pattern));
			lms.set(`${n}.weighting`, 1);
			const response = attempt.answers[id];
			if (response !== undefined) lms.set(`${n}.student_response`, studentResponse(q.t, response));
			lms.set(`${n}.result`, interactionResult(attempt.points[id] ?? 0));
		}
		const percent = percentScore(attempt.score, attempt.max);
		const { raw, max } = scaledScore(percent, data.share ?? 1);
		lms.set('cmi.core.score.min', 0);
		lms.set('cmi.core.score.max', max);
		lms.set('cmi.core.score.raw', raw);
		lms.set('cmi.core.lesson_status', lessonStatus(percent, mastery));
		lms.call('LMSCommit');
	});

	let finished = false;
	window.addEventListener('pagehide', () => {
		if (finished) return;
		finished = true;
		if (!review) {
			lms.set('cmi.core.session_time', timespan(Date.now() - started));
			// "suspend": the LMS keeps suspend_data, so the answers come back on the next launch.
			lms.set('cmi.core.exit', 'suspend');
		}
		lms.call('LMSFinish');
	});
}

start();
