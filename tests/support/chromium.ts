// Finds a Chromium to drive: CHROME_PATH, then Debian's chromium, then an installed Chrome.
import { existsSync } from 'node:fs';

const CANDIDATES = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/opt/google/chrome/chrome',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Flags that keep a headless Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env, exists = existsSync): string | undefined {
	if (env.CHROME_PATH) return exists(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
	return CANDIDATES.find((path) => exists(path));
}

/**
 * The browser to use, or undefined with a loud warning (browser tests then skip).
 * In CI a missing browser is an error: skipped browser tests must never pass as green.
 */
export function requireChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
	const path = findChromium(env);
	if (path) return path;
	const where = env.CHROME_PATH ? `CHROME_PATH=${env.CHROME_PATH} does not exist` : 'no Chromium or Chrome found';
	if (env.CI)
		throw new Error(
			`Browser tests need Chromium, but ${where}. Install it (apt-get install chromium) or set CHROME_PATH.`,
		);
	console.warn(
		`\n!!! BROWSER TESTS SKIPPED: ${where}. Install Chromium (apt-get install chromium) or set CHROME_PATH. !!!\n`,
	);
	return undefined;
}
