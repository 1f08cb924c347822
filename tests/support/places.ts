// Where a piece of text sits in a file of a fixture copy, computed by the test itself (not by the code under test),
// so an assertion can say exactly which `path:line:column` an author error must name.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `file:line:column` of the start of what contains `needle` on its line: the `<` of the MDX tag, or the `{` of a YAML
 * flow map (`start` says which), or the needle itself.
 */
export function placeIn(dir: string, file: string, needle: string, start: '<' | '{' | '' = ''): string {
	const lines = readFileSync(join(dir, file), 'utf8').split('\n');
	const index = lines.findIndex((l) => l.includes(needle));
	if (index < 0) throw new Error(`"${needle}" is not in ${file}`);
	const at = lines[index]!.indexOf(needle);
	const column = start ? lines[index]!.lastIndexOf(start, at) : at;
	return `${file}:${index + 1}:${column + 1}`;
}

/** Every `file:line:column` where a line matches `pattern`, at the `{` opening the flow map the match is in. */
export function placesMatching(dir: string, files: readonly string[], pattern: RegExp): string[] {
	return files.flatMap((file) =>
		readFileSync(join(dir, file), 'utf8')
			.split('\n')
			.flatMap((line, i) => {
				const m = pattern.exec(line);
				return m ? [`${file}:${i + 1}:${line.lastIndexOf('{', m.index) + 1}`] : [];
			}),
	);
}
