// Site-internal URLs that keep working under any base path (the site may be served from a sub-folder).

/** Joins the configured base (e.g. `/` or `/karabakh/`) and a site path (e.g. `/sources/report-a/#p5`). */
/** A base path or folder URL with exactly one trailing slash added where it has none: `/guide` → `/guide/`. */
export const trailingSlash = (path: string): string => (path.endsWith('/') ? path : `${path}/`);

export function withBase(base: string, path: string): string {
	const head = base.endsWith('/') ? base.slice(0, -1) : base;
	return `${head}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Path of a source page, or of one of its paragraphs (contracts.md). */
export function sourcePath(id: string, paragraph?: number): string {
	return `/sources/${id}/${paragraph === undefined ? '' : `#p${paragraph}`}`;
}
