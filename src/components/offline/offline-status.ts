// <offline-status>: registers the service worker (src/sw/service-worker.ts) and shows, in the footer, whether the
// guide is ready offline, how much it stores, a "Make available offline now" button, and "Reload to update" when a
// new version is waiting. It never reloads on its own, so nobody loses a half-answered quiz. Without JavaScript, or
// in a browser without service workers' secure context, the element stays hidden and nothing changes.
import { describeOffline, SW_FILE, type OfflineState, type PrecacheStatus } from '../../lib/offline/precache';
import { saveDataRequested, workerScriptUrl } from '../../lib/offline/save-data';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** Sends a message to a worker and waits for its answer on a private channel. */
function ask(worker: ServiceWorker, type: string, timeoutMs: number): Promise<PrecacheStatus | null> {
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		const timer = setTimeout(() => resolve(null), timeoutMs);
		channel.port1.onmessage = (event) => {
			clearTimeout(timer);
			resolve(event.data as PrecacheStatus | null);
		};
		worker.postMessage({ type }, [channel.port2]);
	});
}

/** Resolves once the registration has an active worker. */
function activeWorker(registration: ServiceWorkerRegistration): Promise<ServiceWorker> {
	if (registration.active) return Promise.resolve(registration.active);
	return new Promise((resolve, reject) => {
		const worker = registration.installing ?? registration.waiting;
		if (!worker) return reject(new Error('no worker'));
		worker.addEventListener('statechange', () => {
			if (worker.state === 'activated' && registration.active) resolve(registration.active);
			if (worker.state === 'redundant') reject(new Error('install failed'));
		});
	});
}

export class OfflineStatus extends HTMLElement {
	#registration: ServiceWorkerRegistration | undefined;
	#reloading = false;

	connectedCallback(): void {
		if (!('serviceWorker' in navigator) || !window.isSecureContext) {
			this.#show({ kind: 'unsupported' });
			return;
		}
		this.#button('save').addEventListener('click', () => void this.#save());
		this.#button('update').addEventListener('click', () => this.#update());
		// Register after the page has loaded, so the precache never competes with what the reader is opening.
		if (document.readyState === 'complete') void this.#start();
		else window.addEventListener('load', () => void this.#start(), { once: true });
	}

	#button(name: string): HTMLButtonElement {
		return this.querySelector<HTMLButtonElement>(`[data-offline-${name}]`)!;
	}

	#show(state: OfflineState): void {
		const { text, ready, offerSave, saveLabel } = describeOffline(state);
		this.querySelector('[data-offline-text]')!.textContent = text;
		this.toggleAttribute('data-ready', ready);
		this.#button('save').hidden = !offerSave;
		this.#button('save').textContent = saveLabel;
		this.hidden = false;
	}

	async #start(): Promise<void> {
		try {
			// Save-Data is read once, at the first registration (README "Offline"); later visits keep the worker's mode, so
			// switching Save-Data never swaps the worker (the whole guide is one click away either way).
			const existing = await navigator.serviceWorker.getRegistration(base);
			const worker = existing?.active ?? existing?.waiting ?? existing?.installing;
			const script = worker
				? new URL(worker.scriptURL).pathname + new URL(worker.scriptURL).search
				: workerScriptUrl(
						base,
						SW_FILE,
						saveDataRequested(navigator as Navigator & { connection?: { saveData?: boolean } }),
					);
			// Resolves to nothing, or rejects, where a policy blocks service workers (some managed school devices).
			this.#registration = (await navigator.serviceWorker.register(script, { scope: base })) ?? undefined;
		} catch {
			this.#registration = undefined;
		}
		if (!this.#registration) {
			this.#show({ kind: 'failed' });
			return;
		}
		this.#watchUpdates(this.#registration);
		await this.#refresh(false);
	}

	/** Shows the current state, waiting for the first install to finish. */
	async #refresh(repair: boolean): Promise<void> {
		const registration = this.#registration;
		if (!registration) return;
		if (!registration.active) this.#show({ kind: 'saving' });
		try {
			const worker = await activeWorker(registration);
			const status = await ask(worker, repair ? 'OFFLINE_REPAIR' : 'OFFLINE_STATUS', repair ? 120_000 : 10_000);
			this.#show(status ? { kind: 'status', status } : { kind: 'failed' });
		} catch {
			this.#show({ kind: 'failed' });
		}
	}

	/** "Make available offline now": register again if needed, fetch what is missing, ask the browser to keep it. */
	async #save(): Promise<void> {
		this.#show({ kind: 'saving' });
		try {
			await navigator.storage?.persist?.();
		} catch {
			/* the browser may still evict the cache under storage pressure */
		}
		if (!this.#registration) await this.#start();
		else {
			await this.#registration.update().catch(() => undefined);
			await this.#refresh(true);
		}
	}

	#watchUpdates(registration: ServiceWorkerRegistration): void {
		const offer = () => {
			// Only an update to a guide this page already runs on: the first install needs no reload.
			if (registration.waiting && navigator.serviceWorker.controller)
				this.querySelector<HTMLElement>('[data-offline-updated]')!.hidden = false;
		};
		offer();
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed') offer();
			});
		});
		navigator.serviceWorker.addEventListener('controllerchange', () => {
			// Only the tab whose reader chose "Reload to update" reloads; other open tabs keep what they show.
			if (this.#reloading) window.location.reload();
		});
	}

	#update(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			window.location.reload();
			return;
		}
		this.#reloading = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}
}

customElements.define('offline-status', OfflineStatus);
