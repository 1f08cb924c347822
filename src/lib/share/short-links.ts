// Short, readable links a teacher can write on the board or put in a QR code: `/q/<short>-<period>/` opens a quiz in
// test mode with the class period's seed (`/quizzes/<id>/?mode=test&seed=<period>`). Pure: no Astro, no DOM.

/** Class periods 1–6: each has its own seed, so each class meets its own order of options. */
export const PERIODS = [1, 2, 3, 4, 5, 6] as const;

export interface ShortLink {
	/** The short code, e.g. `terms-3`: the page is `/q/terms-3/`. */
	short: string;
	quiz: string;
	period: number;
	/** The seed in the target link: the period's number. */
	seed: string;
	/** Relative to the base path: `/quizzes/<id>/?mode=test&seed=<n>`. */
	target: string;
}

/**
 * A short name per quiz: the last word of its id (`ceasefire-terms` → `terms`) where no other quiz ends in the same
 * word, else the whole id. Adding a quiz whose last word clashes changes the short names of both: say so to teachers.
 */
export function shortNames(ids: readonly string[]): Map<string, string> {
	const last = (id: string) => id.split('-').at(-1)!;
	const count = new Map<string, number>();
	for (const id of ids) count.set(last(id), (count.get(last(id)) ?? 0) + 1);
	const taken = new Set(ids.filter((id) => !id.includes('-')));
	return new Map(ids.map((id) => [id, count.get(last(id)) === 1 && !taken.has(last(id)) ? last(id) : id]));
}

/** The test-mode link of a quiz with a seed, relative to the base path. */
export const testLink = (quiz: string, seed: string): string =>
	`/quizzes/${quiz}/?mode=test&seed=${encodeURIComponent(seed)}`;

/** Every short link: one per quiz and class period, sorted as the ids are given. */
export function shortLinks(ids: readonly string[]): ShortLink[] {
	const names = shortNames(ids);
	return ids.flatMap((quiz) =>
		PERIODS.map((period) => ({
			short: `${names.get(quiz)}-${period}`,
			quiz,
			period,
			seed: String(period),
			target: testLink(quiz, String(period)),
		})),
	);
}

/** The short link's page, relative to the base path. */
export const shortPath = (short: string): string => `/q/${short}/`;

/** Its QR code's file, relative to the base path. */
export const qrPath = (short: string): string => `/q/${short}.svg`;

/** An absolute URL from the configured site, the base path and a path relative to it. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
	const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
	return new URL(path.replace(/^\//, ''), root).href;
}

/** What a person reads aloud or types: the absolute URL without `https://`. */
export const readable = (absolute: string): string => absolute.replace(/^https?:\/\//, '');
