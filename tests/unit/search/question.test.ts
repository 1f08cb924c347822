import { describe, expect, it } from 'vitest';
import { bestHeadingMatch, contentWords, headingMatch, readQuestion, stem } from '../../../src/lib/search/question';
import { planQuery } from '../../../src/lib/search/query';
import { buildVocabulary, Vocabulary } from '../../../src/lib/search/vocabulary';
import { separateIndexedWords } from '../../../src/lib/search/word-breaks';

describe('readQuestion', () => {
	it('reads the opening a heading may echo, longest first', () => {
		expect(readQuestion('when did the ceasefire start').asks).toBe('when');
		expect(readQuestion('how many people died').asks).toBe('how many');
		expect(readQuestion('what time does the ceasefire start').asks).toBe('what time');
		expect(readQuestion('Aliyev').asks).toBeUndefined();
	});
	it('knows a question by its first word, phone spellings included, or by a question mark', () => {
		expect(readQuestion('why did azerbaijan attack').isQuestion).toBe(true);
		expect(readQuestion('wat is an enclave').isQuestion).toBe(true);
		expect(readQuestion('ceasefire start time?').isQuestion).toBe(true);
		expect(readQuestion('ceasefire terms').isQuestion).toBe(false);
	});
	it('knows when a definition is asked for', () => {
		for (const q of ['what is a blockade', 'wat is an enclave', 'who is pashinyan', 'what does gmt mean', 'whats GMT'])
			expect(readQuestion(q).defines, q).toBe(true);
		for (const q of ['what did Aliev say', 'when did the ceasefire start', 'Aliyev'])
			expect(readQuestion(q).defines, q).toBe(false);
	});
	it('finds the topic of "quiz on …", "quiz about …" and "… quiz"', () => {
		expect(readQuestion('quiz on the ceasefire terms').quizTopic).toBe('the ceasefire terms');
		expect(readQuestion('Quiz about actors').quizTopic).toBe('actors');
		expect(readQuestion('a quiz for background').quizTopic).toBe('background');
		expect(readQuestion('background quiz').quizTopic).toBe('background');
		expect(readQuestion('quiz').quizTopic).toBeUndefined();
		expect(readQuestion('what is on the quiz').quizTopic).toBeUndefined();
	});
});

describe('contentWords', () => {
	it('drops stop words, question words and the verbs a question wraps around its subject', () => {
		expect(contentWords('when did the ceasefire start')).toEqual(['ceasefire', 'start']);
		expect(contentWords('what did putin say')).toEqual(['putin']);
		expect(contentWords('what does reintegration mean')).toEqual(['reintegration']);
		expect(contentWords('wat is an enclave')).toEqual(['enclave']);
	});
});

describe('headingMatch', () => {
	it('scores the share of the question words a heading has, by stem, with the echoed opening worth half a word', () => {
		expect(stem('starting')).toBe('start');
		expect(stem('agreed')).toBe('agre');
		const heading = 'What time was the ceasefire due to start?';
		expect(headingMatch(['ceasefire', 'start'], 'when', heading)).toBe(1);
		expect(headingMatch(['ceasefire', 'start'], undefined, heading)).toBe(1);
		expect(headingMatch(['ceasefire', 'start'], 'when', 'Who confirmed the ceasefire?')).toBeCloseTo(1 / 2.5);
		expect(headingMatch(['ceasefire'], 'when', 'Background')).toBe(0);
		// A short heading word ("a", "to") does not count as the start of a question word.
		expect(headingMatch(['azerbaijan'], undefined, 'A to Z')).toBe(0);
		expect(bestHeadingMatch(['agreement'], undefined, ['Lesson 3', 'What was agreed?'])).toBe(1);
	});
});

describe('planQuery: questions and words the pages never use', () => {
	const vocabulary = new Vocabulary(
		buildVocabulary([
			'ceasefire ceasefire start starting steps azerbaijan azerbaijan karabakh peacekeepers say says people killed',
		]),
	);
	const terms = { variants: { azeri: 'Azerbaijani' }, vocabulary };
	it('searches a question without its question and stop words', () => {
		expect(planQuery('when did the ceasefire start', terms)).toMatchObject({
			keywords: 'ceasefire start',
			absent: [],
			onlyAbsent: false,
		});
		expect(planQuery('ceasefire start', terms).keywords).toBe('ceasefire start');
	});
	it('says a name is absent when no indexed word is it, starts with it or is a close spelling of it', () => {
		expect(planQuery('Stepanakert', terms)).toMatchObject({ absent: ['Stepanakert'], onlyAbsent: true });
		expect(planQuery('what did Putin say', terms)).toMatchObject({ absent: ['Putin'], onlyAbsent: true });
		expect(planQuery('refugees', terms)).toMatchObject({ absent: ['refugees'], onlyAbsent: true });
	});
	it('keeps typos, prefixes and other names working', () => {
		expect(planQuery('Azerbajan', terms)).toMatchObject({ keywords: 'azerbaijan', absent: [] });
		expect(planQuery('karabach', terms)).toMatchObject({ keywords: 'karabakh', absent: [] });
		expect(planQuery('peacekeeper', terms)).toMatchObject({ keywords: 'peacekeeper', absent: [] });
		expect(planQuery('Azeri', terms)).toMatchObject({ absent: [], onlyAbsent: false });
	});
	it('leaves an absent word out of a query that has other words', () => {
		expect(planQuery('how many people died', terms)).toMatchObject({
			keywords: 'people',
			absent: ['died'],
			onlyAbsent: false,
		});
		expect(planQuery('"Stepanakert"', terms)).toMatchObject({ absent: [], verbatim: true });
	});
});

describe('separateIndexedWords', () => {
	it('puts a space between a term and its definition, and between table cells, for the index', () => {
		expect(separateIndexedWords('<dl><dt><a href="#b">Blockade</a></dt><dd>Cutting off</dd><dt>X</dt></dl>')).toBe(
			'<dl><dt><a href="#b">Blockade</a></dt> <dd>Cutting off</dd> <dt>X</dt></dl>',
		);
		expect(separateIndexedWords('<tr><th>Quiz</th><td>Print</td><td>Import</td></tr>')).toBe(
			'<tr><th>Quiz</th> <td>Print</td> <td>Import</td></tr>',
		);
		expect(separateIndexedWords('<thead><tr><th>Use</th></tr></thead><tbody><tr><th>Lesson</th></tr><tr>')).toBe(
			'<thead><tr><th>Use</th></tr></thead> <tbody><tr><th>Lesson</th></tr> <tr>',
		);
		expect(separateIndexedWords('<a href="/">Compare</a><span class="description astro-x">Every claim</span>')).toBe(
			'<a href="/">Compare</a> <span class="description astro-x">Every claim</span>',
		);
		expect(separateIndexedWords('<p><strong>Tuesday</strong><span>x</span></p>')).toBe(
			'<p><strong>Tuesday</strong><span>x</span></p>',
		);
	});
});
