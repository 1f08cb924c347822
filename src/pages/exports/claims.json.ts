// /exports/claims.json: the claim ledger for teachers and other tools (contracts.md, "Claim ledger").
import type { APIRoute } from 'astro';
import { ledger } from '../../components/claims/claim-data';
import { claimsJson } from '../../lib/claims/exports';

export const GET: APIRoute = async () => {
	const { claims, sources } = await ledger();
	return new Response(`${JSON.stringify(claimsJson(claims, sources), null, 2)}\n`, {
		headers: { 'Content-Type': 'application/json; charset=utf-8' },
	});
};
