// The stand-in that takes the name of Pagefind's module (src/components/search/pagefind-stand-in.js), installed by
// src/integrations/pagefind-stand-in.ts: run here against a recording fake of Pagefind's module.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ENGINE, installStandIn } from '../../../src/integrations/pagefind-stand-in';

const STAND_IN = readFile('src/components/search/pagefind-stand-in.js', 'utf8');
const HOOKS = Symbol.for('karabakh-guide:search');

// Pagefind's API as the fake records it: every call, in order.
const FAKE_ENGINE = `
export const calls = [];
export const options = async (o) => { calls.push(['options', o]); };
export const init = async () => { calls.push(['init']); };
export const destroy = async () => { calls.push(['destroy']); };
export const search = async (term, o) => { calls.push(['search', term, o]); return { results: [term] }; };
export const filters = async () => ({ kind: { Lesson: 1 } });
export const createInstance = (o) => ({ created: o });
`;

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'pagefind-stand-in-'));
	await writeFile(join(dir, 'pagefind.js'), FAKE_ENGINE);
});
afterEach(async () => {
	delete (globalThis as Record<symbol, unknown>)[HOOKS];
	await rm(dir, { recursive: true, force: true });
});

async function load() {
	await installStandIn(dir, await STAND_IN);
	const url = pathToFileURL(join(dir, 'pagefind.js')).href;
	const standIn = await import(/* @vite-ignore */ url);
	const engine = await import(/* @vite-ignore */ pathToFileURL(join(dir, ENGINE)).href);
	return { standIn, engine, basePath: new URL('./', url).href };
}

describe('installStandIn', () => {
	it("moves Pagefind's module to pagefind-engine.js and writes the stand-in as pagefind.js", async () => {
		await installStandIn(dir, await STAND_IN);
		await expect(readFile(join(dir, ENGINE), 'utf8')).resolves.toBe(FAKE_ENGINE);
		await expect(readFile(join(dir, 'pagefind.js'), 'utf8')).resolves.toBe(await STAND_IN);
	});
	it('refuses to run twice, and says what is missing when Pagefind wrote nothing', async () => {
		await installStandIn(dir, await STAND_IN);
		await expect(installStandIn(dir, await STAND_IN)).rejects.toThrow(/already the stand-in/);
		await rm(join(dir, 'pagefind.js'));
		await expect(installStandIn(dir, await STAND_IN)).rejects.toThrow(
			/pagefind\.js is missing; is `pagefind: true` set/,
		);
	});
});

describe('the stand-in', () => {
	it('tells Pagefind where its files are, in every set of options, and passes the rest of the API through', async () => {
		const { standIn, engine, basePath } = await load();
		expect(engine.calls[0]).toEqual(['options', { basePath }]);
		await standIn.options({ baseUrl: '/karabakh/', excerptLength: 12 });
		expect(engine.calls.at(-1)).toEqual(['options', { basePath, baseUrl: '/karabakh/', excerptLength: 12 }]);
		expect(standIn.createInstance({ baseUrl: '/' })).toEqual({ created: { basePath, baseUrl: '/' } });
		await standIn.destroy();
		expect(engine.calls.slice(-2)).toEqual([['destroy'], ['options', { basePath }]]);
		await expect(standIn.filters()).resolves.toEqual({ kind: { Lesson: 1 } });
		expect(standIn.init).toBe(engine.init);
	});
	it("searches as plain Pagefind without hooks, and through the hooks, after Pagefind's init, with them", async () => {
		const { standIn, engine } = await load();
		await expect(standIn.search('truce', { filters: {} })).resolves.toEqual({ results: ['truce'] });
		expect(engine.calls.at(-1)).toEqual(['search', 'truce', { filters: {} }]);

		const seen: unknown[] = [];
		(globalThis as Record<symbol, unknown>)[HOOKS] = {
			search: (pagefind: typeof engine, term: string, options: unknown) => {
				seen.push([pagefind === engine, engine.calls.at(-1), term, options]);
				return Promise.resolve({ results: ['understood'] });
			},
		};
		await expect(standIn.search('withdrawl', { filters: {} })).resolves.toEqual({ results: ['understood'] });
		expect(seen).toEqual([[true, ['init'], 'withdrawl', { filters: {} }]]);
	});
});
