// Starlight route middleware: students' pages show "For teachers" as one link to the teacher's guide, not the
// teachers' pages themselves, so no answer key sits one click from a lesson or a quiz (issue 24). Teacher pages
// (/teachers/…) keep the whole group.
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type Entry = StarlightRouteData['sidebar'][number];
export const TEACHERS_GROUP = 'For teachers';

/** The sidebar with the teachers' group folded into a link to its first page (the guide). */
export function foldTeachers(sidebar: readonly Entry[]): Entry[] {
	return sidebar.map((entry) => {
		if (entry.type !== 'group' || entry.label !== TEACHERS_GROUP) return entry;
		const first = entry.entries.find((e) => e.type === 'link');
		return first ? { ...first, label: TEACHERS_GROUP, isCurrent: false } : entry;
	});
}

export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	if (!/\/teachers\//.test(context.url.pathname)) route.sidebar = foldTeachers(route.sidebar);
});
