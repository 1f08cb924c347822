// A stand-in LMS for the SCORM tests: serves unzipped packages on localhost beside a page that runs scorm-again's
// Scorm12API (the LMS side of SCORM 1.2) as window.API and launches a SCO in a frame, optionally sandboxed.
import { unzipSync } from 'fflate';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
};

/** The LMS page. `launch(src, init, sandbox)` makes a fresh API (loading `init` as an LMS would from its records). */
const LMS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Test LMS</title></head><body>
<script type="module">
import { Scorm12API } from '/scorm-again/esm/scorm12.js';
window.calls = [];
window.launch = (src, init, sandbox) => {
	const api = new Scorm12API({ logLevel: 5 });
	if (init) api.loadFromJSON(init);
	for (const name of ['LMSInitialize', 'LMSCommit', 'LMSFinish']) api.on(name, () => window.calls.push(name));
	api.on('LMSSetValue.cmi.*', (element, value) => window.calls.push(element + '=' + value));
	window.API = api;
	const frame = document.createElement('iframe');
	if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
	frame.title = 'Course item';
	frame.style.cssText = 'width: 100%; height: 90vh';
	frame.src = src;
	document.body.append(frame);
};
window.leave = () => document.querySelector('iframe').remove();
window.cmi = () => JSON.parse(JSON.stringify(window.API.cmi));
window.lmsReady = true;
</script></body></html>`;

export interface TestLms {
	origin: string;
	/** Files of each package by name (e.g. "background"), as unzipped. */
	packages: Map<string, Record<string, Uint8Array>>;
	close(): Promise<void>;
}

/** Unzips every dist/exports/*.scorm.zip under /pkg/<name>/ and serves them with the LMS page and scorm-again. */
export async function startLms(zips: readonly string[]): Promise<TestLms> {
	const dir = mkdtempSync(join(tmpdir(), 'scorm-lms-'));
	const packages = new Map<string, Record<string, Uint8Array>>();
	for (const zip of zips) {
		const name = zip.replace(/^.*\//, '').replace(/\.scorm\.zip$/, '');
		const files = unzipSync(readFileSync(zip));
		packages.set(name, files);
		for (const [path, bytes] of Object.entries(files)) {
			const target = join(dir, 'pkg', name, path);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, bytes);
		}
	}
	const scormAgain = join(ROOT, 'node_modules/scorm-again/dist');
	const server: Server = createServer((request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
		let file: string | undefined;
		if (path === '/lms.html') {
			response.writeHead(200, { 'Content-Type': TYPES['.html']! }).end(LMS_PAGE);
			return;
		}
		if (path.startsWith('/pkg/')) file = join(dir, normalize(path));
		if (path.startsWith('/scorm-again/')) file = join(scormAgain, normalize(path.slice('/scorm-again'.length)));
		try {
			const body = readFileSync(file!);
			response.writeHead(200, { 'Content-Type': TYPES[extname(file!)] ?? 'application/octet-stream' }).end(body);
		} catch {
			response.writeHead(404).end('not found');
		}
	});
	await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
	const { port } = server.address() as { port: number };
	return {
		origin: `http://127.0.0.1:${port}`,
		packages,
		close: () =>
			new Promise((done) =>
				server.close(() => {
					rmSync(dir, { recursive: true, force: true });
					done();
				}),
			),
	};
}
