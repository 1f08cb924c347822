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
			components: {
				// Guard storage access, which throws where storage is blocked (see the files for why).
				ThemeProvider: './src/components/overrides/ThemeProvider.astro',
				ThemeSelect: './src/components/overrides/ThemeSelect.astro',
				// Tag each page with its kind for the search filter and results.
				MarkdownContent: './src/components/overrides/MarkdownContent.astro',
			},
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
					label: 'Quizzes',
					items: [
						{ label: 'All quizzes', link: '/quizzes/' },
						{ label: 'Final review', link: '/quizzes/review/' },
						{ label: 'Your progress', link: '/progress/' },
					],
				},
				{
					label: 'For teachers',
					items: [
						{ label: "Teacher's guide", slug: 'teachers' },
						{ label: 'Worksheets and downloads', link: '/teachers/#printables' },
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
