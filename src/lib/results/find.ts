// Finds receipt codes in any text (a paste, a file, a spreadsheet cell), separated by anything, with the line each
// is on. A receipt's readable first line without its code line is reported, so a receipt cut short is never lost.
import type { Reading } from './types';

/** A code's prefix and what may follow it; codes too short to read are still found, and reported as damaged. */
const CODE = /\bKCG(\d{1,3})\.([A-Za-z0-9_-]*)/g;
/** The first line of a receipt (receipts/receipt.ts receiptText). */
const FIRST_LINE = 'Karabakh ceasefire guide · ';

export const NO_RECEIPT = 'no receipt in it (a receipt has a line beginning "KCG1." with its code)';

/**
 * Receipts in `text`; `where(line)` says where line N (from 1) is, e.g. "pasted text, line 3".
 */
export function findReceipts(text: string, where: (line: number) => string): Reading {
	const out: Reading = { found: [], unread: [] };
	const lines = text.split(/\r\n|\r|\n/);
	lines.forEach((line, i) => {
		for (const m of line.matchAll(CODE)) out.found.push({ version: Number(m[1]), code: m[2]!, where: where(i + 1) });
		if (!line.includes(FIRST_LINE) || /\bKCG\d/.test(line)) return;
		const next = lines.slice(i + 1).find((l) => l.trim() !== '');
		if (!next || !/\bKCG\d/.test(next))
			out.unread.push({ where: where(i + 1), why: "a receipt's first line without its code line (cut short?)" });
	});
	return out;
}

/** Whether a text has anything in it besides white space. */
export const hasText = (text: string): boolean => /\S/.test(text);
