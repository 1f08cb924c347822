// README's examples of build output are generated, never typed: each sits between `<!-- build-output: name -->` and
// `<!-- /build-output -->` as a text block (indented when inside a list item). A test builds the fixture, and either
// checks the block says exactly what the build said or, with UPDATE_README=1, writes it.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const README = resolve(import.meta.dirname, '../../README.md');
const FENCE = '```';
const block = (name: string) =>
	new RegExp(
		`^( *)<!-- build-output: ${name} -->\\n\\n?\\1${FENCE}text\\n([\\s\\S]*?)\\1${FENCE}\\n\\n?\\1<!-- /build-output -->`,
		'm',
	);

/** The text README shows for `name` (its indent removed), or undefined when README has no such block. */
export function readmeBlock(name: string): string | undefined {
	const m = block(name).exec(readFileSync(README, 'utf8'));
	if (!m) return undefined;
	const indent = m[1]!;
	return m[2]!
		.replace(/\n$/, '')
		.split('\n')
		.map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
		.join('\n');
}

/** Writes `text` into README's block `name` (which must exist), indented like the block. */
export function writeReadmeBlock(name: string, text: string): void {
	const readme = readFileSync(README, 'utf8');
	if (!block(name).test(readme)) throw new Error(`README has no <!-- build-output: ${name} --> block`);
	writeFileSync(
		README,
		readme.replace(block(name), (_match, indent: string) => {
			const body = text
				.split('\n')
				.map((line) => (line ? `${indent}${line}` : ''))
				.join('\n');
			// As Prettier lays it out: a blank line between each comment and the fence.
			return `${indent}<!-- build-output: ${name} -->\n\n${indent}${FENCE}text\n${body}\n${indent}${FENCE}\n\n${indent}<!-- /build-output -->`;
		}),
	);
}

export const updating = process.env['UPDATE_README'] === '1';
