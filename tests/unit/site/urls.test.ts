import { describe, expect, it } from 'vitest';
import { sourcePath, trailingSlash, withBase } from '../../../src/lib/site/urls';

describe('trailingSlash', () => {
	it('adds one slash where there is none and leaves a slash alone', () => {
		expect(trailingSlash('/guide')).toBe('/guide/');
		expect(trailingSlash('/guide/')).toBe('/guide/');
		expect(trailingSlash('/')).toBe('/');
	});
});

describe('withBase and sourcePath', () => {
	it('joins a base and a site path with one slash', () => {
		expect(withBase('/guide/', '/lessons/actors/')).toBe(withBase('/guide', '/lessons/actors/'));
		expect(withBase('/guide', '/lessons/actors/')).toMatch(/^\/guide\/lessons\/actors\/$/);
	});
	it('points at a paragraph anchor of a source page', () => {
		expect(sourcePath('report-a', 5)).toMatch(/\/sources\/report-a\/#p5$/);
	});
});
