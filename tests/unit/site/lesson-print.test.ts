import { describe, expect, it, vi } from 'vitest';

vi.mock('@astrojs/starlight/route-data', () => ({ defineRouteMiddleware: (f: unknown) => f }));
vi.mock('../../../src/components/site/lesson-print.css?url', () => ({ default: '/_astro/lesson-print.css' }));
const { cssString, titleRule } = await import('../../../src/components/site/lesson-print');

describe('the printed lesson title', () => {
	it('is a CSS string with quotes and backslashes escaped and no line breaks', () => {
		expect(cssString('Lesson 1: "Background"')).toBe('"Lesson 1: \\"Background\\""');
		expect(cssString('a\\b\nc')).toBe('"a\\\\b c"');
	});
	it('goes in the top-left margin box of every page', () => {
		expect(titleRule('Lesson 2: Who is who')).toMatch(/^@page \{\s*@top-left \{\s*content: "Lesson 2: Who is who";/);
	});
});
