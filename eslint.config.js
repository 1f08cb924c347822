// ESLint 9 flat config. `npm run lint` (and `npm test`) run it with --max-warnings 0.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		// Build output, caches, verbatim sources and generated files: not code we write.
		ignores: ['dist/', 'dist-*/', '.astro/', '.fixtures/', 'test-results/', 'bench/tmp/', 'seeds/', 'public/'],
	},
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	...astro.configs['flat/recommended'],
	...astro.configs['flat/jsx-a11y-recommended'],
	{
		languageOptions: {
			globals: { ...globals.browser, ...globals.node },
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
				extraFileExtensions: ['.astro'],
			},
		},
	},
	{
		rules: {
			// `const { unwanted, ...rest } = x` is how a field is left out of a copy; the unused name is the point.
			'@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{
		// astro-eslint-parser does not resolve the type of markup, so every `{list.map((x) => <li>…</li>)}` in a
		// template would be reported as returning an `error`/`any` value. Frontmatter code is still type-checked.
		files: ['**/*.astro'],
		// astro-eslint-parser takes `project` rather than `projectService` (it would say so once per file).
		languageOptions: { parserOptions: { projectService: false, project: true } },
		rules: { '@typescript-eslint/no-unsafe-return': 'off' },
	},
	{
		// These strip control characters from learner-typed text before it goes to the LMS: the control
		// characters in the pattern are the point, not a mistake.
		files: ['src/lib/exports/scorm/cmi.ts', 'src/lib/exports/scorm/suspend.ts'],
		rules: { 'no-control-regex': 'off' },
	},
	{
		// Plain JavaScript (scripts/*.mjs, config files, the Pagefind stand-in) has no type annotations, so every
		// value read from JSON.parse or a child process is `any` and the no-unsafe-* rules would flag each use.
		// The TypeScript sources are type-checked; these files are checked by the untyped rules only.
		files: ['**/*.js', '**/*.mjs'],
		...tseslint.configs.disableTypeChecked,
	},
	{
		// Tests and their support code walk parsed XML, JSON and ZIP contents (fast-xml-parser, JSON.parse), typed
		// `any` by those libraries; the test's own assertions check that shape, so typing each parsed tree again would
		// only duplicate them. The other type-checked rules stay on.
		files: ['tests/**/*.ts'],
		rules: {
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			// The same parsed trees are sometimes named `Record<string, any>` so a test can walk them.
			'@typescript-eslint/no-explicit-any': 'off',
		},
	},
);
