// What kind of page a path is, for Pagefind's "kind" filter and the kind shown in search results.

export const SEARCH_KINDS = ['Lesson', 'Quiz', 'Source', 'Compare', 'Glossary', 'Timeline', 'Teachers'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const BY_SECTION: Record<string, SearchKind> = {
	lessons: 'Lesson',
	quizzes: 'Quiz',
	sources: 'Source',
	compare: 'Compare',
	glossary: 'Glossary',
	timeline: 'Timeline',
	teachers: 'Teachers',
};

/** The kind of the page at `pathname` (with or without the base path), or undefined for the home page and others. */
export function searchKind(pathname: string, base = '/'): SearchKind | undefined {
	const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
	return BY_SECTION[path.split('/')[0] ?? ''];
}

/** The title shown in search results: the kind first, unless the title already says it. */
export function searchTitle(kind: SearchKind | undefined, title: string): string {
	if (!kind) return title;
	const label = kind === 'Teachers' ? 'For teachers' : kind === 'Source' ? 'Source report' : kind;
	return title.toLowerCase().startsWith(kind.toLowerCase()) ? title : `${label}: ${title}`;
}
