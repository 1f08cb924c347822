// Edits a seed report of a fixture copy the way an author replacing a report would: the text and its sha256 together.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function changeReport(dir: string, id: string, from: string, to: string): void {
	const path = join(dir, `seeds/${id}.txt`);
	const before = readFileSync(path);
	const text = before.toString('utf8');
	if (!text.includes(from)) throw new Error(`"${from}" is not in seeds/${id}.txt`);
	const after = Buffer.from(text.replace(from, to), 'utf8');
	const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
	const manifest = join(dir, 'seeds/sources.yaml');
	writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(sha(before), sha(after)));
	writeFileSync(path, after);
}
