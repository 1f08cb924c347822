// What the service worker precaches, and how the "Available offline" control describes it. Pure logic shared by the
// build step (src/integrations/service-worker.ts), the footer script (src/components/offline/offline-status.ts), the budget
// test and `npm run bench`.

/** The whole guide's precache must stay within this (uncompressed bytes, as stored in the browser). */
export const PRECACHE_BUDGET_BYTES = 3 * 1024 * 1024;

/** The service worker's file name, at the root of the built site (its scope is the base path). */
export const SW_FILE = 'sw.js';

/** The page served for a navigation that is neither online nor in the cache. */
export const OFFLINE_PAGE = 'offline/';

/**
 * Files under dist/ to precache: every page, the CSS and JS Astro emits, icons, the manifest, every JSON file the
 * build writes (quiz exports, search data), and the whole Pagefind folder (entry, meta, WebAssembly, index chunks,
 * fragments, filters, worker). Globs are relative to dist/, so the same list works under any base path.
 */
export const PRECACHE_GLOBS = [
	'**/*.html',
	'_astro/**/*.{js,css,svg,png,webp,avif,jpg,woff,woff2}',
	'*.{svg,png,ico,webmanifest}',
	'icons/*.png',
	'**/*.json',
	'pagefind/**/*',
];

/**
 * Left out, with the reason (README "Offline" repeats these):
 * - Pagefind's own UI bundles (default, modular and component UIs, highlight): Starlight ships its own search UI in
 *   /_astro/ and never loads them.
 * - Pagefind's "unknown language" WebAssembly: the guide is English, so only wasm.en is requested.
 * - LMS packages and text exports (QTI/SCORM zips, Common Cartridge, GIFT, Moodle XML, CSV): a teacher imports them
 *   into an LMS, which needs a network anyway. The JSON exports (the canonical quiz data) are kept.
 * - The sitemap, _headers and the 404 page: for crawlers and hosts, not readers (the offline page replaces the 404).
 * - The teachers' printables (worksheets and answer keys, PRINTABLES): a teacher prints them online, and precaching would
 *   copy every answer key into every student's browser (students meet the quiz page, which is its own worksheet).
 * - Short links and their QR codes (`q/`), and the teachers' page that lists them (`teachers/share/`): a student
 *   scans a code on a phone that has never opened the guide, online; offline, the page's QR images would be missing.
 */
/** The teachers' printables, left out of the precache (see above). */
export const PRINTABLES = ['teachers/worksheets/**', 'teachers/answer-keys/**'];

export const PRECACHE_IGNORES = [
	...PRINTABLES,
	'pagefind/pagefind-ui.{js,css}',
	'pagefind/pagefind-modular-ui.{js,css}',
	'pagefind/pagefind-component-ui.{js,css}',
	'pagefind/pagefind-highlight.js',
	'pagefind/wasm.unknown.pagefind',
	'404.html',
	'q/**',
	'teachers/share/**',
	SW_FILE,
];

/** Built pages (site paths) the precache leaves out on purpose (see PRECACHE_IGNORES): they need the network. */
export const ONLINE_ONLY_PAGE = /^\/(?:404\.html|q\/.+|teachers\/share\/)$/;

/** Hashed file names (Astro's /_astro/name.HASH.ext, Pagefind's name_HASH.ext): their URL changes with their content. */
export const HASHED_URL = /(?:^|\/)_astro\/.+\.[\w-]{8}\.\w+$|_[0-9a-f]{7,}\.pf_\w+$/;

/** Query parameters ignored when matching a precached file: Pagefind adds ?ts=<time> to bust caches. */
export const IGNORED_PARAMS = [/^utm_/, /^fbclid$/, /^ts$/];

/** A precache entry's URL for a built file: `lessons/x/index.html` → `lessons/x/`, the address pages link to. */
export function precacheUrl(file: string): string {
	if (file === 'index.html') return './';
	return file.replace(/(^|\/)index\.html$/, '$1');
}

/** "2.4 MB", "830 KB", "512 bytes": sizes as a reader sees them (1 KB = 1024 bytes). */
export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} bytes`;
	if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** What the service worker reports about its precache. */
export interface PrecacheStatus {
	/** Files the guide needs offline. */
	total: number;
	/** Of those, how many are in this browser's cache. */
	cached: number;
	/** Bytes those cached files take. */
	bytes: number;
	/** The whole guide's size, measured by the build from the precache manifest. */
	guideBytes: number;
	/** Whether the worker keeps only what the reader opens (Save-Data on at the first visit). */
	saveData: boolean;
}

export type OfflineState =
	{ kind: 'unsupported' } | { kind: 'saving' } | { kind: 'status'; status: PrecacheStatus } | { kind: 'failed' };

export interface OfflineDescription {
	text: string;
	ready: boolean;
	offerSave: boolean;
	/** The save button's label. */
	saveLabel: string;
}

const MAKE_AVAILABLE = 'Make available offline now';

/** The sentence the footer control shows, and whether (and how) it offers to save the whole guide. */
export function describeOffline(state: OfflineState): OfflineDescription {
	const saveLabel = MAKE_AVAILABLE;
	switch (state.kind) {
		case 'unsupported':
			return {
				text: 'This browser cannot keep the guide for offline use.',
				ready: false,
				offerSave: false,
				saveLabel,
			};
		case 'saving':
			return { text: 'Saving the guide in this browser for offline use…', ready: false, offerSave: false, saveLabel };
		case 'failed':
			return {
				text: 'The guide could not be saved for offline use (no connection, or storage is blocked).',
				ready: false,
				offerSave: true,
				saveLabel,
			};
		case 'status': {
			const { total, cached, bytes, guideBytes, saveData } = state.status;
			if (total > 0 && cached >= total) {
				return {
					text: `Ready offline: the whole guide (${formatBytes(bytes)}) is saved in this browser.`,
					ready: true,
					offerSave: false,
					saveLabel,
				};
			}
			if (saveData) {
				return {
					text: `Save-Data is on, so only the pages you open are kept for offline use (${formatBytes(bytes)} so far).`,
					ready: false,
					offerSave: true,
					saveLabel: `Save the whole guide (${formatBytes(guideBytes)})`,
				};
			}
			return {
				text: `Not ready offline: ${cached} of ${total} files are saved in this browser.`,
				ready: false,
				offerSave: true,
				saveLabel,
			};
		}
	}
}

/** A manifest entry as workbox-build hands it to a transform (structurally, so this file needs no Node types). */
interface SizedEntry {
	url: string;
	revision: string | null;
	size: number;
}

/**
 * workbox-build's glob options for a built site in `globDirectory` (used by the build step, the budget test and
 * the benchmark, so all three measure the same list). URLs stay relative: the worker resolves them against its own
 * address, so they follow the base path.
 */
export function precacheOptions(globDirectory: string) {
	return {
		globDirectory,
		globPatterns: PRECACHE_GLOBS,
		globIgnores: PRECACHE_IGNORES,
		dontCacheBustURLsMatching: HASHED_URL,
		maximumFileSizeToCacheInBytes: 1024 * 1024,
		manifestTransforms: [
			(entries: SizedEntry[]) => ({
				manifest: entries.map((entry) => ({ ...entry, url: precacheUrl(entry.url) })),
				warnings: [],
			}),
		],
	};
}
