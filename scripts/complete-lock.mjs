// Adds lock entries for platform-specific optional packages that npm left out of package-lock.json.
//
// Why: when a registry mirror lacks another platform's binary (e.g. @astrojs/compiler-binding-darwin-arm64),
// `npm install` silently skips it and writes a lock that `npm ci` then rejects ("Missing: … from lock file").
// Each added entry carries os/cpu (read from the package name), so npm skips it on other platforms and
// fetches it by version on its own. Run after any `npm install`: `node scripts/complete-lock.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = {
	darwin: 'darwin',
	linux: 'linux',
	win32: 'win32',
	windows: 'win32',
	freebsd: 'freebsd',
	android: 'android',
};
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'wasm32', 'riscv64', 'ppc64', 's390x', 'loong64'];

/** Platform constraints spelled out in a binary package's name, e.g. "binding-linux-arm64-musl". */
export function platformOf(name) {
	const parts = name.split('/').pop().split('-');
	const os = parts.find((p) => p in OS);
	const cpu = parts.find((p) => CPU.includes(p));
	if (!cpu) return undefined;
	const entry = { cpu: [cpu] };
	if (os) entry.os = [OS[os]];
	if (parts.includes('musl')) entry.libc = ['musl'];
	else if (parts.includes('gnu')) entry.libc = ['glibc'];
	return entry;
}

const path = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(path, 'utf8'));
const added = [];
for (const [key, pkg] of Object.entries(lock.packages)) {
	for (const [name, version] of Object.entries(pkg.optionalDependencies ?? {})) {
		const nested = `${key ? `${key}/` : ''}node_modules/${name}`;
		if (lock.packages[nested] || lock.packages[`node_modules/${name}`]) continue;
		const platform = platformOf(name);
		if (!platform || !/^\d+\.\d+\.\d+/.test(version)) continue;
		lock.packages[`node_modules/${name}`] = { version, optional: true, ...platform };
		added.push(`${name}@${version}`);
	}
}
lock.packages = Object.fromEntries(
	Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
	added.length ? `Added ${added.length} platform entries:\n  ${added.join('\n  ')}` : 'Lock file already complete.',
);
