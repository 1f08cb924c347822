// Compare two builds page by page, ignoring hashed asset names (_astro/*.HASH.js|css) and Astro's scoped-style ids
// (data-astro-cid-*, which Astro derives from a component's file path), including inside zips.
// Usage: node scripts/compare-dist.mjs <distA> <distB> [--rename old-chunk=new-chunk …] (a moved module renames its chunk).
// Used to prove that moving files changed no page (issue 19): build before and after with OUT_DIR, then compare.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';

const args = process.argv.slice(2);
const [a, b] = args.filter((x, i) => !x.startsWith('--') && !args[i - 1]?.startsWith('--'));
const renames = args.flatMap((x, i) => (args[i - 1] === '--rename' ? [x.split('=')] : []));
const renameChunks = (s) => renames.reduce((t, [from, to]) => t.split(`${from}.HASH.`).join(`${to}.HASH.`), s);
const list = (dir) => {
	const out = [];
	const walk = (d) => {
		for (const e of readdirSync(d, { withFileTypes: true })) {
			const p = join(d, e.name);
			if (e.isDirectory()) walk(p);
			else out.push(relative(dir, p));
		}
	};
	walk(dir);
	return out;
};
const HASHED = /([\w-]+)\.[A-Za-z0-9_-]{8}\.(js|css)/g;
const norm = (s) =>
	renameChunks(s.replace(HASHED, '$1.HASH.$2'))
		.replace(/astro-cid-[a-z0-9]+/g, 'astro-cid-X')
		.replace(/\bastro-[a-z0-9]{8}\b/g, 'astro-X')
		.replace(/'sha(256|384|512)-[A-Za-z0-9+/=]+'/g, "'sha-X'")
		.replace(/"revision":"[0-9a-f]+"/g, '"revision":"X"')
		.replace(/:where\(\.astro-[a-z0-9]+\)/g, ':where(.astro-X)');
const normName = (p) => renameChunks(p.replace(HASHED, '$1.HASH.$2'));
const files = (dir) => new Map(list(dir).map((p) => [normName(p), p]));
const fa = files(a);
const fb = files(b);
let diffs = 0;
for (const k of new Set([...fa.keys(), ...fb.keys()])) {
	if (!fa.has(k) || !fb.has(k)) {
		console.log(`only in ${fa.has(k) ? 'A' : 'B'}: ${k}`);
		diffs++;
		continue;
	}
	const ba = readFileSync(join(a, fa.get(k)));
	const bb = readFileSync(join(b, fb.get(k)));
	if (k.endsWith('.zip') || k.endsWith('.imscc')) {
		const za = unzipSync(ba);
		const zb = unzipSync(bb);
		const ka = Object.keys(za).map(normName).sort().join('\n');
		const kb = Object.keys(zb).map(normName).sort().join('\n');
		if (ka !== kb) {
			console.log(`zip entries differ: ${k}`);
			diffs++;
			continue;
		}
		const ma = new Map(Object.entries(za).map(([n, v]) => [normName(n), v]));
		for (const [n, v] of Object.entries(zb)) {
			const w = ma.get(normName(n));
			if (norm(Buffer.from(v).toString('latin1')) !== norm(Buffer.from(w).toString('latin1'))) {
				console.log(`zip member differs: ${k} → ${n}`);
				diffs++;
			}
		}
		continue;
	}
	if (ba.equals(bb)) continue;
	if (norm(ba.toString('latin1')) !== norm(bb.toString('latin1'))) {
		console.log(`differs: ${k}`);
		diffs++;
	}
}
console.log(`${fa.size} vs ${fb.size} files; ${diffs} differences after normalising hashes`);
process.exit(diffs ? 1 : 0);
