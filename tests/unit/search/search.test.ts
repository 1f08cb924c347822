import { describe, expect, it } from 'vitest';
import {
	allowedEdits,
	buildVocabulary,
	closestWord,
	editDistance,
	Vocabulary,
} from '../../../src/lib/search/vocabulary';
import { contentWords, planQuery } from '../../../src/lib/search/query';
import { foldText, phraseKey, words } from '../../../src/lib/search/words';
import { mergeResults, withSourceInTop } from '../../../src/lib/search/results';
import { searchKind, searchTitle } from '../../../src/lib/search/kinds';
import { variantMap } from '../../../src/lib/search/names';

describe('searchKind', () => {
	it('reads the section from the path, with or without a base path', () => {
		expect(searchKind('/lessons/background/')).toBe('Lesson');
		expect(searchKind('/karabakh/sources/report-a/', '/karabakh/')).toBe('Source');
		expect(searchKind('/quizzes/')).toBe('Quiz');
		expect(searchKind('/glossary/')).toBe('Glossary');
		expect(searchKind('/timeline/')).toBe('Timeline');
		expect(searchKind('/teachers/')).toBe('Teachers');
		expect(searchKind('/')).toBeUndefined();
		expect(searchKind('/progress/')).toBeUndefined();
	});
});

describe('searchTitle', () => {
	it('puts the kind first unless the title already starts with it', () => {
		expect(searchTitle('Lesson', 'Lesson 1: Background')).toBe('Lesson 1: Background');
		expect(searchTitle('Source', 'Report A')).toBe('Source report: Report A');
		expect(searchTitle('Glossary', 'Glossary')).toBe('Glossary');
		expect(searchTitle('Teachers', "Teacher's guide")).toBe("For teachers: Teacher's guide");
		expect(searchTitle(undefined, 'Home')).toBe('Home');
	});
});

describe('words and phrase keys', () => {
	it('fold case, accents and curly apostrophes, drop possessives and keep compounds whole', () => {
		expect(foldText('Türkiye’s')).toBe("turkiye's");
		expect(words('Azerbaijan’s army, re-integration and 44-day war!')).toEqual([
			'azerbaijan',
			'army',
			're-integration',
			'and',
			'44-day',
			'war',
		]);
		expect(phraseKey('Nagorno-Karabakh')).toBe('nagorno karabakh');
		expect(phraseKey("Armenia's prime minister")).toBe('armenia prime minister');
	});
});

describe('variantMap', () => {
	it('maps each other name to its canonical form, but never a name that is itself canonical or claimed twice', () => {
		const map = variantMap([
			{ canonical: 'Ilham Aliyev', variants: ['Aliev', 'Ilham Aliev', 'Aliyev'] },
			{ canonical: 'Nagorno-Karabakh', variants: ['Karabakh', 'Artsakh', 'the enclave'] },
			{ canonical: 'Artsakh', variants: ['Republic of Artsakh'] },
			{ canonical: 'Enclave', variants: ['the enclave', 'enclaves'] },
			{ canonical: 'Ilham Aliyev', variants: ['Aliyev'] },
		]);
		expect(map).toEqual({
			aliev: 'Ilham Aliyev',
			aliyev: 'Ilham Aliyev',
			'ilham aliev': 'Ilham Aliyev',
			karabakh: 'Nagorno-Karabakh',
			'republic of artsakh': 'Artsakh',
			enclaves: 'Enclave',
		});
	});
});

describe('vocabulary', () => {
	const vocabulary = new Vocabulary(
		buildVocabulary(['Peacekeepers and peacekeepers.', 'The re-integration; the withdrawn troops; reintegration.']),
	);

	it('counts words, compounds and their parts, most frequent first', () => {
		const data = buildVocabulary(['the six-week war', 'the war']);
		expect(data.words.slice(0, 2)).toEqual(['the', 'war']);
		expect(data.words).toEqual(expect.arrayContaining(['six-week', 'six', 'week']));
		expect(data.counts[0]).toBe(2);
	});

	it('matches a word as Pagefind does: exactly or as the start of an indexed word', () => {
		expect(vocabulary.matches('peacekeepers')).toBe(true);
		expect(vocabulary.matches('peace')).toBe(true);
		expect(vocabulary.matches('withdrawl')).toBe(false);
		expect(vocabulary.matches('zzz')).toBe(false);
	});
});

