// The class's figures for one quiz: per question, the share right, partial credit and the most common wrong answer;
// the spread of scores for the chart and its table. Only questions a receipt carries as they are now are counted.
import type { ClassAttempt } from './collect';
import { answerKeyOf, describeAnswer } from './describe';
import type { ResultsQuestion } from './types';

export interface QuestionSummary {
	question: ResultsQuestion;
	/** Attempts that counted this question. */
	counted: number;
	/** Fully right, partly right (some points), wrong or blank. */
	right: number;
	partly: number;
	/** Share right, 0 to 100: full marks only. */
	rightShare: number;
	/** Average points as a share, 0 to 100 (partial credit included). */
	averageShare: number;
	/** The wrong (or partly right) answer given most often, in words, and by how many; none when all were right. */
	commonWrong?: { text: string; count: number };
}

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

export function summariseQuestions(attempts: readonly ClassAttempt[]): QuestionSummary[] {
	const questions = attempts[0]?.quiz.questions.filter((q) => q.key) ?? [];
	return questions.map((question) => {
		const results = attempts.flatMap((a) => a.results.filter((r) => r.question === question && r.points !== null));
		const right = results.filter((r) => r.points! >= 1 - 1e-9).length;
		const partly = results.filter((r) => r.points! > 1e-9 && r.points! < 1 - 1e-9).length;
		const points = results.reduce((sum, r) => sum + r.points!, 0);
		const wrong = new Map<string, { text: string; count: number }>();
		for (const r of results.filter((r) => r.points! < 1 - 1e-9)) {
			const key = answerKeyOf(question, r.answer);
			const seen = wrong.get(key);
			if (seen) seen.count++;
			else wrong.set(key, { text: describeAnswer(question, r.answer), count: 1 });
		}
		const commonWrong = [...wrong.values()].sort((a, b) => b.count - a.count)[0];
		return {
			question,
			counted: results.length,
			right,
			partly,
			rightShare: percent(right, results.length),
			averageShare: percent(points, results.length),
			...(commonWrong ? { commonWrong } : {}),
		};
	});
}

/** Attempts per whole score (a score of 6.5 counts under 6), from 0 to the most questions counted. */
export function scoreSpread(attempts: readonly ClassAttempt[]): { score: number; count: number }[] {
	const top = Math.max(0, ...attempts.map((a) => a.max));
	const counts = Array.from({ length: top + 1 }, (_, score) => ({ score, count: 0 }));
	for (const a of attempts) counts[Math.min(top, Math.floor(a.score + 1e-9))]!.count++;
	return counts;
}

/** The class's average score and its median, out of the most questions counted. */
export function classAverage(attempts: readonly ClassAttempt[]): { mean: number; median: number; max: number } {
	const scores = attempts.map((a) => a.score).sort((a, b) => a - b);
	const mid = scores.length / 2;
	const median = scores.length % 2 ? scores[Math.floor(mid)]! : (scores[mid - 1]! + scores[mid]!) / 2;
	return {
		mean: scores.reduce((s, x) => s + x, 0) / (scores.length || 1),
		median: scores.length ? median : 0,
		max: Math.max(0, ...attempts.map((a) => a.max)),
	};
}
