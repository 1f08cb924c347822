// Stands in for `@pagefind/default-ui` (aliased in astro.config.mjs), so Pagefind's search UI (about 26 KB gzipped)
// loads when the search dialog first opens, not on every page. Starlight's Search builds `new PagefindUI(options)`
// once the page is idle; this class keeps those options and builds the real UI only when the dialog holding
// `options.element` gets `open` (whatever opened it: the button, Ctrl/⌘+K), then focuses its search box, as
// Starlight does on open. If the UI cannot load (offline, blocked), the dialog says so and the next opening retries.

type Options = { element: string } & Record<string, unknown>;

type UiModule = { PagefindUI: new (options: Options) => unknown };
const loadUi = async (): Promise<UiModule['PagefindUI']> => {
	// @ts-expect-error: the package ships no types.
	const ui = (await import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs')) as UiModule;
	return ui.PagefindUI;
};

export class PagefindUI {
	constructor(options: Options) {
		const container = document.querySelector<HTMLElement>(options.element);
		const dialog = container?.closest('dialog');
		if (!container || !dialog) {
			void loadUi().then((Ui) => new Ui(options));
			return;
		}
		let loading = false;
		const build = async () => {
			if (loading || !dialog.open) return;
			loading = true;
			try {
				const Ui = await loadUi();
				observer.disconnect();
				container.replaceChildren();
				new Ui(options);
				if (dialog.open) container.querySelector('input')?.focus();
			} catch {
				container.textContent = 'Search could not load. Check the connection, then close and open search again.';
				loading = false;
			}
		};
		const observer = new MutationObserver(() => void build());
		observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
		void build();
	}
}
