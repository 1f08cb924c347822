import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { platformOf } from '../../../scripts/complete-lock.mjs';

describe('package-lock.json', () => {
	it('has an entry for every optional dependency, so `npm ci` accepts it on a clean clone', () => {
		const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
		const missing: string[] = [];
		for (const [key, pkg] of Object.entries<{ optionalDependencies?: Record<string, string> }>(lock.packages)) {
			for (const name of Object.keys(pkg.optionalDependencies ?? {})) {
				const nested = `${key ? `${key}/` : ''}node_modules/${name}`;
				if (!lock.packages[nested] && !lock.packages[`node_modules/${name}`]) missing.push(name);
			}
		}
		expect(missing, 'run `npm run lock:complete` after `npm install`').toEqual([]);
	});
});

describe('platformOf', () => {
	it('reads os, cpu and libc from a binary package name', () => {
		expect(platformOf('@astrojs/compiler-binding-linux-arm64-musl')).toEqual({
			os: ['linux'],
			cpu: ['arm64'],
			libc: ['musl'],
		});
		expect(platformOf('@pagefind/windows-x64')).toEqual({ os: ['win32'], cpu: ['x64'] });
		expect(platformOf('@astrojs/compiler-binding-wasm32-wasi')).toEqual({ cpu: ['wasm32'] });
		expect(platformOf('fsevents')).toBeUndefined();
	});
});
