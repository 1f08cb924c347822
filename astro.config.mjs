// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import cspInlineHashes from './src/integrations/csp-inline-hashes.ts';
import linkCheck from './src/integrations/link-check.ts';
import searchVocabulary from './src/integrations/search-vocabulary.ts';
import indexWordBreaks from './src/integrations/index-word-breaks.ts';
import pagefindStandIn from './src/integrations/pagefind-stand-in.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import scormPackages from './src/integrations/scorm-packages.ts';

// BASE_PATH and SITE_URL let the same build serve from a sub-folder (e.g. GitHub Pages).
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://karabakh-ceasefire.example.org';
const baseSlash = base.endsWith('/') ? base : `${base}/`;

export default defineConfig({
	site,
	base,
	// OUT_DIR lets tests and benchmarks build a second copy (e.g. under a base path) beside dist/.
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	// No code blocks are highlighted (the content has none); Shiki's inline styles would also need a CSP allowance.
	markdown: { syntaxHighlight: false },
	vite: {
		plugins: [
			{
				// No preload list for dynamic imports: the import loads its chunks itself, and the list writes site-absolute
				// URLs ("/_astro/…") into pages that a SCORM package serves from an LMS's folder (and costs the quiz page
				// bytes). Set after Astro's own build settings, which would otherwise replace it.
				name: 'no-module-preload',
				configEnvironment(name, config) {
					if (name === 'client') config.build = { ...config.build, modulePreload: false };
				},
			},
		],
		resolve: {
			// Starlight's Search imports Pagefind's UI once the page is idle; this stand-in loads it when the dialog opens.
			alias: [
				{
					find: /^@pagefind\/default-ui$/,
					replacement: fileURLToPath(new URL('./src/components/search/pagefind-ui-lazy.ts', import.meta.url)),
				},
			],
		},
		build: {
			rollupOptions: {
				// Astro marks MDX modules with its own "use astro:head-inject" directive, which it reads before bundling;
				// the bundler then warns that it may not keep it. Harmless: the directive has done its work by then.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
				output: {
					// Shared by the quiz page, the class results page (marking: scoring.ts, grading.ts; saved attempts: storage.ts),
					// /progress/ and the printed sheets' ?seed= script (the seeded order: shuffle.ts): one chunk, so a quiz page
					// still loads its JavaScript in two requests (tests/build/site/budget.test.ts).
					manualChunks(id) {
						return /\/src\/lib\/quiz\/(scoring|storage|grading|shuffle)\.ts$/.test(id) ? 'quiz-core' : undefined;
					},
				},
			},
		},
	},
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
				// The offline service worker (/sw.js, same origin) and Pagefind's search worker. Without this, workers
				// fall back to script-src, which already allows 'self'; stated so a later script-src change cannot widen it.
				"worker-src 'self'",
				"manifest-src 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			// Starlight's style *attributes* need style-src-attr 'unsafe-inline'; src/lib/site/csp.ts adds it after the build.
			// Declared here, beside 'self', it makes Astro warn that 'self' will not apply to attributes, which is the
			// intent: attributes need nothing but that allowance.
			styleDirective: { resources: ["'self'"] },
		},
	},
	integrations: [
		// Before Starlight, whose Pagefind step indexes the pages: terms and definitions, table cells kept apart.
		indexWordBreaks(),
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
				// Search that understands other names, split words and typos; an open button named by its visible text.
				Search: './src/components/overrides/Search.astro',
				// Starlight's footer plus the "Available offline" control, which also registers the service worker.
				Footer: './src/components/overrides/Footer.astro',
				// A lesson's title is followed by its reading time and read-aloud (src/components/reading/).
				PageTitle: './src/components/overrides/PageTitle.astro',
				// Pages built for SCORM packages show the title only: no search or theme picker (see the file).
				Header: './src/components/overrides/Header.astro',
			},
			// Every page fits a 320 px phone (and 400 % zoom); lesson-print.ts prints lessons compactly, titled, numbered.
			customCss: ['./src/components/site/phone.css'],
			lastUpdated: false,
			// Students' pages show "For teachers" as one link to the guide, so no answer key is one click away.
			routeMiddleware: ['./src/components/site/route-data.ts', './src/components/site/lesson-print.ts'],
			// The web app manifest (public/manifest.webmanifest) lets a student add the guide to a home screen.
			head: [
				{ tag: 'link', attrs: { rel: 'manifest', href: `${baseSlash}manifest.webmanifest` } },
				{ tag: 'link', attrs: { rel: 'apple-touch-icon', href: `${baseSlash}icons/apple-touch-icon.png` } },
				{ tag: 'meta', attrs: { name: 'theme-color', content: '#1f3a5f' } },
			],
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
						{ label: 'Routes for 50-minute lessons', slug: 'teachers/routes' },
						{ label: 'Worksheets and downloads', slug: 'teachers/kit' },
						{ label: 'Using the unit in your LMS', slug: 'teachers/lms' },
						{ label: 'Class results', link: '/teachers/results/' },
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
		// After Starlight's Pagefind step: the index's vocabulary, for typo correction in the search dialog.
		searchVocabulary(),
		// After Pagefind too: its module moves to pagefind/pagefind-engine.js and the search dialog's stand-in takes its name.
		pagefindStandIn(),
		cspInlineHashes(),
		// After the CSP hashes (the packaged pages keep them), before the link check.
		scormPackages(),
		linkCheck(),
		// Last: the precache list is computed from the final files (after the CSP hashes and the link check).
		serviceWorker(),
	],
});
