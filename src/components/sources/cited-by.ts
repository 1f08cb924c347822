// Gathers every citing page (MDX lessons, glossary, timeline) for the "cited by" links on source pages.
import { getCollection } from 'astro:content';
import { buildCitedBy, type CitedByIndex, type CitingPage } from '../../lib/sources/cited-by';
import { scanLesson } from '../../lib/sources/mdx-scan';

export type { Citer } from '../../lib/sources/cited-by';

let cached: Promise<CitedByIndex> | undefined;

async function citingPages(): Promise<CitingPage[]> {
	const docs = await getCollection('docs');
	const lessons = docs
		.filter((entry) => entry.body)
		.sort((a, b) => a.id.localeCompare(b.id))
		.map((entry) => ({
			title: entry.data.title,
			href: entry.id === 'index' ? '/' : `/${entry.id}/`,
			citations: scanLesson(entry.body!).citations,
		}));
	const glossary = (await getCollection('glossary')).map((entry) => ({
		title: `Glossary: ${entry.data.term}`,
		href: `/glossary/#${entry.id}`,
		citations: entry.data.cites,
	}));
	const timeline = (await getCollection('timeline')).map((entry) => ({
		title: `Timeline: ${entry.data.title}`,
		href: `/timeline/#${entry.id}`,
		citations: entry.data.cites,
	}));
	return [...lessons, ...glossary, ...timeline].filter((page) => page.citations.length > 0);
}

export function citedByIndex(): Promise<CitedByIndex> {
	cached ??= citingPages().then(buildCitedBy);
	return cached;
}
