// Every citation in an authored YAML data file (`{ source, p | paragraph, quote }`, wherever it sits), checked against
// the sources, each problem at its line and column with the entry it belongs to.
import type { AuthorProblem } from '../site/author-error';
import { YamlPlaces } from '../site/yaml-places';
import { citationProblem } from './citations';
import type { Source } from './seeds';

/** `noun` names an item of a top-level list, e.g. "claim" for src/content/claims.yaml. */
export function yamlCitationProblems(
	file: string,
	text: string,
	sources: readonly Pick<Source, 'id' | 'paragraphs'>[],
	noun = 'entry',
): AuthorProblem[] {
	const places = new YamlPlaces(text, noun);
	if (!places.readable) return [];
	return places.maps().flatMap(({ path, get }) => {
		const source = get('source');
		const p = get('p') ?? get('paragraph');
		const quote = get('quote');
		// A citation whose shape is wrong (p: five) is the schema's to report, with its own words.
		if (typeof source !== 'string' || typeof p !== 'number') return [];
		const found = citationProblem(sources, { source, p, quote: typeof quote === 'string' ? quote : undefined });
		if (!found) return [];
		const { line, column } = places.at(path);
		return [{ file, line, column, field: places.describe(path), ...found }];
	});
}
