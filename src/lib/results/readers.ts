// Reads what a teacher gives the results page: pasted text, .txt files, a .zip of them (a downloaded assignment
// folder, nested folders and other files included) or a .csv (a form's or a sheet's export, receipts in any column).
// Every file or part that cannot be read is listed with where it was and why; nothing is read twice.
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { docxText } from './docx';
import { findReceipts, hasText, NO_RECEIPT } from './find';
import type { Reading } from './types';

/** Larger text files are refused: 200 receipts take about 200 KB. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Larger zip files are refused (a class's folder of receipts is far smaller). */
export const MAX_ZIP_BYTES = 20 * 1024 * 1024;

const sizeText = (bytes: number) =>
	bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
const extension = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
const TEXT_KINDS = new Set(['txt', 'text', 'csv', '']);
const one = (where: string, why: string): Reading => ({ found: [], unread: [{ where, why }] });
const merge = (readings: Reading[]): Reading => ({
	found: readings.flatMap((r) => r.found),
	unread: readings.flatMap((r) => r.unread),
});

/** The text box: receipts separated by anything. */
export function readPaste(text: string): Reading {
	const reading = findReceipts(text, (n) => `pasted text, line ${n}`);
	if (!reading.found.length && !reading.unread.length && hasText(text))
		reading.unread.push({ where: 'pasted text', why: NO_RECEIPT });
	return reading;
}

/** Whether bytes look like text (no NUL byte near the start). */
const looksLikeText = (bytes: Uint8Array) => !bytes.subarray(0, 4096).includes(0);
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

/** A .txt file (or one without an extension that holds text). */
function readText(name: string, bytes: Uint8Array): Reading {
	const reading = findReceipts(decode(bytes), (n) => `${name}, line ${n}`);
	if (!reading.found.length && !reading.unread.length) return one(name, NO_RECEIPT);
	return reading;
}

/** A .csv file: rows as a spreadsheet numbers them (row 1 is the header), a column named by its header. */
export function readCsv(name: string, text: string): Reading {
	const parsed = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' });
	const rows = parsed.data;
	const header = rows[0] ?? [];
	const column = (c: number) => (header[c]?.trim() ? `column "${header[c].trim().slice(0, 40)}"` : `column ${c + 1}`);
	const readings = rows.map((row, r) => {
		const found = merge(
			row.map((cell, c) =>
				findReceipts(cell, (n) => `${name}, row ${r + 1}, ${column(c)}${n > 1 ? `, line ${n}` : ''}`),
			),
		);
		if (!found.found.length && !found.unread.length && r > 0 && row.some(hasText))
			found.unread.push({ where: `${name}, row ${r + 1}`, why: NO_RECEIPT });
		return found;
	});
	const problems = parsed.errors
		.filter((e) => e.code === 'MissingQuotes')
		.map((e) => ({
			where: `${name}, row ${(e.row ?? 0) + 1}`,
			why: 'a quoted cell is never closed (the file may be cut short)',
		}));
	const reading = merge(readings);
	reading.unread.push(...problems);
	if (!rows.length) return one(name, 'the file is empty');
	return reading;
}

/** A .zip: every .txt, .csv and .docx inside, in any folder; other files are listed as not read. */
function readZip(name: string, bytes: Uint8Array): Reading {
	const skipped: Reading = { found: [], unread: [] };
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (f) => {
				const path = `${name} › ${f.name}`;
				if (f.name.endsWith('/') || f.name.startsWith('__MACOSX/') || /(^|\/)\.DS_Store$/.test(f.name)) return false;
				const kind = extension(f.name);
				if (kind !== 'txt' && kind !== 'csv' && kind !== 'docx')
					skipped.unread.push({ where: path, why: 'not a .txt, .csv or .docx file, so not read' });
				else if (f.originalSize > MAX_TEXT_BYTES)
					skipped.unread.push({ where: path, why: `too large (${sizeText(f.originalSize)}) for a receipt file` });
				else return true;
				return false;
			},
		});
	} catch {
		return one(name, 'the zip file is damaged or not a zip file');
	}
	const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b));
	const read = entries.map(([path, data]) => readBytes(`${name} › ${path}`, data));
	const reading = merge([...read, skipped]);
	if (!entries.length && !skipped.unread.length) return one(name, 'the zip file holds no files');
	return reading;
}

function readBytes(name: string, bytes: Uint8Array): Reading {
	if (!bytes.length) return one(name, 'the file is empty');
	const kind = extension(name);
	if (kind === 'docx') {
		const text = bytes.length <= MAX_ZIP_BYTES ? docxText(bytes) : null;
		if (text === null) return one(name, 'not a Word document that can be read');
		const reading = findReceipts(text, (n) => `${name}, paragraph ${n}`);
		return reading.found.length || reading.unread.length ? reading : one(name, NO_RECEIPT);
	}
	if (kind === 'zip' || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4)) {
		if (bytes.length > MAX_ZIP_BYTES) return one(name, `too large (${sizeText(bytes.length)}; at most 20 MB)`);
		return readZip(name, bytes);
	}
	if (bytes.length > MAX_TEXT_BYTES)
		return one(
			name,
			`too large (${sizeText(bytes.length)}) for a receipt file (at most 2 MB; 200 receipts take about 200 KB)`,
		);
	if (!TEXT_KINDS.has(kind) && !looksLikeText(bytes)) return one(name, 'not a .txt, .zip or .csv file');
	if (!looksLikeText(bytes)) return one(name, 'not a text file');
	return kind === 'csv' ? readCsv(name, decode(bytes)) : readText(name, bytes);
}

/** A file the teacher chose: .txt, .zip, .csv or .docx, recognised by its name (a zip also by its first bytes). */
export const readFile = (name: string, bytes: Uint8Array): Reading => readBytes(name, bytes);
