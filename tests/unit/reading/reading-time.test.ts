// A lesson's reading time: the words of its prose, leaving out the quiz and the cited-paragraphs appendix.
import { describe, expect, it } from 'vitest';
import { lessonWords, readingMinutes } from '../../../src/lib/reading/reading-time';

describe('lessonWords', () => {
	it('counts headings, paragraphs, lists and quoted words, not imports, citations, the quiz or the appendix', () => {
		const mdx = [
			"import Cite from './Cite.astro';",
			'## One two',
			'Three four <Cite source="report-a" p={1} /> <Quote source="report-a" p={2} text="five six" />.',
			'- seven\n- eight',
			'## Quiz',
			'Check what you have learned. <Quiz id="x" />',
			'## Sources cited in this lesson',
			'<CitedParagraphs />',
		].join('\n\n');
		expect(lessonWords(mdx)).toBe(8);
	});
});

describe('readingMinutes', () => {
	it('is words at 200 a minute, rounded, never under one', () => {
		expect(readingMinutes(1250)).toBe(6);
		expect(readingMinutes(40)).toBe(1);
	});
});
