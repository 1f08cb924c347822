// Written by the build as dist/pagefind/pagefind.js (src/integrations/pagefind-stand-in.ts), in place of Pagefind's
// own module, which moves to pagefind-engine.js beside it. Pagefind UI (loaded by Starlight's search dialog from
// <base>/pagefind/pagefind.js) and anything else that imports pagefind.js get Pagefind's API unchanged, except that
// search() goes through the hooks the search dialog registers on globalThis (src/components/overrides/Search.astro,
// src/components/search/search-client.ts: other names, split words, typo correction). Without hooks it is plain Pagefind.
import * as engine from './pagefind-engine.js';

export * from './pagefind-engine.js';

// Pagefind finds its files from the name of its own module, which is no longer pagefind.js: tell it where they are
// (this file's folder, so it works under any base path).
const basePath = new URL('./', import.meta.url).href;
void engine.options({ basePath });

export const options = (opts) => engine.options({ basePath, ...opts });
export const createInstance = (opts) => engine.createInstance({ basePath, ...opts });
export async function destroy() {
	await engine.destroy();
	await engine.options({ basePath });
}

export async function search(term, opts) {
	const hooks = globalThis[Symbol.for('karabakh-guide:search')];
	if (!hooks) return engine.search(term, opts);
	await engine.init();
	return hooks.search(engine, term, opts);
}
