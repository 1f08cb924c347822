// What the results page keeps in the teacher's browser (localStorage) so the pasted set survives a reload until the
// teacher clears it: the text box and what each file held. Whatever is read back is checked; anything corrupt is
// reported and dropped, never trusted.
import type { Found, Reading, Unread } from './types';

export const RESULTS_KEY = 'karabakh-guide:results:v1';

export interface SavedResults {
	v: 1;
	paste: string;
	/** Each file read, by name, with what it held (files are not kept, only the receipts found in them). */
	files: { name: string; reading: Reading }[];
}

export const emptyResults = (): SavedResults => ({ v: 1, paste: '', files: [] });

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isFound = (v: unknown): v is Found =>
	isObject(v) && Number.isInteger(v['version']) && isText(v['code']) && isText(v['where']);
const isUnread = (v: unknown): v is Unread => isObject(v) && isText(v['where']) && isText(v['why']);
const isReading = (v: unknown): v is Reading =>
	isObject(v) &&
	Array.isArray(v['found']) &&
	v['found'].every(isFound) &&
	Array.isArray(v['unread']) &&
	v['unread'].every(isUnread);

/** What was saved: null when nothing was, 'corrupt' when it cannot be trusted. */
export function parseResults(raw: string | null): SavedResults | null | 'corrupt' {
	if (raw === null) return null;
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return 'corrupt';
	}
	if (!isObject(data) || data['v'] !== 1 || !isText(data['paste']) || !Array.isArray(data['files'])) return 'corrupt';
	const files = data['files'] as unknown[];
	if (!files.every((f) => isObject(f) && isText(f['name']) && isReading(f['reading']))) return 'corrupt';
	return { v: 1, paste: data['paste'], files: files as SavedResults['files'] };
}
