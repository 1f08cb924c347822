// Which pages cite each source paragraph: source id → paragraph number → citing pages.
// Lessons and quizzes register their citations here as they are added (issues 3 and 4).

export interface Citer {
	title: string;
	/** Site path without base, e.g. `/lessons/background/#…`. */
	href: string;
}
export type CitedByIndex = Map<string, Map<number, Citer[]>>;

export async function citedByIndex(): Promise<CitedByIndex> {
	return new Map();
}
