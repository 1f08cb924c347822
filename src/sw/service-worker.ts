/// <reference lib="webworker" />
// The guide's service worker. Bundled with esbuild and given its precache list by workbox-build after each build
// (src/integrations/service-worker.ts): this file never lists a URL itself.
//
// - Install: precache every page, CSS/JS, icon, JSON file and the Pagefind index (self.__WB_MANIFEST); with Save-Data
//   on (the page registered `sw.js?save-data=on`), only the shell and the pages open in this browser with the files
//   they load (save-data-install.ts), until the reader asks for the whole guide.
// - A precached file fetched online and missing from the cache is kept (a page opened with Save-Data on, a repair).
// - Pages (navigations): network first, so a reader online always gets the newest deploy; on no network, a network
//   error, a 5xx or after 4 s of waiting, the precached copy; for a page that is not precached, the offline page.
// - Everything precached: cache first (Pagefind's ?ts= cache-buster is ignored when matching).
// - Hashed assets of a newer deploy seen while online: cache first, at most 60 kept.
// - A new version waits until the reader chooses "Reload to update" (message SKIP_WAITING): never mid-quiz.
import { clientsClaim } from 'workbox-core';
import type { WorkboxPlugin } from 'workbox-core/types';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, PrecacheController, PrecacheRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { registerRoute, Route } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { HASHED_URL, IGNORED_PARAMS, OFFLINE_PAGE, type PrecacheStatus } from '../lib/offline/precache';
import { isSaveDataWorker } from '../lib/offline/save-data';
import { installSaveData } from './save-data-install';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string>; __GUIDE_BYTES: number };

const scope = new URL(self.registration.scope);
const saveData = isSaveDataWorker(self.location.href);
/** The whole guide's precache size, written into this file by the build (src/integrations/service-worker.ts). */
const guideBytes = self.__GUIDE_BYTES;
const entries = self.__WB_MANIFEST;
const precache = new PrecacheController();
// The list without Workbox's own install listener: the install below chooses the whole list or the Save-Data part.
precache.addToCacheList(entries);
self.addEventListener('install', (event) =>
	event.waitUntil(
		saveData ? installSaveData(event, entries, precache.strategy.cacheName) : precache.install(event).then(() => {}),
	),
);
self.addEventListener('activate', (event) => event.waitUntil(precache.activate(event).then(() => {})));
cleanupOutdatedCaches();
clientsClaim();

/** Keeps a response to a precached URL that the cache lacks (a file first opened online with Save-Data on). */
async function keepIfMissing(key: string | undefined, response: Response): Promise<void> {
	if (!key || response.status !== 200) return;
	const cache = await caches.open(precache.strategy.cacheName);
	if (!(await cache.match(key))) await cache.put(key, response.clone());
}

/** The precached copy of a page, ignoring its query (?seed=…) and fragment. */
async function precachedPage(url: string): Promise<Response | undefined> {
	const { origin, pathname } = new URL(url);
	return precache.matchPrecache(`${origin}${pathname}`);
}

registerRoute(
	({ request, url }) => request.mode === 'navigate' && url.origin === scope.origin,
	new NetworkFirst({
		cacheName: 'pages-network-first',
		networkTimeoutSeconds: 4,
		plugins: [
			{
				// Pages live in the precache only, so nothing is stored twice.
				cacheWillUpdate: () => Promise.resolve(null),
				// A school filter's or host's server error counts as no network.
				fetchDidSucceed: async ({ request, response }) => {
					if (response.status >= 500) throw new Error(`server error ${response.status}`);
					const { origin, pathname } = new URL(request.url);
					await keepIfMissing(precache.getCacheKeyForURL(`${origin}${pathname}`), response);
					return response;
				},
				cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
					cachedResponse ?? (await precachedPage(request.url)),
				handlerDidError: async () => precache.matchPrecache(new URL(OFFLINE_PAGE, scope).href),
			},
		],
	}),
);

// Precached files, cache first; one the cache lacks is fetched and then kept.
const precacheRoute = new PrecacheRoute(precache, { ignoreURLParametersMatching: IGNORED_PARAMS });
registerRoute(
	new Route(precacheRoute.match, {
		handle: async (options) => {
			const response = await precache.strategy.handle(options);
			await keepIfMissing((options.params as { cacheKey?: string } | undefined)?.cacheKey, response);
			return response;
		},
	}),
);

// Workbox's own class declares its optional hooks as `| undefined`, which this project's exactOptionalPropertyTypes
// rejects; it is a WorkboxPlugin all the same.
const expiration = new ExpirationPlugin({ maxEntries: 60, purgeOnQuotaError: true }) as WorkboxPlugin;
registerRoute(
	({ url }) => url.origin === scope.origin && url.pathname.startsWith(scope.pathname) && HASHED_URL.test(url.pathname),
	new CacheFirst({ cacheName: 'hashed-assets', plugins: [expiration] }),
);

/** How much of the precache this browser holds, and its size. */
async function status(): Promise<PrecacheStatus> {
	const cache = await caches.open(precache.strategy.cacheName);
	const keys = [...precache.getURLsToCacheKeys().values()];
	let cached = 0;
	let bytes = 0;
	for (const key of keys) {
		const response = await cache.match(key);
		if (!response) continue;
		cached++;
		bytes += (await response.blob()).size;
	}
	return { total: keys.length, cached, bytes, guideBytes, saveData };
}

/** Fetches every precache entry that is missing (e.g. after "clear cached files" left the worker in place). */
async function repair(): Promise<void> {
	const cache = await caches.open(precache.strategy.cacheName);
	for (const [url, key] of precache.getURLsToCacheKeys()) {
		if (await cache.match(key)) continue;
		const response = await fetch(url, { cache: 'reload', credentials: 'same-origin' });
		if (response.ok) await cache.put(key, response);
	}
}

self.addEventListener('message', (event) => {
	const type = (event.data as { type?: string } | null)?.type;
	if (type === 'SKIP_WAITING') {
		void self.skipWaiting();
		return;
	}
	const port = event.ports[0];
	if (!port) return;
	if (type === 'OFFLINE_STATUS' || type === 'OFFLINE_REPAIR') {
		event.waitUntil(
			(async () => {
				try {
					if (type === 'OFFLINE_REPAIR') await repair();
					port.postMessage(await status());
				} catch {
					port.postMessage(null);
				}
			})(),
		);
	}
});
