// Lets the benchmark scripts import the site's TypeScript modules directly with Node's type stripping: the modules
// import each other without extensions (as Vite resolves them), so a failed relative import is retried with ".ts".
// Usage: node --import ./scripts/resolve-ts.mjs scripts/bench.mjs (Node >= 22.15 for module.registerHooks).
import { registerHooks } from 'node:module';

registerHooks({
	resolve(specifier, context, next) {
		try {
			return next(specifier, context);
		} catch (error) {
			if (!/^\.{1,2}\//.test(specifier) || /\.[cm]?[jt]s$/.test(specifier)) throw error;
			return next(specifier + '.ts', context);
		}
	},
});
