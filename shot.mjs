import { chromium } from 'playwright-core';
const b = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
	],
});
const p = await b.newPage({ viewport: { width: 1280, height: 1600 } });
const [url, out, action] = process.argv.slice(2);
const errors = [];
p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
p.on('pageerror', (e) => errors.push(String(e)));
await p.goto(url);
if (action) await p.evaluate(action);
await p.screenshot({ path: out, fullPage: false });
console.log('errors', errors);
await b.close();
