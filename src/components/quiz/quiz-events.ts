// The events <quiz-form> dispatches, for the SCORM reporter and anything else that listens.
import type { Response } from '../../lib/quiz/grading';
import type { Attempt, QuizMode } from '../../lib/quiz/storage';
import type { QuizStore } from './quiz-store';

/** Events <quiz-form> dispatches (they bubble): ask for a store, each practice Check, a finished attempt. */
export interface QuizEvents {
	'quiz-connect': CustomEvent<{ id: string; mode: QuizMode; store?: QuizStore }>;
	'quiz-check': CustomEvent<{ id: string; response: Response; points: number }>;
	'quiz-finish': CustomEvent<{ mode: QuizMode; attempt: Attempt }>;
}
