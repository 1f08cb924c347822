import { describe, expect, it } from 'vitest';
import { describeOffline } from '../../../src/lib/offline/precache';
import {
	isSaveDataWorker,
	isShellFile,
	referencedFiles,
	saveDataRequested,
	workerScriptUrl,
} from '../../../src/lib/offline/save-data';

describe('Save-Data', () => {
	it('is read from navigator.connection, and off where the API is missing', () => {
		expect(saveDataRequested({ connection: { saveData: true } })).toBe(true);
		expect(saveDataRequested({ connection: { saveData: false } })).toBe(false);
		expect(saveDataRequested({})).toBe(false);
	});
	it('puts the worker in Save-Data mode through its script URL, under any base path', () => {
		expect(workerScriptUrl('/karabakh/', 'sw.js', true)).toBe('/karabakh/sw.js?save-data=on');
		expect(workerScriptUrl('/', 'sw.js', false)).toBe('/sw.js');
		expect(isSaveDataWorker('https://example.org/karabakh/sw.js?save-data=on')).toBe(true);
		expect(isSaveDataWorker('https://example.org/sw.js')).toBe(false);
	});
	it('keeps style sheets, fonts, icons, the manifest and the offline page as the shell, and no page or data', () => {
		for (const path of [
			'_astro/print.x1.css',
			'_astro/f.woff2',
			'favicon.svg',
			'icons/icon-192.png',
			'manifest.webmanifest',
			'offline/',
		])
			expect(isShellFile(path), path).toBe(true);
		for (const path of [
			'_astro/page.x1.js',
			'lessons/background/',
			'search/vocabulary.json',
			'pagefind/pagefind.js',
			'exports/review.json',
		])
			expect(isShellFile(path), path).toBe(false);
	});
	it('finds what a page and a script load, but not the pages a page links to', () => {
		const html =
			'<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/page.js"></script>' +
			'<img src="../fig.png" alt=""><a href="/lessons/actors/">x</a><a href="/exports/a.json">y</a><link rel="canonical" href="https://example.org/lessons/x/">';
		expect(referencedFiles(html, 'https://example.org/lessons/background/')).toEqual([
			'https://example.org/_astro/a.css',
			'https://example.org/_astro/page.js',
			'https://example.org/lessons/fig.png',
		]);
		const js =
			'import{a as b}from"./storage.js";import"./toc.js";const q=()=>import("./quiz.js"),m=()=>import(`./match.js`),p=()=>import(`${b}pagefind.js`);';
		expect(referencedFiles(js, 'https://example.org/_astro/page.js')).toEqual([
			'https://example.org/_astro/storage.js',
			'https://example.org/_astro/toc.js',
			'https://example.org/_astro/quiz.js',
			'https://example.org/_astro/match.js',
		]);
	});
	it('offers the whole guide with its measured size while only opened pages are kept', () => {
		const status = { total: 105, cached: 20, bytes: 297_371, guideBytes: 3_046_089, saveData: true };
		expect(describeOffline({ kind: 'status', status })).toEqual({
			text: 'Save-Data is on, so only the pages you open are kept for offline use (290 KB so far).',
			ready: false,
			offerSave: true,
			saveLabel: 'Save the whole guide (2.9 MB)',
		});
		expect(describeOffline({ kind: 'status', status: { ...status, cached: 105 } }).ready).toBe(true);
	});
});