describe('editDistance and closestWord', () => {
	it('counts insertions, deletions, substitutions and swapped neighbours', () => {
		expect(editDistance('withdrawl', 'withdrawn')).toBe(1);
		expect(editDistance('peacekeepres', 'peacekeepers')).toBe(1);
		expect(editDistance('casualities', 'casualties')).toBe(1);
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
	});

	it('allows 1 edit for 5–7 letters, 2 from 8, none below 5', () => {
		expect([4, 5, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
	});

	it('corrects to the closest word, ties to the more frequent, and leaves far-off or short words alone', () => {
		const vocabulary = new Vocabulary({
			words: ['pashinyan', 'pashinian', 'blockade', 'aliyev'],
			counts: [20, 1, 5, 9],
		});
		expect(closestWord('pashinjan', vocabulary)).toBe('pashinyan');
		expect(closestWord('blokade', vocabulary)).toBe('blockade');
		expect(closestWord('alijev', vocabulary)).toBe('aliyev');
		expect(closestWord('stepanakert', vocabulary)).toBeUndefined();
		expect(closestWord('alie', vocabulary)).toBeUndefined();
	});
});

describe('planQuery', () => {
	const vocabulary = new Vocabulary(
		buildVocabulary([
			'peacekeepers peacekeepers ceasefire ceasefire interfax the withdrawn troops reintegration reintegration re-integration',
			'six-week war nagorno-karabakh news agency news agency aliev aliyev aliyev',
		]),
	);
	const terms = { variants: { aliev: 'Ilham Aliyev', 'cease fire': 'Ceasefire' }, vocabulary };

	it('expands other names to the canonical name', () => {
		expect(planQuery('what did Aliev say', terms)).toMatchObject({
			query: 'what did Ilham Aliyev say',
			corrections: [],
			wordsChanged: false,
		});
	});

	it('joins split words and uses the form the pages use for compounds', () => {
		expect(planQuery('peace keepers', terms)).toMatchObject({
			query: 'peacekeepers',
			wordsChanged: true,
			corrections: [],
		});
		expect(planQuery('Inter fax', terms).query).toBe('interfax');
		// Pagefind reads a hyphen as a space, so "six-week" needs no second search.
		expect(planQuery('six week war', terms)).toMatchObject({ query: 'six week war', wordsChanged: false });
		expect(planQuery('re-integration', terms).query).toBe('reintegration');
		expect(planQuery('Nagorno-Karabakh', terms).query).toBe('Nagorno-Karabakh');
	});

	it('splits a joined word and corrects a word that matches nothing, keeping its capital for display', () => {
		expect(planQuery('newsagency', terms)).toMatchObject({ query: 'news agency', shown: 'news agency' });
		expect(planQuery('withdrawl of troops', terms)).toMatchObject({
			query: 'withdrawn of troops',
			shown: 'withdrawn of troops',
			corrections: [{ from: 'withdrawl', to: 'withdrawn' }],
		});
		expect(planQuery('Peacekeepres', terms).shown).toBe('Peacekeepers');
	});

	it('searches a quoted query as typed', () => {
		expect(planQuery('"withdrawl"', terms)).toMatchObject({ query: '"withdrawl"', corrections: [], verbatim: true });
	});

	it('leaves a query the pages already match alone', () => {
		expect(planQuery('ceasefire', terms)).toMatchObject({ query: 'ceasefire', corrections: [], wordsChanged: false });
	});
});

describe('contentWords', () => {
	it('drops question words', () => {
		expect(contentWords('Did Turkey support Azerbaijan?')).toEqual(['turkey', 'support', 'azerbaijan']);
	});
});

describe('mergeResults', () => {
	it('scales each list to its best, weights it, sums per page and keeps each page once', () => {
		const typed = [{ id: 'glossary', score: 4, from: 'typed' }];
		const rewritten = [
			{ id: 'lesson', score: 10, from: 'rewritten' },
			{ id: 'glossary', score: 5, from: 'rewritten' },
			{ id: 'report', score: 2, from: 'rewritten' },
		];
		const merged = mergeResults([
			{ results: typed, weight: 1 },
			{ results: rewritten, weight: 1 },
		]);
		expect(merged.map((r) => `${r.id}:${r.from}`)).toEqual(['glossary:typed', 'lesson:rewritten', 'report:rewritten']);
		expect(
			mergeResults([
				{ results: typed, weight: 0.25 },
				{ results: rewritten, weight: 1 },
			]).map((r) => r.id),
		).toEqual(['lesson', 'glossary', 'report']);
		expect(mergeResults([{ results: [], weight: 1 }])).toEqual([]);
	});
});

describe('withSourceInTop', () => {
	const r = (...ids: string[]) => ids.map((id) => ({ id }));
	it('moves the best matching source report to third place when none is in the top 3', () => {
		expect(
			withSourceInTop(r('glossary', 'lesson', 'timeline', 'other', 'report-a', 'report-b'), [
				'report-a',
				'report-b',
			]).map((x) => x.id),
		).toEqual(['glossary', 'lesson', 'report-a', 'timeline', 'other', 'report-b']);
	});
	it('leaves the order alone when a source is already there, or none matches', () => {
		expect(
			withSourceInTop(r('report-b', 'lesson', 'x', 'report-a'), ['report-a', 'report-b']).map((x) => x.id),
		).toEqual(['report-b', 'lesson', 'x', 'report-a']);
		expect(withSourceInTop(r('a', 'b', 'c', 'd'), []).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
	});
});
