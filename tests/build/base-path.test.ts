// The site must work from a sub-folder: a second build under BASE_PATH passes the link and asset checks.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../support/build-env';

describe('build under a base path', () => {
	it('builds under /karabakh/ with every internal link, asset and anchor resolving', () => {
		const out = 'dist-base';
		rmSync(out, { recursive: true, force: true });
		const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
			encoding: 'utf8',
			env: buildEnv({ BASE_PATH: '/karabakh/', SITE_URL: 'https://example.org', OUT_DIR: out }),
			timeout: 180_000,
		});
		expect(result.status, result.stderr + result.stdout).toBe(0);
		// The link check inside the build (src/integrations/link-check.ts) resolved everything against /karabakh/.
		expect(result.stdout).toMatch(/all internal links, assets and anchors resolve/);
		const home = readFileSync(`${out}/index.html`, 'utf8');
		expect(home).toContain('href="/karabakh/lessons/background/"');
		expect(home).toMatch(/src="\/karabakh\/_astro\//);
		// The search dialog's stand-in takes the name of Pagefind's module, which moves beside it; the stand-in imports it
		// by a relative path and gives it its folder from import.meta.url, so it works under any base. Its data too.
		for (const file of ['pagefind/pagefind.js', 'pagefind/pagefind-engine.js', 'search/variants.json', 'search/vocabulary.json']) expect(existsSync(`${out}/${file}`), file).toBe(true);
		expect(readFileSync(`${out}/pagefind/pagefind.js`, 'utf8')).toContain("from './pagefind-engine.js'");
		expect(readFileSync(`${out}/pagefind/pagefind-engine.js`, 'utf8')).toContain('pagefind_version');
		expect(readFileSync(`${out}/404.html`, 'utf8')).toContain('href="/karabakh/quizzes/"');
		expect(readFileSync(`${out}/sitemap-0.xml`, 'utf8')).toContain('<loc>https://example.org/karabakh/lessons/background/</loc>');
		const index = JSON.parse(readFileSync(`${out}/exports/index.json`, 'utf8'));
		expect(index.quizzes[0].page).toMatch(/^\/quizzes\//); // contract: paths relative to the base path
	});
});
