// Other names (glossary otherNames, actor names) → the canonical name, for rewriting what students type.
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
