// What the framing check reads (issue 23): every text in the guide's own voice, with exact lines, and nothing that is
// the reports' own words (quotes, seeds) or an id. Also: the site as it stands passes the check.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { framingProblems, type FramingEntry } from '../../../src/lib/framing/check';
import { astroTexts, authoredTexts, mdxTexts, scriptTexts, yamlTexts } from '../../../src/loaders/authored-text';
import { sourceNames } from '../../../src/loaders/framing';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('mdxTexts', () => {
	const source = [
		'---',
		'title: A lesson',
		'description: Where the separatists stood.',
		'---',
		'',
		"import Cite from '../../components/sources/Cite.astro';",
		'',
		'## The word',
		'',
		'Report B speaks of <Quote source="report-b" p={14} text="separatist representatives" /> and',
		'ends here <Cite source="report-b" p={14} />.',
		'',
		'- A list item',
		'',
		'| A cell | Another |',
		'| --- | --- |',
		'| x | y |',
	].join('\n');
	const texts = mdxTexts('lesson.mdx', source);

	it('reads the front matter, headings, paragraphs, list items and table cells with their lines', () => {
		expect(texts.map((t) => [t.line, t.text])).toEqual([
			[2, 'A lesson'],
			[3, 'Where the separatists stood.'],
			[8, 'The word'],
			[10, 'Report B speaks of “separatist representatives” and\nends here .'],
			[13, 'A list item'],
			[15, 'A cell'],
			[15, 'Another'],
			[17, 'x'],
			[17, 'y'],
		]);
	});

	it('a <Quote> counts as quoted, a <Cite> as nothing, imports as no text', () => {
		expect(texts.some((t) => t.text.includes('import'))).toBe(false);
		expect(texts.some((t) => t.text.includes('report-b'))).toBe(false);
	});
});

describe('yamlTexts', () => {
	const source = [
		'- id: separatist-talks',
		'  title: Talks with the separatists',
		'  text: >-',
		'    First line of the text.',
		'    Second line names the separatists.',
		'  cites:',
		'    - { source: report-a, p: 3, quote: talks with Armenian separatists }',
		'  options:',
		'    - { text: An option, feedback: "Its feedback." }',
	].join('\n');
	const texts = yamlTexts('timeline.yaml', source);

	it('reads prose fields, folds block scalars keeping each line, and skips ids and quotes', () => {
		expect(texts.map((t) => [t.field, t.line, t.text])).toEqual([
			['[0].title', 2, 'Talks with the separatists'],
			['[0].text', 4, 'First line of the text. Second line names the separatists.'],
			['[0].options[0].text', 9, 'An option'],
			['[0].options[0].feedback', 9, 'Its feedback.'],
		]);
		const folded = texts[1]!;
		const at = folded.text.indexOf('separatists');
		expect(folded.line + (folded.breaks ?? []).filter((b) => b <= at).length).toBe(5);
	});

	it('front matter lines count from the given first line', () => {
		expect(yamlTexts('page.mdx', 'title: T\ndescription: D', 2).map((t) => t.line)).toEqual([2, 3]);
	});
});

describe('astroTexts and scriptTexts', () => {
	it('reads an Astro component’s markup text, not its code, scripts or styles', () => {
		const source =
			"---\nconst label = 'code';\n---\n<p class=\"x\">Seen text</p>\n<script>const y = 'hidden';</script>\n<style>p { color: red }</style>";
		expect(astroTexts('C.astro', source)).toEqual([{ file: 'C.astro', line: 4, text: 'Seen text' }]);
	});

	it('reads a script’s prose strings with their lines, not single words or selectors', () => {
		const source = "const a = 'data-quiz';\nbutton.textContent = 'Hand in your answers';\nconst b = `Your score is`;";
		expect(scriptTexts('s.ts', source).map((t) => [t.line, t.text])).toEqual([
			[2, 'Hand in your answers'],
			[3, 'Your score is'],
		]);
	});
});

describe('the site as it stands', () => {
	const entries = (parse(readFileSync(resolve(ROOT, 'src/content/framing.yaml'), 'utf8')) as FramingEntry[]).map(
		(e) => ({ ...e, usedBy: e.usedBy ?? [], allow: e.allow ?? [] }),
	);
	const texts = authoredTexts(ROOT);

	it('gathers every kind of authored file', () => {
		const files = new Set(texts.map((t) => t.file));
		for (const f of [
			'src/content/docs/lessons/background.mdx',
			'src/content/glossary/separatists.yaml',
			'src/content/actors/azerbaijani-army.yaml',
			'src/content/timeline.yaml',
			'src/content/claims.yaml',
			'src/content/quizzes/review.yaml',
			'seeds/sources.yaml',
		])
			expect(files).toContain(f);
		expect([...files].some((f) => f.endsWith('.astro'))).toBe(true);
		expect(texts.length).toBeGreaterThan(1000);
	});

	it('uses no word that carries a side in its own voice', () => {
		expect(framingProblems(texts, entries, sourceNames(ROOT))).toEqual([]);
	});

	it('names the reports, authorities and every party as sources', () => {
		const names = sourceNames(ROOT);
		for (const s of ['report A', 'Karabakh officials', 'the Defence Ministry', 'Azerbaijan', 'Armenia', 'Russia'])
			expect(names.test(s), s).toBe(true);
		expect(names.test('the fighting')).toBe(false);
	});
});
