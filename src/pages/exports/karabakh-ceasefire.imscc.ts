// /exports/karabakh-ceasefire.imscc: the whole unit as an IMS Common Cartridge 1.1 (src/lib/exports/cc.ts). With
// SITE_URL set, lessons, sources and the teacher's guide are web links to the deployed pages; without, packaged HTML.
import type { APIRoute } from 'astro';
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { sourceLabels, unitQuizzes } from '../../components/quiz/quiz-routes';
import { ccFiles } from '../../lib/exports/cc/cartridge';
import { exportQuiz } from '../../lib/exports/json';
import { zipFiles } from '../../lib/exports/zip';

export const GET: APIRoute = async () => {
	const container = await AstroContainer.create();
	container.addServerRenderer({ name: '@astrojs/mdx', renderer: mdxRenderer });
	const html = async (entry: CollectionEntry<'docs'>) => container.renderToString((await render(entry)).Content);
	const siteUrl = process.env.SITE_URL ? new URL(import.meta.env.BASE_URL, process.env.SITE_URL).href : null;

	const docs = await getCollection('docs');
	const lessons = docs
		.filter((d) => d.id.startsWith('lessons/'))
		.sort((a, b) => (a.data.sidebar.order ?? 0) - (b.data.sidebar.order ?? 0));
	const guide = docs.find((d) => d.id === 'teachers')!;
	const quizzes = await unitQuizzes();
	const sources = await getCollection('sources');
	const files = ccFiles({
		title: 'The September 2023 ceasefire in Nagorno-Karabakh: a sourced classroom unit',
		siteUrl,
		lessons: await Promise.all(
			lessons.map(async (l) => ({
				slug: l.id.replace(/^lessons\//, ''),
				path: `/${l.id}/`,
				title: l.data.title,
				html: siteUrl ? '' : await html(l),
			})),
		),
		quizzes: quizzes.map((q) => exportQuiz(q.id, q.data)),
		sources: sources.map((s) => ({
			id: s.id,
			label: s.data.label,
			title: s.data.title.value ?? '',
			paragraphs: s.data.paragraphs.map((p) => p.text),
		})),
		guide: { path: '/teachers/', title: guide.data.title, html: siteUrl ? '' : await html(guide) },
		labels: await sourceLabels(),
	});
	return new Response(zipFiles(files).buffer as ArrayBuffer, { headers: { 'Content-Type': 'application/zip' } });
};
