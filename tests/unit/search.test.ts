import { describe, expect, it } from 'vitest';
import { searchKind, searchTitle } from '../../src/lib/search';

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
