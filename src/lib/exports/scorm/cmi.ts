// Turns quiz answers into SCORM 1.2 CMI values: interaction types, responses, correct-response patterns, times, score.
import type { AnswerKey, Response } from '../../quiz/grading';
import type { GradedQuestion } from '../../quiz/question';

/** The SCORM 1.2 interaction types this quiz uses (RTE 3.4.2, cmi.interactions.n.type). */
export type InteractionType = 'choice' | 'true-false' | 'fill-in' | 'matching' | 'sequencing';

type Kind = AnswerKey['t'];

export const INTERACTION_TYPE: Record<Kind, InteractionType> = {
	single: 'choice',
	multiple: 'choice',
	'true-false': 'true-false',
	'fill-in': 'fill-in',
	order: 'sequencing',
	match: 'matching',
};

/** SCORM 1.2 responses are single characters: a, b, c… for options and right-hand texts, in authored order. */
export const letter = (i: number): string => (i >= 0 && i < 26 ? String.fromCharCode(97 + i) : String(i));

/** CMIFeedback and CMIIdentifier values are at most 255 characters. */
export const clip = (text: string, max = 255): string => (text.length > max ? text.slice(0, max) : text);

/**
 * The student's response in SCORM 1.2 form (RTE 3.4.2): choice "a,c"; true-false "t"/"f"; fill-in the text typed;
 * sequencing the items in the order the student placed them ("b,a,c"); matching "1.a,2.c" (left number . right letter).
 */
export function studentResponse(kind: Kind, response: Response): string {
	if (typeof response === 'string') return clip(response.replace(/[\u0000-\u001f\u007f]/g, ' ').trim());
	switch (kind) {
		case 'true-false':
			return response[0] === 0 ? 't' : response[0] === 1 ? 'f' : '';
		case 'order':
			return response
				.map((position, item) => ({ position, item }))
				.filter((p) => p.position >= 1)
				.sort((a, b) => a.position - b.position || a.item - b.item)
				.map((p) => letter(p.item))
				.join(',');
		case 'match':
			return response.flatMap((right, left) => (right >= 0 ? [`${left + 1}.${letter(right)}`] : [])).join(',');
		default:
			return [...response]
				.sort((a, b) => a - b)
				.map(letter)
				.join(',');
	}
}

/** Accepted answers recorded as fill-in patterns: the authored ones, as many as fit a reasonable report. */
const MAX_FILL_IN_PATTERNS = 10;

/** cmi.interactions.n.correct_responses.m.pattern values for a question, in the same notation as studentResponse. */
export function correctPatterns(q: GradedQuestion): string[] {
	switch (q.type) {
		case 'single':
		case 'multiple':
			return [q.options.flatMap((o, i) => (o.correct ? [letter(i)] : [])).join(',')];
		case 'true-false':
			return [q.answer ? 't' : 'f'];
		case 'fill-in':
			return [...new Set(q.answers.map((a) => clip(a)))].slice(0, MAX_FILL_IN_PATTERNS);
		case 'order':
			return [q.items.map((_, i) => letter(i)).join(',')];
		case 'match':
			return [q.pairs.map((_, i) => `${i + 1}.${letter(i)}`).join(',')];
	}
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** CMITimespan (RTE 3.4.4): HHHH:MM:SS.SS, hours 2–4 digits, capped at 9999 hours. */
export function timespan(ms: number): string {
	const centis = Math.min(Math.max(0, Math.round(ms / 10)), 9999 * 360000 + 359999);
	const hours = Math.floor(centis / 360000);
	const minutes = Math.floor((centis % 360000) / 6000);
	const seconds = Math.floor((centis % 6000) / 100);
	return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(centis % 100)}`;
}

/** CMITime (RTE 3.4.4): the local time of day, HH:MM:SS. */
export const clockTime = (date: Date): string =>
	`${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

/** The default mastery score: the share of graded questions a student needs, in percent, to pass. */
export const DEFAULT_MASTERY = 80;

/** A mastery score from the LMS (cmi.student_data.mastery_score) or the build, if it is a number from 0 to 100. */
export function parseMastery(text: string | number | undefined | null): number | null {
	if (text === undefined || text === null || String(text).trim() === '') return null;
	const value = Number(text);
	return Number.isFinite(value) && value >= 0 && value <= 100 ? value : null;
}

/** A percentage to two decimals, as SCORM 1.2's CMIDecimal score fields take it. */
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** The attempt's score as a percentage of its graded questions, to two decimals (0 to 100). */
export const percentScore = (score: number, max: number): number => (max > 0 ? round2((score / max) * 100) : 0);

/**
 * cmi.core.score.raw and .max for one SCO. In the unit package each of its n quizzes reports its percentage × 1/n
 * (max 100/n), so an LMS that adds up its SCOs (Moodle's "Sum grade") shows the unit's mean, with quizzes not yet done
 * counting 0, and no setting shows 100 for one quiz of six (see /teachers/lms/).
 */
export const scaledScore = (percent: number, share: number): { raw: number; max: number } => ({
	raw: round2(percent * share),
	max: round2(100 * share),
});

/** cmi.interactions.n.result: correct, wrong, or the points of a partly right answer (a CMIDecimal, e.g. "0.5"). */
export const interactionResult = (points: number): string =>
	points >= 1 ? 'correct' : points <= 0 ? 'wrong' : String(Math.round(points * 100) / 100);

/** passed or failed against the mastery score, comparing the same rounded number the LMS receives. */
export const lessonStatus = (raw: number, mastery: number): 'passed' | 'failed' =>
	raw >= mastery ? 'passed' : 'failed';

/** What the SCO page carries for the reporter: per question its kind, SCORM type and correct patterns. */
export interface ScoData {
	quiz: string;
	/** The mastery score the package was built with (the LMS's own value wins when it sends one). */
	mastery: number;
	/** This SCO's share of the package's grade: 1, or 1/n for each of the unit package's n quizzes. */
	share?: number;
	questions: Record<string, { t: Kind; type: InteractionType; correct: string[] }>;
}
