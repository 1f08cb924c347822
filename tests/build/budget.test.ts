// The quiz's cost: JavaScript a quiz page loads beyond a page without a quiz (brief: ≤ 5 KB gzipped, ≤ 2 requests).
import { describe, expect, it } from 'vitest';
import { gzippedSize, pageScripts } from '../../src/lib/page-scripts';

const DIST = process.env.OUT_DIR ?? 'dist';
const BASE = process.env.BASE_PATH ?? '/';

describe('quiz JavaScript budget', () => {
	it('a quiz page loads at most 2 extra scripts, 5 KB gzipped in all', () => {
		const plain = new Set(pageScripts(DIST, 'sources/report-a/index.html', BASE));
		const extra = pageScripts(DIST, 'quizzes/background/index.html', BASE).filter((url) => !plain.has(url));
		const bytes = extra.reduce((sum, url) => sum + gzippedSize(DIST, url, BASE), 0);
		console.log(`quiz JS beyond a plain page: ${extra.length} request(s), ${bytes} bytes gzipped (${extra.join(', ')})`);
		expect(extra.length).toBeGreaterThanOrEqual(1);
		expect(extra.length).toBeLessThanOrEqual(2);
		expect(bytes).toBeLessThanOrEqual(5 * 1024);
	});

	it('a page without a quiz loads none of the quiz code', () => {
		const quizOnly = pageScripts(DIST, 'quizzes/background/index.html', BASE).filter((url) => /Quiz|quiz-storage/.test(url));
		const plain = pageScripts(DIST, 'glossary/index.html', BASE);
		expect(plain.filter((url) => quizOnly.includes(url))).toEqual([]);
	});
});
