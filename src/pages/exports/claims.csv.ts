// /exports/claims.csv: the claim ledger, one row per quoted cell, for a spreadsheet (UTF-8 with BOM, quoted fields).
import type { APIRoute } from 'astro';
import { ledger } from '../../components/claims/claim-data';
import { claimsCsv } from '../../lib/claims/exports';

export const GET: APIRoute = async () => {
	const { claims } = await ledger();
	return new Response(claimsCsv(claims), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
