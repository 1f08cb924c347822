import { describe, expect, it } from 'vitest';
import { citationProblem, normaliseForQuote, quoteOccursIn } from '../../../src/lib/sources/citations';
import { readSources } from '../../../src/lib/sources/seeds';

const sources = readSources('seeds');

describe('normaliseForQuote', () => {
	it('folds white space and curly quotes, nothing else', () => {
		expect(normaliseForQuote('  “re‑integration”\n  with   Azerbaijan’s ')).toBe('"re‑integration" with Azerbaijan\'s');
		expect(normaliseForQuote('Yevlakh')).not.toBe(normaliseForQuote('Yevlkah'));
	});
});

describe('quoteOccursIn', () => {
	it('finds a straight-quoted phrase in a curly-quoted paragraph', () => {
		const p3 = sources[0]!.paragraphs[2]!.text;
		expect(quoteOccursIn('talks with Armenian separatists on the "reintegration"', p3)).toBe(true);
	});
	it('does not forgive case, spelling or punctuation', () => {
		const p3 = sources[0]!.paragraphs[2]!.text;
		expect(quoteOccursIn('the town of Yevlakh', p3)).toBe(false);
		expect(quoteOccursIn('THE TOWN OF YEVLKAH', p3)).toBe(false);
		expect(quoteOccursIn('the town of Yevlkah', p3)).toBe(true);
	});
	it('never accepts an empty quote', () => {
		expect(quoteOccursIn('  ', 'anything')).toBe(false);
	});
});

describe('citationProblem', () => {
	it('accepts a good citation with and without a quote', () => {
		expect(citationProblem(sources, { source: 'report-b', p: 10, quote: 'at least 32 persons' })).toBeUndefined();
		expect(citationProblem(sources, { source: 'report-a', p: 12 })).toBeUndefined();
	});
	it('rejects an unknown source, listing the known ids', () => {
		expect(citationProblem(sources, { source: 'reuters', p: 1 })).toEqual({
			problem: 'unknown source "reuters".',
			fix: expect.stringMatching(
				/^use one of the source ids in seeds\/sources.yaml: "report-a", "report-b"(, "[a-z0-9-]+")*; if "reuters" has been removed, remove this citation or cite another report \(README, "Removing a source"\)\.$/,
			),
		});
		const three = [...sources, { id: 'report-c', paragraphs: [] }];
		expect(citationProblem(three, { source: 'reuters', p: 1 })?.fix).toMatch(/"report-b", "report-c"; if/);
	});
	it('rejects a paragraph out of range, giving the range', () => {
		expect(citationProblem(sources, { source: 'report-a', p: 13 })?.problem).toBe(
			'paragraph 13 does not exist: report-a has paragraphs 1 to 12.',
		);
		expect(citationProblem(sources, { source: 'report-a', p: 0 })?.problem).toMatch(/paragraph 0 does not exist/);
	});
	it('rejects a quote that is not in the paragraph, showing what the paragraph says', () => {
		const problem = citationProblem(sources, { source: 'report-b', p: 10, quote: 'at least 23 persons' });
		expect(problem?.problem).toMatch(
			/the quote "at least 23 persons" is not in report-b paragraph 10, which reads: "According to Karabakh/,
		);
		expect(problem?.fix).toMatch(/copy the words exactly/);
	});
});
