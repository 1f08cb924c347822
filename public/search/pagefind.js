// Pagefind UI loads `${bundlePath}pagefind.js`; the search dialog points it here (src/components/overrides/Search.astro)
// so that its searches go through the site's query understanding (src/components/search-client.ts), registered on
// globalThis by the dialog's script. Everything else is Pagefind's own module, unchanged.
import * as pagefind from '../pagefind/pagefind.js';

export * from '../pagefind/pagefind.js';

export function search(term, options) {
	const hooks = globalThis[Symbol.for('karabakh-guide:search')];
	return hooks ? hooks.search(pagefind, term, options) : pagefind.search(term, options);
}
