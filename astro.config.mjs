// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import cspInlineHashes from './src/integrations/csp-inline-hashes.ts';
import linkCheck from './src/integrations/link-check.ts';
import scormPackages from './src/integrations/scorm-packages.ts';

// BASE_PATH and SITE_URL let the same build serve from a sub-folder (e.g. GitHub Pages).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://karabakh-ceasefire.example.org';

export default defineConfig({
	site,
	base,
	// OUT_DIR lets tests and benchmarks build a second copy (e.g. under a base path) beside dist/.
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	// Every page gets a Content-Security-Policy with hashes of its scripts and styles, and no 'unsafe-inline' for
	// scripts. Two allowances, each as narrow as the spec allows: Pagefind's search runs WebAssembly
	// ('wasm-unsafe-eval' permits compiling wasm, not eval of strings), and Starlight's own markup uses style
	// *attributes* (icon sizes, the search dialog), which only style-src-attr can allow. <style> elements still need
	// hashes. Inline scripts Astro does not hash are added after the build (src/integrations/csp-inline-hashes.ts).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
		},
	},
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
				// Pages built for SCORM packages show the title only: no search or theme picker (see the file).
				Header: './src/components/overrides/Header.astro',
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
						{ label: 'Worksheets and downloads', slug: 'teachers/kit' },
					],
				},
				{
					label: 'Reference',
					items: [
						{ label: 'Source reports', link: '/sources/' },
						{ label: 'Compare the reports', link: '/compare/' },
						{ label: 'Glossary', link: '/glossary/' },
						{ label: 'Timeline', link: '/timeline/' },
					],
				},
			],
		}),
		cspInlineHashes(),
		// After the CSP hashes (the packaged pages keep them), before the link check.
		scormPackages(),
		linkCheck(),
	],
});
