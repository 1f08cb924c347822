/// <reference lib="webworker" />
// The guide's service worker. Bundled with esbuild and given its precache list by workbox-build after each build
// (src/integrations/service-worker.ts): this file never lists a URL itself.
//
// - Install: precache every page, CSS/JS, icon, JSON file and the Pagefind index (self.__WB_MANIFEST).
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
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import { HASHED_URL, IGNORED_PARAMS, OFFLINE_PAGE, type PrecacheStatus } from '../lib/offline/precache';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<PrecacheEntry | string> };

const scope = new URL(self.registration.scope);
const precache = new PrecacheController();
precache.precache(self.__WB_MANIFEST);
cleanupOutdatedCaches();
clientsClaim();

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
				fetchDidSucceed: ({ response }) =>
					response.status >= 500
						? Promise.reject(new Error(`server error ${response.status}`))
						: Promise.resolve(response),
				cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
					cachedResponse ?? (await precachedPage(request.url)),
				handlerDidError: async () => precache.matchPrecache(new URL(OFFLINE_PAGE, scope).href),
			},
		],
	}),
);

registerRoute(new PrecacheRoute(precache, { ignoreURLParametersMatching: IGNORED_PARAMS }));

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
	return { total: keys.length, cached, bytes };
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
