// The quiz's closing lines (QuizSummary.astro): the score as the mode counts it, and which buttons show.
import { total } from '../../lib/quiz/scoring';
import { formatScore } from '../../lib/quiz/storage';
import type { QuizMode, SavedQuiz } from '../../lib/quiz/storage';

/** Writes a line in the summary's live region (the score, or a word before handing in). */
export function say(root: HTMLElement, text: string): void {
	root.querySelector<HTMLElement>('.summary .score')!.textContent = text;
}

/**
 * Practice: once every graded question has been checked, the score of the first checks, and "Try again". Test: the
 * handed-in attempt's score and "Start a new attempt" (not inside an LMS), or "Hand in" while the attempt is open.
 */
export function showSummary(root: HTMLElement, mode: QuizMode, saved: SavedQuiz, graded: readonly string[]): void {
	const test = mode === 'test';
	const { score, max, complete } = total(saved.counted, graded);
	const shown = test ? (saved.locked ? saved.done.at(-1) : undefined) : complete ? { score, max } : undefined;
	say(root, shown ? `You scored ${formatScore(shown.score)} of ${shown.max}.` : '');
	const show = (action: string, visible: boolean) => {
		const button = root.querySelector<HTMLElement>(`[data-action="${action}"]`);
		if (button) button.hidden = !visible;
	};
	show('retry', !test && complete);
	show('hand-in', test && !saved.locked);
	show('new-attempt', test && saved.locked && !root.hasAttribute('data-lms'));
	show('reset', !test);
}

/** Before handing in with gaps: what is missing, and that a second press hands in anyway. */
export function handInWarning(unanswered: number, unnamed: boolean): string {
	const gaps = unanswered ? `${unanswered} question${unanswered > 1 ? 's have' : ' has'} no answer` : '';
	const name = unnamed ? 'your name is empty, so your receipt will not show it' : '';
	const both = [gaps, name].filter(Boolean).join(', and ');
	return `${both.charAt(0).toUpperCase()}${both.slice(1)}. Press "Hand in" again to hand in as it is.`;
}
