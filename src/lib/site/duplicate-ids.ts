// Ids used twice in an authored data file, found in the YAML itself (with line numbers) before any loader reads it:
// Astro's file() loader keeps only the last entry of a repeated id, so a later check would never see the first.
import { isMap, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { AuthorProblem } from './author-error';

/** What an entry's id is for, to say in the fix (e.g. `the row's anchor on /compare/ (#claim-<id>)`). */
export interface IdRole {
	/** What one entry is called, e.g. "claim" or "timeline event". */
	entry: string;
	/** What depends on the id being unique, e.g. "its row's anchor on /compare/ (#claim-<id>)". */
	usedFor: string;
	/** A field that tells the entries apart for the author, e.g. "question" or "title". */
	label?: string;
}

/** Every id that two or more entries of a YAML list share, one problem per repeat, at the repeat's line. */
export function duplicateIds(file: string, text: string, role: IdRole): AuthorProblem[] {
	const lines = new LineCounter();
	const doc = parseDocument(text, { lineCounter: lines });
	if (doc.errors.length || !isSeq(doc.contents)) return [];
	const seen = new Map<string, { line: number; label: string }>();
	const problems: AuthorProblem[] = [];
	for (const item of doc.contents.items) {
		if (!isMap(item)) continue;
		const node = item.get('id', true);
		if (!isScalar(node) || node.value === null || node.value === undefined) continue;
		const id = String(node.value);
		const { line, col: column } = lines.linePos(node.range?.[0] ?? 0);
		const labelValue: unknown = role.label ? item.get(role.label) : undefined;
		const label = typeof labelValue === 'string' ? ` ("${String(labelValue)}")` : '';
		const first = seen.get(id);
		if (!first) {
			seen.set(id, { line, label });
			continue;
		}
		problems.push({
			file,
			line,
			column,
			field: `id "${id}"`,
			problem: `two ${role.entry}s have the id "${id}": the one at line ${first.line}${first.label} and the one at line ${line}${label}. The build would keep only the second, silently.`,
			fix: `give one of them another id (lower-case words joined by hyphens). Each ${role.entry}'s id must be unique: it is ${role.usedFor}.`,
		});
	}
	return problems;
}
