// What the page, the worksheet and the answer key say about how a fill-in answer is marked. Every promise here is
// one the matcher keeps (tests/unit/quiz/matching.test.ts checks the examples against it).
import type { Question } from '../question';
import { acceptedAnswers } from './variants';

type FillIn = Extract<Question, { type: 'fill-in' }>;

/** A few other ways of writing the answer that count, for the reader to see what "any way" means. */
export function examples(q: FillIn, n = 3): string[] {
	const options = { others: q.others, mislabels: q.mislabels, prompt: q.prompt };
	const forms = acceptedAnswers(q.kind, q.answers, options).slice(1);
	const step = Math.max(1, Math.floor(forms.length / n));
	return forms.filter((_, i) => i % step === 0).slice(0, n);
}

/** One or two sentences on what counts: the kind's forms, and that a conflicting second value does not. */
export function acceptanceNote(q: FillIn): string {
	const eg = examples(q)
		.map((e) => `“${e}”`)
		.join(', ');
	switch (q.kind) {
		case 'time':
			return `Any way of writing this time counts (${eg}), in a sentence too. An answer that also gives a different time, or puts this one in another time zone, does not.`;
		case 'number':
			return `The number counts in figures or in words (${eg}), in a sentence too. An answer that also gives a different number does not, unless it is working that adds up to the answer${q.mislabels.length ? `; nor does one that writes “${q.answers[0]} ${q.mislabels[0]}”` : ''}.`;
		case 'duration':
			return `This length of time counts in figures or words and in any unit (${eg}). An answer that also gives a different length does not, unless it says which other report gives it.`;
		case 'phrase':
			return `The name counts in a sentence too, and with a small spelling slip${q.answers.length > 1 ? `; so does ${q.answers.slice(1).join(', ')}` : ''}. An answer that also gives another name does not.`;
	}
}
