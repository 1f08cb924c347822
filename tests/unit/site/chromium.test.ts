import { afterEach, describe, expect, it, vi } from 'vitest';
import { findChromium, requireChromium } from '../../support/chromium';

describe('findChromium', () => {
	it('prefers CHROME_PATH when it exists', () => {
		expect(findChromium({ CHROME_PATH: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium')).toBe(
			'/opt/chrome',
		);
	});
	it("falls back to Debian's chromium, then an installed Chrome", () => {
		expect(findChromium({}, (p) => p === '/usr/bin/chromium')).toBe('/usr/bin/chromium');
		expect(findChromium({}, (p) => p === '/usr/bin/google-chrome')).toBe('/usr/bin/google-chrome');
	});
	it('does not fall back when CHROME_PATH names a missing file', () => {
		expect(findChromium({ CHROME_PATH: '/nope' }, (p) => p === '/usr/bin/chromium')).toBeUndefined();
	});
});

describe('requireChromium', () => {
	afterEach(() => vi.restoreAllMocks());
	it('fails in CI when there is no browser, so skipped tests never pass as green', () => {
		expect(() => requireChromium({ CI: 'true', CHROME_PATH: '/nope' })).toThrow(/Browser tests need Chromium/);
	});
	it('outside CI, warns loudly and lets the browser tests skip', () => {
		const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
		expect(requireChromium({ CHROME_PATH: '/nope' })).toBeUndefined();
		expect(warn).toHaveBeenCalledWith(expect.stringMatching(/BROWSER TESTS SKIPPED/));
	});
});
