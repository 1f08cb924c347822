// The site must work from a sub-folder: a second build under BASE_PATH passes the link and asset checks, and the
// offline test (tests/support/offline.ts) on that same build, so the base-path variant is built once.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildEnv } from '../../support/build-env';
import { CHROMIUM_ARGS, requireChromium } from '../../support/chromium';
import { checkOffline } from '../../support/offline';

const chromiumPath = requireChromium();

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
		for (const file of [
			'pagefind/pagefind.js',
			'pagefind/pagefind-engine.js',
			'search/variants.json',
			'search/vocabulary.json',
		])
			expect(existsSync(`${out}/${file}`), file).toBe(true);
		expect(readFileSync(`${out}/pagefind/pagefind.js`, 'utf8')).toContain("from './pagefind-engine.js'");
		expect(readFileSync(`${out}/pagefind/pagefind-engine.js`, 'utf8')).toContain('pagefind_version');
		expect(readFileSync(`${out}/404.html`, 'utf8')).toContain('href="/karabakh/quizzes/"');
		expect(readFileSync(`${out}/sitemap-0.xml`, 'utf8')).toContain(
			'<loc>https://example.org/karabakh/lessons/background/</loc>',
		);
		const index = JSON.parse(readFileSync(`${out}/exports/index.json`, 'utf8'));
		expect(index.quizzes[0].page).toMatch(/^\/quizzes\//); // contract: paths relative to the base path
		const manifest = JSON.parse(readFileSync(`${out}/manifest.webmanifest`, 'utf8'));
		expect(new URL(manifest.start_url, 'https://example.org/karabakh/manifest.webmanifest').pathname).toBe(
			'/karabakh/',
		);
		expect(home).toContain('<link rel="manifest" href="/karabakh/manifest.webmanifest"');
	});

	// Runs after the build above (tests in a file run in order) and uses its output.
	it.skipIf(!chromiumPath)('works offline after one visit under /karabakh/, search and quizzes included', async () => {
		const browser = await chromium.launch({ executablePath: chromiumPath!, args: CHROMIUM_ARGS });
		try {
			await checkOffline(browser, 'dist-base', '/karabakh/');
		} finally {
			await browser.close();
		}
	});
});
