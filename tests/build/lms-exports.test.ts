// GIFT and QTI exports, checked by independent parsers against the canonical JSON export.
import { readFileSync, readdirSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { ExportedQuiz } from '../../src/lib/export-json';

const DIST = process.env.OUT_DIR ?? 'dist';
const ids = readdirSync('src/content/quizzes').map((f) => f.replace(/\.yaml$/, '')).sort();
const quizOf = (id: string): ExportedQuiz => JSON.parse(readFileSync(`${DIST}/exports/${id}.json`, 'utf8'));
const text = (t: { text: string } | null | undefined) => t?.text ?? '';

describe('GIFT export, read back by gift-pegjs', () => {
	for (const id of ids) {
		it(`${id}.gift.txt: every question, with the same right answers and feedback`, () => {
			const quiz = quizOf(id);
			const parsed = parseGift(readFileSync(`${DIST}/exports/${id}.gift.txt`, 'utf8')).filter((q) => q.type !== 'Category');
			expect(parsed.map((q) => ('title' in q ? q.title : null))).toEqual(quiz.questions.map((q) => q.id));
			quiz.questions.forEach((q, i) => {
				const g = parsed[i] as unknown as Record<string, unknown> & { type: string };
				expect(text(g['globalFeedback'] as { text: string }).length, `${q.id} general feedback`).toBeGreaterThan(20);
				if (q.type === 'single' && 'options' in q) {
					expect(g.type).toBe('MC');
					const choices = g['choices'] as { isCorrect: boolean; text: { text: string }; feedback: { text: string } | null }[];
					expect(choices.filter((c) => c.isCorrect).map((c) => text(c.text))).toEqual(q.options.filter((o) => o.correct).map((o) => o.text));
					for (const [j, o] of q.options.entries()) if (o.feedback) expect(text(choices[j]!.feedback)).toBe(o.feedback);
				}
				if (q.type === 'multiple' && 'options' in q) {
					const choices = g['choices'] as { weight: number; text: { text: string } }[];
					const right = choices.filter((c) => c.weight > 0);
					expect(right.map((c) => text(c.text))).toEqual(q.options.filter((o) => o.correct).map((o) => o.text));
					expect(Math.round(right.reduce((sum, c) => sum + c.weight, 0))).toBe(100);
					expect(choices.filter((c) => c.weight < 0)).toHaveLength(q.options.filter((o) => !o.correct).length);
				}
				if (q.type === 'true-false' && 'options' in q) {
					expect(g.type).toBe('TF');
					expect(g['isTrue']).toBe(q.options[0]!.correct);
				}
				if (q.type === 'fill-in' && 'answers' in q) {
					expect(g.type).toBe('Short');
					expect((g['choices'] as { text: { text: string } }[]).map((c) => text(c.text))).toEqual(q.answers);
				}
				if (q.type === 'match' && 'pairs' in q) {
					expect(g.type).toBe('Matching');
					expect((g['matchPairs'] as { subquestion: { text: string }; subanswer: string }[]).map((p) => [text(p.subquestion), p.subanswer])).toEqual(
						q.pairs.map((p) => [p.left, p.right]),
					);
				}
				if (q.type === 'order' && 'items' in q) {
					expect(g.type).toBe('Matching');
					expect((g['matchPairs'] as { subquestion: { text: string }; subanswer: string }[]).map((p) => [text(p.subquestion), p.subanswer])).toEqual(
						q.items.map((item, n) => [item, String(n + 1)]),
					);
				}
				if (q.type === 'discussion') expect(g.type).toBe('Essay');
				expect(text(g['stem'] as { text: string })).toContain(q.prompt);
			});
		});
	}
});

describe('QTI 2.1 package', () => {
	const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false, isArray: (name) => ['value', 'resource', 'simpleChoice', 'simpleAssociableChoice', 'mapEntry', 'modalFeedback'].includes(name) });
	for (const id of ids) {
		it(`${id}.qti.zip: well-formed XML, a manifest listing every item, correct responses matching the quiz`, () => {
			const quiz = quizOf(id);
			const files = unzipSync(readFileSync(`${DIST}/exports/${id}.qti.zip`));
			for (const [path, bytes] of Object.entries(files)) expect(() => SyntaxValidator.validate(strFromU8(bytes)), path).not.toThrow();
			const manifest = xml.parse(strFromU8(files['imsmanifest.xml']!)).manifest;
			const hrefs = manifest.resources.resource.map((r: Record<string, string>) => r['@href']);
			expect(hrefs.sort()).toEqual(Object.keys(files).filter((p) => p !== 'imsmanifest.xml').sort());
			expect(hrefs).toHaveLength(quiz.questions.length);
			for (const r of manifest.resources.resource) expect(r['@type']).toBe('imsqti_item_xmlv2p1');

			for (const q of quiz.questions) {
				const item = xml.parse(strFromU8(files[`items/${id}--${q.id}.xml`]!)).assessmentItem;
				expect(item['@xmlns']).toBe('http://www.imsglobal.org/xsd/imsqti_v2p1');
				const values: string[] = item.responseDeclaration.correctResponse?.value.map(String) ?? [];
				const body = item.itemBody;
				if ('options' in q) {
					const choices = body.choiceInteraction.simpleChoice as Record<string, string>[];
					const right = choices.filter((c) => values.includes(c['@identifier'] ?? '')).map((c) => c['#text']);
					expect(right, q.id).toEqual(q.options.filter((o) => o.correct).map((o) => o.text));
					expect(body.choiceInteraction['@maxChoices']).toBe(q.type === 'multiple' ? '0' : '1');
				}
				if ('answers' in q) {
					expect(values).toEqual(q.answers.slice(0, 1));
					expect(item.responseDeclaration.mapping.mapEntry.map((e: Record<string, string>) => e['@mapKey'])).toEqual([...new Set(q.answers)]);
				}
				if ('items' in q) {
					const choices = body.orderInteraction.simpleChoice as Record<string, string>[];
					expect(values.map((v) => choices.find((c) => c['@identifier'] === v)!['#text'])).toEqual(q.items);
				}
				if ('pairs' in q) {
					const [left, right] = body.matchInteraction.simpleMatchSet as { simpleAssociableChoice: Record<string, string>[] }[];
					const name = (set: typeof left, idf: string) => set!.simpleAssociableChoice.find((c) => c['@identifier'] === idf)!['#text'];
					expect(values.map((v) => v.split(' ')).map(([l, r]) => ({ left: name(left, l!), right: name(right, r!) }))).toEqual(q.pairs);
				}
				if (q.type === 'discussion') expect(body.extendedTextInteraction).toBeDefined();
				else {
					expect(item.responseProcessing).toBeDefined();
					const feedback = item.modalFeedback.map((f: { p: string }) => String(f.p));
					expect(feedback[0]).toMatch(/^Correct\. /);
					expect(feedback[1]).toMatch(/^Incorrect\. /);
					expect(feedback[0]).toContain(q.evidence[0]!.quote.slice(0, 20).replace(/&/g, '&amp;').slice(0, 10));
				}
			}
		});
	}
});
