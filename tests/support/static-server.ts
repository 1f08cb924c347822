// A minimal static file server for a built site under its base path, whose folder can be swapped (a new deploy)
// and which can be stopped (the network gone), for the offline tests. Serves only loopback.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

export interface StaticSite {
	/** e.g. http://127.0.0.1:43210 */
	origin: string;
	/** Absolute URL of `path` (site path, e.g. "/lessons/background/") under the base. */
	url(path?: string): string;
	/** Serve another build from now on, as a new deploy would. */
	setRoot(dir: string): void;
	/** Close the server and every open connection: from now on the site is unreachable. */
	stop(): Promise<void>;
}

export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
	let dir = root;
	const server: Server = createServer((request, response) => {
		void (async () => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
			let file = path.startsWith(base) ? normalize(join(dir, path.slice(base.length))) : '';
			try {
				if (!file.startsWith(normalize(dir))) throw new Error('outside');
				if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
				const body = await readFile(file);
				response.writeHead(200, {
					'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
					'cache-control': 'no-cache',
				});
				response.end(body);
			} catch {
				const body = await readFile(join(dir, '404.html')).catch(() => Buffer.from('Not found'));
				response.writeHead(404, { 'content-type': TYPES['.html']! });
				response.end(body);
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as { port: number };
	const origin = `http://127.0.0.1:${port}`;
	return {
		origin,
		url: (path = '/') => `${origin}${base}${path.replace(/^\//, '')}`,
		setRoot: (next) => {
			dir = next;
		},
		stop: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
