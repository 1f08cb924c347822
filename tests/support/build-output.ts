// Reads what `astro build` printed for an author: the problem blocks (`place → field`, `Problem:`, `Fix:`), to quote
// in README exactly as the build says them.
/** Every problem block of the output, in order. */
export function problemBlocks(output: string): string[] {
	return [...output.matchAll(/^\S[^\n]*\n {2}Problem: [^\n]*\n {2}Fix: [^\n]*$/gm)].map((m) => m[0]);
}

/**
 * The first block matching each pattern, in the order given, then "(and N more problems)" when the build listed more:
 * an excerpt that stays true as long as the build says the same.
 */
export function excerpt(output: string, patterns: readonly RegExp[], { more: countMore = true } = {}): string {
	const blocks = problemBlocks(output);
	const picked = patterns.map((p) => {
		const found = blocks.find((b) => p.test(b));
		if (!found) throw new Error(`no problem matches ${String(p)} in:\n${output}`);
		return found;
	});
	const more = blocks.length - picked.length;
	const rest = countMore && more > 0 ? [`(and ${more} more problem${more === 1 ? '' : 's'})`] : [];
	return [...picked, ...rest].join('\n\n');
}

/** The lines of a successful build an author looks for, without their time stamps. */
export function successLines(output: string, patterns: readonly RegExp[]): string {
	const lines = output.split('\n').map((l) => l.replace(/^\d\d:\d\d:\d\d /, ''));
	return patterns.map((p) => lines.find((l) => p.test(l)) ?? `(no line matches ${String(p)})`).join('\n');
}
