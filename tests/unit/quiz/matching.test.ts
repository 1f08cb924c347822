// The fill-in matcher against a corpus of answers students of 14–18 type (tests/unit/quiz/fixtures/fill-in-corpus.json,
// written from the reports and the review before the matcher's rules, each labelled as a fair teacher would mark it),
// run on the shipped questions as their YAML defines them.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { examples } from '../../../src/lib/quiz/matching/describe';
import { judge, matchKey, valuesOf } from '../../../src/lib/quiz/matching/match';
import { acceptedAnswers, inWords } from '../../../src/lib/quiz/matching/variants';
import { readNumber, tokens } from '../../../src/lib/quiz/matching/words';
import type { Question } from '../../../src/lib/quiz/question';

interface Corpus {
	questions: { quiz: string; id: string; answers: { text: string; accept: boolean; why?: string }[] }[];
}
const corpus = JSON.parse(readFileSync('tests/unit/quiz/fixtures/fill-in-corpus.json', 'utf8')) as Corpus;
type FillIn = Extract<Question, { type: 'fill-in' }>;
const question = (quiz: string, id: string): FillIn => {
	const data = parse(readFileSync(`src/content/quizzes/${quiz}.yaml`, 'utf8')) as { questions: FillIn[] };
	const q = data.questions.find((x) => x.id === id)!;
	return { ...q, others: q.others ?? [], mislabels: q.mislabels ?? [] };
};
const keyOf = (q: FillIn) =>
	matchKey(q.kind, q.answers, { others: q.others, mislabels: q.mislabels, prompt: q.prompt });

describe('the corpus', () => {
	it('has at least 30 answers per fill-in question, accepted and rejected', () => {
		for (const q of corpus.questions) {
			expect(q.answers.length, q.id).toBeGreaterThanOrEqual(30);
			expect(q.answers.filter((a) => a.accept).length, q.id).toBeGreaterThanOrEqual(10);
			expect(q.answers.filter((a) => !a.accept).length, q.id).toBeGreaterThanOrEqual(10);
		}
	});
	describe.each(corpus.questions)('$quiz / $id', ({ quiz, id, answers }) => {
		const key = keyOf(question(quiz, id));
		it.each(answers.filter((a) => a.accept))('accepts $text', ({ text }) => expect(judge(key, text)).toBe(true));
		it.each(answers.filter((a) => !a.accept))('rejects $text ($why)', ({ text }) =>
			expect(judge(key, text)).toBe(false),
		);
	});
});

describe('reading answers', () => {
	it('folds case, accents and curly quotes, and keeps clauses apart', () => {
		expect(tokens('Nine O’Clock (GMT), not 1 p.m.').map((t) => `${t.w}@${t.s}`)).toEqual([
			'nine@0',
			'oclock@0',
			'gmt@1',
			'not@3',
			'1@3',
			'pm@3',
		]);
	});
	it('reads numbers in figures and words', () => {
		const n = (text: string) => readNumber(tokens(text), 0)?.value;
		expect(n('two hundred and thirty-two')).toBe(232);
		expect(n('forty two')).toBe(42);
		expect(n('120,000')).toBe(120000);
		expect(n('232k')).toBe(232000);
		expect(n('many')).toBeUndefined();
	});
	it('reads what each kind of canonical answer stands for, and refuses what is not one', () => {
		expect(valuesOf('time', '09:00 GMT on Wednesday')).toEqual([540]);
		expect(valuesOf('number', 'none')).toEqual([0]);
		expect(valuesOf('duration', 'six weeks')).toEqual([42]);
		expect(valuesOf('phrase', 'Armen-Press')).toEqual(['armenpress']);
		expect(valuesOf('time', 'Wednesday')).toBeNull();
		expect(valuesOf('number', 'many')).toBeNull();
		expect(valuesOf('duration', 'six')).toBeNull();
		expect(valuesOf('number', '32 or 200')).toBeNull();
	});
	it('writes numbers in words as students do', () => {
		expect(inWords(232)).toBe('two hundred and thirty-two');
		expect(inWords(42)).toBe('forty-two');
		expect(inWords(9)).toBe('nine');
	});
});

describe('the forms an LMS export lists', () => {
	it.each(corpus.questions)(
		'$id: the canonical answer first, then forms the matcher accepts, none twice',
		({ quiz, id }) => {
			const q = question(quiz, id);
			const forms = acceptedAnswers(q.kind, q.answers, { others: q.others, mislabels: q.mislabels, prompt: q.prompt });
			expect(forms[0]).toBe(q.answers[0]);
			expect(forms.length).toBeGreaterThan(q.kind === 'phrase' ? 1 : 5);
			const key = keyOf(q);
			for (const f of forms) expect(judge(key, f), f).toBe(true);
			expect(new Set(forms.map((f) => f.toLowerCase())).size).toBe(forms.length);
		},
	);
	it('spells out a time, a number, zero and a length the ways students write them', () => {
		expect(acceptedAnswers('time', ['09:00 GMT'])).toEqual(
			expect.arrayContaining(['9am', '09:00 GMT', 'at 9am', "nine o'clock"]),
		);
		expect(acceptedAnswers('number', ['232'])).toEqual(
			expect.arrayContaining(['two hundred and thirty-two', 'at least 232']),
		);
		expect(acceptedAnswers('number', ['none'])).toEqual(expect.arrayContaining(['0', 'zero', 'no one', 'not one']));
		expect(acceptedAnswers('duration', ['six weeks'])).toEqual(
			expect.arrayContaining(['6 weeks', 'a six-week period', '42 days', 'forty-two days']),
		);
	});
	it("the page's examples are forms the matcher accepts", () => {
		for (const { quiz, id } of corpus.questions) {
			const q = question(quiz, id);
			for (const e of examples(q)) expect(judge(keyOf(q), e), `${id}: ${e}`).toBe(true);
		}
	});
});
