// Other names (glossary otherNames, actor names) → the canonical name, for rewriting what students type.
import type { AuthorProblem } from '../site/author-error';
import { phraseKey } from './words';

/** One thing and its other names: a glossary term with its otherNames, or an actor's name. */
export interface NameGroup {
	canonical: string;
	variants: string[];
}

/**
 * Variant → canonical form, keyed by phraseKey. A variant that is itself some group's canonical form is left alone
 * (it is a name in its own right, e.g. "Artsakh" or "Azerbaijan"), as is one that two groups claim differently.
 */
export function variantMap(groups: NameGroup[]): Record<string, string> {
	const canonicalKeys = new Set(groups.map((g) => phraseKey(g.canonical)));
	const map = new Map<string, string | null>();
	for (const { canonical, variants } of groups) {
		for (const variant of variants) {
			const key = phraseKey(variant);
			if (!key || canonicalKeys.has(key)) continue;
			const seen = map.get(key);
			map.set(key, seen === undefined || seen === canonical ? canonical : null);
		}
	}
	return Object.fromEntries(
		[...map].filter((entry): entry is [string, string] => entry[1] !== null).sort(([a], [b]) => a.localeCompare(b)),
	);
}

/** A glossary entry's spellings: its term and other names. */
export interface GlossarySpellings {
	/** The entry's file, relative to the project root. */
	file: string;
	term: string;
	otherNames: readonly string[];
}

/**
 * Spellings that two glossary entries both claim (as term or other name): search could send such a spelling to
 * either entry, so variantMap drops it and the student finds neither. One problem per clash, naming both entries.
 */
export function spellingClashes(entries: readonly GlossarySpellings[]): AuthorProblem[] {
	const owner = new Map<string, { entry: GlossarySpellings; written: string }>();
	const problems: AuthorProblem[] = [];
	for (const entry of entries) {
		for (const written of new Set([entry.term, ...entry.otherNames])) {
			const at = written === entry.term ? ['term'] : ['otherNames', entry.otherNames.indexOf(written)];
			const key = phraseKey(written);
			const first = owner.get(key);
			if (!key) continue;
			if (!first) owner.set(key, { entry, written });
			else if (first.entry.file !== entry.file)
				problems.push({
					file: entry.file,
					at,
					field: written === entry.term ? 'term' : `otherNames: ${written}`,
					problem: `"${written}" is also ${first.written === first.entry.term ? 'the term' : 'an other name'} of ${first.entry.file} ("${first.written}"), so search cannot tell which entry a student who types it wants.`,
					fix: `keep the spelling in one entry only: the one it names. If the word is a term in its own right, leave it out of the other entry's otherNames.`,
				});
		}
	}
	return problems;
}
