// The claim ledger and the sources it compares, as pages and routes read them (one place for the casts).
import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import type { Claim, SourceRef } from '../../lib/claims/ledger';

export async function ledger(): Promise<{ claims: Claim[]; sources: SourceRef[] }> {
	const sources = (await getCollection('sources')).map((s) => ({ id: s.id, label: s.data.label, short: s.data.short }));
	const claims = (await getCollection('claims')).map((c) => ({ ...(c.data as Omit<Claim, 'id'>), id: c.id }));
	// Rows keep the order the author wrote them in (the collection itself is sorted by id).
	const written = [...readFileSync(LEDGER_FILE, 'utf8').matchAll(/^- id: *["']?([a-z0-9-]+)/gm)].map((m) => m[1]);
	const position = (id: string) => written.indexOf(id) + 1 || Infinity;
	return { claims: claims.sort((a, b) => position(a.id) - position(b.id)), sources };
}

export const LEDGER_FILE = 'src/content/claims.yaml';

export const CLAIM_EXPORTS = { json: '/exports/claims.json', csv: '/exports/claims.csv' } as const;
