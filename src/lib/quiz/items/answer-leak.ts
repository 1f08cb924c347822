// The answer-leak rule: no key, accepted fill-in answer or match pair is printed in another question of the quiz.
import type { Question } from '../question';
import { foldText, hasOptions, type CheckedQuiz, type ItemFinding } from './finding';

const GENERIC = new Set([
	'true',
	'false',
	'yes',
	'no',
	'both',
	'neither',
	'report a',
	'report b',
	'both reports',
	'neither report',
	'only report a',
	'only report b',
]);

/** Answer text worth hiding: not a generic word, at least 3 letters or containing a digit. */
const distinctive = (text: string) => {
	const folded = foldText(text).trim();
	return !GENERIC.has(folded) && (folded.replace(/ /g, '').length >= 3 || /\d/.test(folded));
};

const contains = (haystack: string, needle: string) => foldText(haystack).includes(foldText(needle));

/** Everything a student can read of a question on the page or after checking it, by where it appears. */
function readable(q: Question) {
	const options = hasOptions(q) ? q.options : [];
	return {
		prompt: [q.prompt],
		options: options.map((o) => o.text),
		feedback: [...options.flatMap((o) => (o.feedback ? [o.feedback] : [])), ...(q.explanation ? [q.explanation] : [])],
	};
}

/** No key, fill-in answer or match pair printed in another question of the same quiz. */
export function answerLeak(quiz: CheckedQuiz): ItemFinding[] {
	const findings: ItemFinding[] = [];
	for (const q of quiz.questions) {
		// What would give this question's answer away, and where it must not appear in the other questions.
		const secrets: { text: string; label: string; where: (keyof ReturnType<typeof readable>)[]; with?: string }[] = [];
		if (hasOptions(q))
			for (const o of q.options.filter((o) => o.correct))
				secrets.push({ text: o.text, label: 'its right answer', where: ['prompt', 'feedback'] });
		if (q.type === 'fill-in')
			for (const a of q.answers)
				secrets.push({ text: a, label: 'an accepted answer', where: ['prompt', 'options', 'feedback'] });
		if (q.type === 'match') {
			for (const p of q.pairs) {
				secrets.push({ text: p.right, label: 'a right-hand answer', where: ['prompt'] });
				secrets.push({ text: p.right, label: 'a pair', where: ['prompt', 'options', 'feedback'], with: p.left });
			}
		}
		for (const secret of secrets.filter((s) => distinctive(s.text))) {
			for (const other of quiz.questions.filter((o) => o.id !== q.id)) {
				const parts = readable(other);
				const hit = secret.where
					.flatMap((w) => parts[w].map((text) => ({ w, text })))
					.find(({ text }) => contains(text, secret.text) && (!secret.with || contains(text, secret.with)));
				if (hit) {
					findings.push({
						rule: 'answer-leak',
						question: q.id,
						problem: `${secret.label} "${secret.with ? `${secret.with} → ` : ''}${secret.text}" is printed in the ${hit.w === 'feedback' ? 'feedback or explanation' : hit.w} of question "${other.id}" on the same page.`,
						fix: `reword question "${other.id}" so it does not give this answer, or ask about something else here.`,
					});
				}
			}
		}
	}
	return findings;
}
