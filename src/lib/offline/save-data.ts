// Save-Data: what the service worker keeps when the reader's browser asks to save data (navigator.connection.saveData,
// the `Save-Data: on` request header). Then only the site's shell and the pages the reader opens (with the files those
// pages load) are kept, and the footer offers the whole guide with its size. Pure logic shared by the worker
// (src/sw/), the footer script (src/components/offline/) and the tests; README "Offline" describes the design.

/** The query parameter on the worker's script URL that puts it in Save-Data mode (`sw.js?save-data=on`). */
export const SAVE_DATA_PARAM = 'save-data';

/**
 * In the built worker, replaced by the whole guide's precache size in bytes (src/integrations/service-worker.ts), so
 * the footer's "Save the whole guide (2.9 MB)" is measured from the precache manifest, never typed.
 */
export const GUIDE_BYTES_PLACEHOLDER = 'self.__GUIDE_BYTES';

/** Whether the reader's browser asks to save data (false where the Network Information API is missing). */
export function saveDataRequested(nav: { connection?: { saveData?: boolean } | undefined }): boolean {
	return nav.connection?.saveData === true;
}

/** The worker's script URL for a first registration: Save-Data mode is chosen once, by the page that registers it. */
export function workerScriptUrl(base: string, file: string, saveData: boolean): string {
	return saveData ? `${base}${file}?${SAVE_DATA_PARAM}=on` : `${base}${file}`;
}

/** Whether a worker script URL asks for Save-Data mode. */
export function isSaveDataWorker(scriptUrl: string): boolean {
	return new URL(scriptUrl, 'https://example.invalid/').searchParams.get(SAVE_DATA_PARAM) === 'on';
}

/**
 * The shell every page needs, kept even with Save-Data on: style sheets, fonts, icons, the web app manifest and the
 * offline page. `path` is relative to the base path, as in the precache manifest (`_astro/x.css`, `offline/`).
 */
export function isShellFile(path: string): boolean {
	return (
		/^_astro\/[^/]+\.(?:css|woff2?)$/.test(path) ||
		/^[^/]+\.(?:svg|png|ico|webmanifest)$/.test(path) ||
		/^icons\/[^/]+\.png$/.test(path) ||
		path === 'offline/'
	);
}

/**
 * The files a page or script loads, as written in it: `src`/`href` of `<link>`, `<script>` and `<img>` (not `<a>`: a
 * link is not loaded until followed), and the
 * imports of an ES module (`import"./x.js"`, `from"./x.js"`, `import("./x.js")`: a page's code split off to load on
 * demand still belongs to the page).
 * Relative to `url`; the caller keeps only what is in the precache.
 */
export function referencedFiles(text: string, url: string): string[] {
	const found = new Set<string>();
	const add = (ref: string) => {
		if (ref.includes('${')) return; // a template literal's address is only known when the script runs
		const resolved = new URL(ref.replaceAll('&amp;', '&'), url);
		resolved.hash = '';
		if (!resolved.pathname.endsWith('/') && !resolved.pathname.endsWith('.html')) found.add(resolved.href);
	};
	for (const [tag] of text.matchAll(/<(?:link|script|img)\b[^>]*>/g))
		for (const [, ref] of tag.matchAll(/\s(?:src|href)="([^"#][^"]*)"/g)) add(ref!);
	for (const [, ref] of text.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g)) add(ref!);
	return [...found];
}
