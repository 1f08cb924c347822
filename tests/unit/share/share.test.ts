// Short links and QR codes: readable codes, the right target, and a QR code that decodes to the absolute short URL.
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrMatrix, qrSvg } from '../../../src/lib/share/qr';
import { absoluteUrl, readable, shortLinks, shortNames, shortPath } from '../../../src/lib/share/short-links';

/** The matrix as an RGBA image, 4 px a module, with a quiet zone, as a camera would see a printed code. */
function decode(matrix: boolean[][]): string | undefined {
	const scale = 4;
	const size = (matrix.length + 8) * scale;
	const data = new Uint8ClampedArray(size * size * 4).fill(255);
	for (const [r, row] of matrix.entries())
		for (const [c, dark] of row.entries()) {
			if (!dark) continue;
			for (let y = 0; y < scale; y++)
				for (let x = 0; x < scale; x++) {
					const i = (((r + 4) * scale + y) * size + (c + 4) * scale + x) * 4;
					data[i] = data[i + 1] = data[i + 2] = 0;
				}
		}
	return jsQR(data, size, size)?.data;
}

describe('short links', () => {
	const ids = ['actors', 'background', 'ceasefire-terms', 'comparing-reports', 'open-questions', 'review'];

	it('uses the last word of a quiz id, or the whole id where two quizzes share it or a quiz is named so', () => {
		expect(Object.fromEntries(shortNames(ids))).toEqual({
			actors: 'actors',
			background: 'background',
			'ceasefire-terms': 'terms',
			'comparing-reports': 'reports',
			'open-questions': 'questions',
			review: 'review',
		});
		expect(Object.fromEntries(shortNames(['a-terms', 'b-terms', 'c-review', 'review']))).toEqual({
			'a-terms': 'a-terms',
			'b-terms': 'b-terms',
			'c-review': 'c-review',
			review: 'review',
		});
	});

	it('gives each quiz six class periods, each a test-mode link with its own seed, every code unique', () => {
		const links = shortLinks(ids);
		expect(links).toHaveLength(36);
		expect(new Set(links.map((l) => l.short)).size).toBe(36);
		expect(links.find((l) => l.short === 'terms-3')).toEqual({
			short: 'terms-3',
			quiz: 'ceasefire-terms',
			period: 3,
			seed: '3',
			target: '/quizzes/ceasefire-terms/?mode=test&seed=3',
		});
	});

	it('makes absolute URLs from the site and the base path', () => {
		expect(absoluteUrl('https://example.org', '/', shortPath('terms-3'))).toBe('https://example.org/q/terms-3/');
		expect(absoluteUrl('https://example.org', '/guide', '/q/terms-3/')).toBe('https://example.org/guide/q/terms-3/');
		expect(absoluteUrl('https://example.org/', '/guide/', 'q/x/')).toBe('https://example.org/guide/q/x/');
		expect(readable('https://example.org/guide/q/terms-3/')).toBe('example.org/guide/q/terms-3/');
	});
});

describe('QR codes', () => {
	it('decode to the absolute short URL', () => {
		const text = 'https://karabakh-ceasefire.example.org/q/terms-3/';
		expect(decode(qrMatrix(text))).toBe(text);
	});

	it('are one SVG path of black on white with a quiet zone and a title', () => {
		const svg = qrSvg('https://example.org/q/actors-1/', 'QR code: example.org/q/actors-1/ & more');
		const n = qrMatrix('https://example.org/q/actors-1/').length;
		expect(svg).toContain(`viewBox="0 0 ${n + 8} ${n + 8}"`);
		expect(svg).toContain('<title>QR code: example.org/q/actors-1/ &amp; more</title>');
		expect(svg.match(/<path /g)).toHaveLength(1);
	});
});
