// Words, sentences and Flesch–Kincaid grade of a plain text, and the budget an "In short" summary must keep.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { sentenceSpans } from './sentences';

export interface Measure {
	words: number;
	sentences: number;
	syllables: number;
	/** Flesch–Kincaid grade level, rounded to one decimal. */
	grade: number;
}

/** What an "In short" may be: at most `words` words, `minSentences`–`maxSentences` sentences, grade ≤ `grade`. */
export interface Budget {
	words: number;
	minSentences: number;
	maxSentences: number;
	grade: number;
}

export const IN_SHORT_BUDGET: Budget = { words: 120, minSentences: 3, maxSentences: 5, grade: 7 };

/** The words of a text: runs of characters holding a letter or digit ("120,000", "re-integration", "Aliyev's"). */
export const wordsOf = (text: string): string[] =>
	text.split(/[\s\u2013\u2014]+/).filter((token) => /[\p{L}\p{N}]/u.test(token));

/**
 * Syllables in one word. Punctuation around it is dropped first (the counter reads "it." as two syllables), and a
 * figure ("120,000", "1pm") counts one syllable for its digits, as it is not spelled out.
 */
export const syllablesOf = (word: string): number =>
	Math.max(1, syllable(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/[\d,.:]+/g, 'one ')));

export function measure(text: string): Measure {
	const words = wordsOf(text);
	const sentences = sentenceSpans(text).length;
	const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
	const grade =
		words.length && sentences ? fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) : 0;
	return { words: words.length, sentences, syllables, grade: Math.round(grade * 10) / 10 };
}

/** What is over budget, in words, or an empty list. */
export function overBudget(m: Measure, budget: Budget = IN_SHORT_BUDGET): string[] {
	const over: string[] = [];
	if (m.words > budget.words) over.push(`${m.words} words (at most ${budget.words})`);
	if (m.sentences < budget.minSentences || m.sentences > budget.maxSentences)
		over.push(`${m.sentences} sentences (${budget.minSentences} to ${budget.maxSentences})`);
	if (m.grade > budget.grade) over.push(`grade ${m.grade.toFixed(1)} (at most ${budget.grade})`);
	return over;
}
