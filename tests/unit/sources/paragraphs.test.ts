import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyParagraphs, parseReport, splitParagraphs } from '../../../src/lib/sources/paragraphs';

describe('splitParagraphs', () => {
	it('numbers every non-empty line and skips blank ones', () => {
		expect(splitParagraphs('One\n\nTwo\n   \nThree\n')).toEqual(['One', 'Two', 'Three']);
	});
	it('parses CRLF, CR and a missing final newline the same as LF', () => {
		const lf = splitParagraphs('Head\n\nBody one.\nBody two.\n');
		expect(splitParagraphs('Head\r\n\r\nBody one.\r\nBody two.\r\n')).toEqual(lf);
		expect(splitParagraphs('Head\r\rBody one.\rBody two.')).toEqual(lf);
		expect(splitParagraphs('Head\n\nBody one.\nBody two.')).toEqual(lf);
	});
	it('keeps each line verbatim, inner spacing and curly quotes included', () => {
		expect(splitParagraphs('  “Quoted,”  she said. \n')).toEqual(['  “Quoted,”  she said. ']);
	});
});

describe('classifyParagraphs', () => {
	it('finds headline, standfirst, byline, captions, body and closing boilerplate', () => {
		const kinds = classifyParagraphs([
			'Forces accept ceasefire after offensive',
			'The day-old offensive has led to casualties.',
			'By Jane Doe, News Reporter',
			'AZERBAIJAN-ARMENIA-KARABAKH-CONFLICT',
			'Troops in the region (Image: Getty)',
			'The ceasefire began at 1pm.',
			'Would you like to receive news notifications from Example News?',
		]);
		expect(kinds).toEqual(['headline', 'standfirst', 'byline', 'caption', 'caption', 'body', 'boilerplate']);
	});
	it('treats an opening sentence as a standfirst when there is no byline, and the rest as body', () => {
		expect(classifyParagraphs(['Forces surrender as sides confirm a ceasefire.', 'Body one.', 'Body two.'])).toEqual([
			'standfirst',
			'body',
			'body',
		]);
	});
	it('does not mistake a body sentence beginning "By" for a byline', () => {
		expect(classifyParagraphs(['Headline', 'By Tuesday the offensive had begun in earnest.'])).toEqual([
			'headline',
			'body',
		]);
	});
});

describe('parseReport', () => {
	it('applies per-paragraph overrides after the heuristics', () => {
		const paragraphs = parseReport('Headline\nBody.\nMore.', { 2: 'caption' });
		expect(paragraphs.map((p) => [p.n, p.kind])).toEqual([
			[1, 'headline'],
			[2, 'caption'],
			[3, 'body'],
		]);
	});
	it('reads both seed reports with the kinds a reader would give them', () => {
		const a = parseReport(readFileSync('seeds/report-a.txt', 'utf8'));
		expect(a).toHaveLength(12);
		expect(a.filter((p) => p.kind !== 'body').map((p) => [p.n, p.kind])).toEqual([[1, 'standfirst']]);
		const b = parseReport(readFileSync('seeds/report-b.txt', 'utf8'));
		expect(b).toHaveLength(26);
		expect(b.filter((p) => p.kind !== 'body').map((p) => [p.n, p.kind])).toEqual([
			[1, 'headline'],
			[2, 'standfirst'],
			[3, 'byline'],
			[4, 'caption'],
			[5, 'caption'],
			[11, 'caption'],
			[12, 'caption'],
			[26, 'boilerplate'],
		]);
	});
});
