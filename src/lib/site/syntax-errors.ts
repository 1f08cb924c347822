// Syntax errors in authored files (YAML data, MDX lessons and their frontmatter) as author problems: file, line,
// what is wrong in plain words, how to fix it — instead of a parser's stack trace.
import { parseDocument } from 'yaml';
import type { AuthorProblem } from './author-error';

/** Plain-words fixes for the YAML mistakes authors make most. */
function yamlFix(code: string, message: string): string {
	if (/flow collection|comma|FLOW/i.test(code + message))
		return 'close every [ with ] and every { with }, separate items with commas, and quote text that contains a comma, colon, [ ] or { }.';
	if (/indent|BAD_INDENT|MISSING_CHAR/i.test(code + message))
		return 'line the key up with the keys above it (spaces, not tabs), and put a space after every colon.';
	if (/quote|QUOTE/i.test(code + message))
		return 'close the quotation mark; inside "…" write \\" for a quotation mark, or use single quotes around text with double ones.';
	if (/DUPLICATE_KEY/.test(code)) return 'each key may appear once per entry: remove or rename the second one.';
	return 'compare the line with a working file of the same kind; quote text that contains a colon followed by a space, # or leading special characters.';
}

/** Where the last `[` or `{` still open at `offset` was opened (quoted text skipped), as 1-based line and column. */
function unclosedOpener(text: string, offset: number): { line: number; col: number } | undefined {
	const open: number[] = [];
	let quote = '';
	for (let i = 0; i < offset; i++) {
		const c = text[i]!;
		// A quotation mark opens quoted text only where a value starts (an apostrophe inside words does not).
		const starts = /(^|[\s:[{,-])$/.test(text.slice(Math.max(0, i - 1), i));
		if (c === '\n') quote = '';
		else if (quote) quote = c === quote ? '' : quote;
		else if ((c === '"' || c === "'") && starts) quote = c;
		else if (c === '[' || c === '{') open.push(i);
		else if (c === ']' || c === '}') open.pop();
	}
	const at = open.at(-1);
	if (at === undefined) return undefined;
	const before = text.slice(0, at).split('\n');
	return { line: before.length, col: before.at(-1)!.length + 1 };
}

/** Every syntax error in a YAML text, with its line (1-based, counted in `text`, plus `lineOffset`). */
export function yamlProblems(file: string, text: string, lineOffset = 0): AuthorProblem[] {
	const doc = parseDocument(text, { uniqueKeys: true });
	// The first error is the one to fix: later ones usually follow from it.
	return doc.errors.slice(0, 1).map((error) => {
		// A [ or { left open is noticed lines later; the place to fix is where it was opened.
		const opened = /must .*end with a [\]}]/.test(error.message) ? unclosedOpener(text, error.pos[0]) : undefined;
		const { line: parsedLine, col } = opened ?? error.linePos?.[0] ?? { line: 1, col: 1 };
		const line = parsedLine + lineOffset;
		const column = col;
		const parsed = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+.*$/, '');
		const bracket = opened ? text.split('\n')[opened.line - 1]![opened.col - 1] : undefined;
		const message = bracket ? `the ${bracket} here is never closed with ${bracket === '[' ? ']' : '}'}` : parsed;
		return {
			file,
			line,
			column,
			problem: `the YAML cannot be read: ${message}.`,
			fix: yamlFix(error.code, parsed),
		};
	});
}

/** The frontmatter of an MDX page ("---" … "---" at the top), checked as YAML. */
export function frontmatterProblems(file: string, mdx: string): AuthorProblem[] {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(mdx);
	if (!match) {
		return /^---\r?\n/.test(mdx)
			? [
					{
						file,
						line: 1,
						column: 1,
						problem: 'the frontmatter that starts with --- is never closed.',
						fix: 'end the frontmatter with a line of three dashes: ---',
					},
				]
			: [];
	}
	return yamlProblems(file, match[1]!, 1);
}

/** Plain-words fixes for the MDX mistakes authors make most. */
function mdxFix(message: string): string {
	const tag = /closing tag for `<([^>`]+)>`/.exec(message)?.[1];
	if (tag)
		return `close the component: write <${tag} … /> when it has no content, or end it with </${tag}> on the same paragraph.`;
	if (/Unexpected closing tag/i.test(message))
		return 'remove the stray closing tag, or open it earlier with a matching tag.';
	if (/before name|character.*<|Unexpected character/i.test(message))
		return 'a < starts a component in MDX: write &lt; for a plain "<", and check the component name is spelled right.';
	if (/expression|\{|acorn/i.test(message))
		return 'a { starts a JavaScript expression in MDX: close it with }, or write \\{ for a plain brace.';
	if (/attribute/i.test(message)) return 'write attributes as name="text" or name={5}, with quotes closed.';
	return 'compare the line with a working lesson; MDX needs every <Component> closed, and < and { escaped in plain text.';
}

/** An MDX parser error ("21:72: Expected a closing tag for `<Cite>` … (rule)") as an author problem. */
export function mdxProblem(file: string, error: unknown, lineOffset = 0): AuthorProblem {
	const raw = error instanceof Error ? error.message : String(error);
	const position = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*/.exec(raw);
	const message = raw
		.replace(/^(\d+):(\d+)(?:-\d+:\d+)?:\s*/, '')
		.replace(/\s*\([\w:-]+\)\s*$/, '')
		.replace(/\s*\(\d+:\d+\)/g, '');
	return {
		file,
		...(position ? { line: Number(position[1]) + lineOffset, column: Number(position[2]) } : {}),
		problem: `the MDX cannot be read: ${message}.`,
		fix: mdxFix(message),
	};
}
