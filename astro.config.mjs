// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// BASE_PATH and SITE_URL let the same build serve from a sub-folder (e.g. GitHub Pages).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://karabakh-ceasefire.example.org';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: 'Karabakh ceasefire 2023: a sourced guide',
			description:
				'Lessons, quizzes and a classroom kit on the September 2023 ceasefire in Nagorno-Karabakh, with every claim traced to a numbered paragraph of two news reports.',
			pagefind: true,
			lastUpdated: false,
			sidebar: [
				{ label: 'Start here', link: '/' },
				{
					label: 'Lessons',
					items: [
						'lessons/background',
						'lessons/actors',
						'lessons/ceasefire-terms',
						'lessons/open-questions',
						'lessons/comparing-reports',
					],
				},
				{
					label: 'Reference',
					items: [
						{ label: 'Source reports', link: '/sources/' },
						{ label: 'Glossary', link: '/glossary/' },
						{ label: 'Timeline', link: '/timeline/' },
					],
				},
			],
		}),
	],
});
