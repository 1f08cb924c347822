// Starlight route middleware: a lesson's printed pages carry its title in the top margin and "Page N of M" at the
// foot (CSS @page margin boxes; Chromium has no string-set, so the title is written into this page's own rule),
// and load the lesson print sheet (lesson-print.css: compact type, figures beside their text, no quiz on paper).
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import printSheet from './lesson-print.css?url';

/** The title as a CSS string: quotes and backslashes escaped, line breaks as spaces. */
export const cssString = (text: string): string =>
	`"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]+/g, ' ')}"`;

/** The page rule that puts `title` in the top-left margin of every printed page. */
export const titleRule = (title: string): string => `@page {\n\t@top-left {\n\t\tcontent: ${cssString(title)};\n\t}\n}`;

export const onRequest = defineRouteMiddleware((context) => {
	const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
	if (!context.url.pathname.startsWith(`${base}lessons/`)) return;
	const route = context.locals.starlightRoute;
	route.head.push(
		{ tag: 'link', attrs: { rel: 'stylesheet', href: printSheet, media: 'print' } },
		{ tag: 'style', attrs: { media: 'print' }, content: titleRule(route.entry.data.title) },
	);
});
