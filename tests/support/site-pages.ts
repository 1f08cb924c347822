// Every HTML page of a build, as site paths (e.g. /lessons/background/), for site-wide gates.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function builtPages(distDir = process.env.OUT_DIR ?? 'dist'): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) pages.push(relative(distDir, path).split(sep).join('/'));
		}
	};
	walk(distDir);
	return pages.map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`).sort();
}

/** builtPages without redirect stubs (a meta refresh, e.g. the short links /q/…/): the pages a reader reads. */
export function readablePages(distDir = process.env.OUT_DIR ?? 'dist'): string[] {
	return builtPages(distDir).filter((path) => {
		const file = join(distDir, path.endsWith('/') ? `${path}index.html` : path);
		return !/<meta http-equiv="refresh"/i.test(readFileSync(file, 'utf8'));
	});
}
