// Which authored file a broken link of the built site comes from, and where in it: the link check then names the file
// an author edits (a lesson's MDX, a data file) at its line and column, not only the built page.
import type { AuthorProblem } from './author-error';
import type { BrokenLink } from './link-check';

/** An authored file the link may be written in: its path from the project root and its text. */
export interface AuthoredFile {
	file: string;
	text: string;
}

/** The MDX file that builds a docs page: `/lessons/background/` → `src/content/docs/lessons/background.mdx`. */
export function docsFileFor(page: string, base: string, files: readonly AuthoredFile[]): AuthoredFile | undefined {
	const slug = page.slice(base.length).replace(/\/$/, '');
	const wanted = slug === '' ? ['index'] : [slug, `${slug}/index`];
	return files.find((f) =>
		wanted.some((w) => f.file === `src/content/docs/${w}.mdx` || f.file === `src/content/docs/${w}.md`),
	);
}

/** The first place in `text` where the link, or the path it points at, is written. */
export function findWritten(text: string, link: string, base: string): { line: number; column: number } | undefined {
	const path = link.replace(/[?#].*$/, '');
	const candidates = [link, path, path.replace(/^(\.\.?\/)+/, ''), path.startsWith(base) ? path.slice(base.length) : '']
		.map((c) => c.replace(/\/$/, ''))
		.filter((c) => c.length > 1);
	for (const candidate of candidates) {
		const at = text.indexOf(candidate);
		if (at < 0) continue;
		const before = text.slice(0, at).split('\n');
		return { line: before.length, column: before.at(-1)!.length + 1 };
	}
	return undefined;
}

/**
 * The broken link as an author problem: at the page's own MDX when it is a docs page and the link is written there,
 * else at the first authored file that writes it, else naming the built page (the link comes from a component).
 */
export function brokenLinkProblem(broken: BrokenLink, base: string, authored: readonly AuthoredFile[]): AuthorProblem {
	const own = docsFileFor(broken.page, base, authored);
	const field = `link to ${broken.link} (on the page ${broken.page})`;
	const fix =
		'correct or remove the link; a link to a removed source or page goes with it (README, "Removing a source").';
	for (const candidate of [own, ...authored].filter((f): f is AuthoredFile => f !== undefined)) {
		const at = findWritten(candidate.text, broken.link, base);
		if (at) return { file: candidate.file, ...at, field, problem: `${broken.problem}.`, fix };
	}
	return {
		file: own?.file ?? `the built page ${broken.page}`,
		field: `link to ${broken.link}`,
		problem: `${broken.problem}; the link is not written in any file under src/content/, so a component or page in src/ makes it.`,
		fix,
	};
}
