import { describe, expect, it } from 'vitest';
import {
	describeOffline,
	formatBytes,
	HASHED_URL,
	IGNORED_PARAMS,
	precacheUrl,
} from '../../../src/lib/offline/precache';

describe('precacheUrl', () => {
	it('maps built files to the addresses pages link to, relative to the worker (so under any base path)', () => {
		expect(precacheUrl('index.html')).toBe('./');
		expect(precacheUrl('lessons/background/index.html')).toBe('lessons/background/');
		expect(precacheUrl('pagefind/pagefind.js')).toBe('pagefind/pagefind.js');
		expect(precacheUrl('exports/index.json')).toBe('exports/index.json');
	});
});

describe('HASHED_URL and IGNORED_PARAMS', () => {
	it('knows hashed assets from files whose content changes under the same name', () => {
		expect(HASHED_URL.test('_astro/page.cNngjUgL.js')).toBe(true);
		expect(HASHED_URL.test('/karabakh/_astro/print.ehPL0gv-.css')).toBe(true);
		expect(HASHED_URL.test('pagefind/index/en_da70fb5.pf_index')).toBe(true);
		expect(HASHED_URL.test('pagefind/pagefind.js')).toBe(false);
		expect(HASHED_URL.test('pagefind/pagefind-entry.json')).toBe(false);
		expect(HASHED_URL.test('lessons/background/')).toBe(false);
	});
	it("ignores Pagefind's ?ts= cache-buster, not the quiz's ?seed=", () => {
		expect(IGNORED_PARAMS.some((re) => re.test('ts'))).toBe(true);
		expect(IGNORED_PARAMS.some((re) => re.test('seed'))).toBe(false);
	});
});

describe('formatBytes', () => {
	it('reads like a person would say it', () => {
		expect(formatBytes(512)).toBe('512 bytes');
		expect(formatBytes(830 * 1024)).toBe('830 KB');
		expect(formatBytes(2.24 * 1024 * 1024)).toBe('2.2 MB');
	});
});

describe('describeOffline', () => {
	it('says ready, with the size, only when every file is saved', () => {
		expect(
			describeOffline({
				kind: 'status',
				status: { total: 88, cached: 88, bytes: 2_300_000, guideBytes: 2_300_000, saveData: false },
			}),
		).toEqual({
			text: 'Ready offline: the whole guide (2.2 MB) is saved in this browser.',
			ready: true,
			offerSave: false,
			saveLabel: 'Make available offline now',
		});
		const partial = describeOffline({
			kind: 'status',
			status: { total: 88, cached: 40, bytes: 1_000_000, guideBytes: 2_300_000, saveData: false },
		});
		expect(partial).toMatchObject({ ready: false, offerSave: true });
		expect(partial.text).toBe('Not ready offline: 40 of 88 files are saved in this browser.');
		expect(
			describeOffline({
				kind: 'status',
				status: { total: 0, cached: 0, bytes: 0, guideBytes: 2_300_000, saveData: false },
			}).ready,
		).toBe(false);
	});
	it('offers to try again after a failure, and nothing where the browser cannot', () => {
		expect(describeOffline({ kind: 'failed' })).toMatchObject({ ready: false, offerSave: true });
		expect(describeOffline({ kind: 'unsupported' })).toMatchObject({ ready: false, offerSave: false });
		expect(describeOffline({ kind: 'saving' })).toMatchObject({ ready: false, offerSave: false });
	});
});
