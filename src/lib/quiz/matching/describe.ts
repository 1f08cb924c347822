// What the page, the worksheet and the answer key say about how a fill-in answer is marked. Every promise here is
// one the matcher keeps (tests/unit/quiz/matching.test.ts checks the examples against it).
import type { Question } from '../question';
import { matchKey } from './match';
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
	const key = matchKey(q.kind, q.answers, { others: q.others, mislabels: q.mislabels, prompt: q.prompt });
	const [a, x] = [q.answers[0], q.mislabels[0]];
	switch (q.kind) {
		case 'time':
			return `Any way of writing this time counts (${eg}), in a sentence too. An answer that also gives a different time does not${key.z ? ', unless it labels it as the other zone’s (“1pm local”, “1pm there”)' : ''} or only places this one by it (“4 hours before 1pm”); nor does one that puts this one in another time zone (“Baku time”, “GMT+4”)${key.d ? ' or on another day' : ''}.`;
		case 'number':
			return `The number counts in figures or in words (${eg}), in a sentence too. An answer that also gives a different number does not, unless it rules it out (“not …”), sets it beside (a length of time, a date, the whole: “in 2 days”, “out of 193”)${x ? `, labels it as a smaller part (“… of them ${x}”)` : ''} or shows working that adds up to the answer${x ? `; nor does one that writes “${a} ${x}” or “${a} people were ${x}”` : ''}.`;
		case 'duration':
			return `This length of time counts in figures or words and in any unit (${eg}). An answer that also gives a different length does not, unless it says which other report gives it${key.g ? ' or it is the length the question gives, set after this one' : ''}; “three years ago” is a date, not a length.`;
		case 'phrase':
			return `The name counts in a sentence too, and with a small spelling slip${q.answers.length > 1 ? `; so does ${q.answers.slice(1).join(', ')}` : ''}. An answer that also gives another name does not.`;
	}
}
