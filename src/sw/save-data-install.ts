/// <reference lib="webworker" />
// The worker's install with Save-Data on (README "Offline"): instead of the whole guide, the shell (style sheets,
// fonts, icons, the offline page), the pages open in this browser with the files they load, and whatever an earlier
// version of the worker had kept (so an update refreshes what the reader has, no more). Everything else is kept as the
// reader opens it (service-worker.ts) or all at once when the reader asks for the whole guide.
import { PrecacheController } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching';
import { isShellFile, referencedFiles } from '../lib/offline/save-data';

declare const self: ServiceWorkerGlobalScope;

type Entry = PrecacheEntry | string;
const entryPath = (entry: Entry) => (typeof entry === 'string' ? entry : entry.url);
const absolute = (path: string) => new URL(path, self.location.href).href;
const isPage = (url: string) => new URL(url).pathname.endsWith('/') || url.endsWith('.html');

/** The URLs (without revision) the precache cache `cacheName` already holds. */
async function keptUrls(cacheName: string): Promise<string[]> {
	const cache = await caches.open(cacheName);
	return (await cache.keys()).map((request) => {
		const url = new URL(request.url);
		url.searchParams.delete('__WB_REVISION__');
		return url.href;
	});
}

/** The pages open in this browser's windows within the worker's scope (the first visit's page among them). */
async function openPages(): Promise<string[]> {
	const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return windows.map((client) => {
		const url = new URL(client.url);
		url.search = '';
		url.hash = '';
		return url.href;
	});
}

/** The precache entries to keep with Save-Data on. */
export async function saveDataEntries(entries: Entry[], cacheName: string): Promise<Entry[]> {
	const listed = new Map(entries.map((entry) => [absolute(entryPath(entry)), entry]));
	const wanted = new Set(entries.filter((entry) => isShellFile(entryPath(entry))).map((e) => absolute(entryPath(e))));
	const kept = (await keptUrls(cacheName)).filter((url) => listed.has(url));
	for (const url of kept) wanted.add(url);
	// The pages, then the scripts and styles they load, then what those scripts import, and so on.
	const queue = [...new Set([...(await openPages()).filter((url) => listed.has(url)), ...kept.filter(isPage)])];
	for (const url of queue) wanted.add(url);
	while (queue.length > 0) {
		const url = queue.shift()!;
		let text: string;
		try {
			const response = await fetch(url, { credentials: 'same-origin' });
			if (!response.ok) continue;
			text = await response.text();
		} catch {
			continue; // offline during an update: keep what is already there
		}
		for (const file of referencedFiles(text, url)) {
			if (!listed.has(file) || wanted.has(file)) continue;
			wanted.add(file);
			if (/\.m?js$/.test(new URL(file).pathname)) queue.push(file);
		}
	}
	return [...wanted].map((url) => listed.get(url)!);
}

/** Installs only the Save-Data entries, into the same cache (and under the same keys) as the whole precache. */
export async function installSaveData(event: ExtendableEvent, entries: Entry[], cacheName: string): Promise<void> {
	const some = new PrecacheController();
	some.addToCacheList(await saveDataEntries(entries, cacheName));
	await some.install(event);
}
