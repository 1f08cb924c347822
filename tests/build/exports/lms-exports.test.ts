// Every LMS export in dist/, read back by independent parsers (gift-pegjs for GIFT, fast-xml-parser for the XML
// formats) and compared with the canonical JSON export; validated against the published schemas with xmllint;
// the QTI packages checked against Canvas's import rules. Generic over whatever quizzes exist.
import { readFileSync, readdirSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import { parse as parseGift } from 'gift-pegjs';
import { describe, expect, it } from 'vitest';
import type { ExportedQuestion, ExportedQuiz } from '../../../src/lib/exports/json';
import { canvasFeedback, canvasItems, canvasTests, isQti2 } from '../../support/canvas-qti';
import { runResponseProcessing } from '../../support/qti-score';
import { qtiSdkProblems } from '../../support/qti-sdk';
import { hasXmllint, SCHEMAS, validateXml } from '../../support/xmllint';

const DIST = process.env.OUT_DIR ?? 'dist';
const ids = readdirSync('src/content/quizzes')
	.map((f) => f.replace(/\.yaml$/, ''))
	.sort();
// The unit's cartridge carries every quiz but the route quizzes (index.json names their route): their questions are
// already in the lessons' quizzes.
const routeQuizzes = new Set(
	(
		JSON.parse(readFileSync(`${DIST}/exports/index.json`, 'utf8')) as { quizzes: { id: string; route?: string }[] }
	).quizzes
		.filter((q) => q.route)
		.map((q) => q.id),
);
const unitIds = ids.filter((id) => !routeQuizzes.has(id));
const quizOf = (id: string): ExportedQuiz => JSON.parse(readFileSync(`${DIST}/exports/${id}.json`, 'utf8'));
const unzip = (path: string) =>
	Object.fromEntries(Object.entries(unzipSync(readFileSync(`${DIST}${path}`))).map(([p, b]) => [p, strFromU8(b)]));
const text = (t: { text: string } | null | undefined) => t?.text ?? '';
const unescapeXml = (x: string) =>
	x.replace(/&(quot|apos|lt|gt|amp);/g, (_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!);
const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	trimValues: false,
	isArray: (name) =>
		[
			'value',
			'resource',
			'simpleChoice',
			'simpleAssociableChoice',
			'simpleMatchSet',
			'mapEntry',
			'modalFeedback',
			'question',
			'answer',
			'subquestion',
			'item',
			'response_label',
			'varequal',
			'li',
		].includes(name),
});

/** The key of a question in words, the same for every format: what each parsed export must reproduce. */
function key(q: ExportedQuestion) {
	if ('options' in q)
		return {
			options: q.options.map((o) => o.text).sort(),
			right: q.options
				.filter((o) => o.correct)
				.map((o) => o.text)
				.sort(),
		};
	if ('answers' in q) return { answers: q.answers };
	if ('items' in q) return { items: q.items };
	if ('pairs' in q) return { pairs: q.pairs.map((p) => [p.left, p.right]), spares: [...(q.distractors ?? [])].sort() };
	return { guidance: true };
}
/** Accepted answers an export lists must include every JSON answer; any extra is one of them with a full stop. */
function expectAnswers(listed: string[], q: ExportedQuestion, where: string) {
	if (!('answers' in q)) return;
	expect(listed, where).toEqual(expect.arrayContaining(q.answers));
	for (const a of listed)
		expect(q.answers.includes(a) || q.answers.includes(a.replace(/\.$/, '')), `${where}: ${a}`).toBe(true);
}
const keyFirst = (first: string | undefined, q: ExportedQuestion) =>
	'options' in q && q.options.find((o) => o.text === first)?.correct === true;

describe('GIFT, read back by gift-pegjs', () => {
	for (const id of ids) {
		it(`${id}.gift.txt: the same questions, types, keys, accepted answers and feedback`, () => {
			const quiz = quizOf(id);
			const parsed = parseGift(readFileSync(`${DIST}/exports/${id}.gift.txt`, 'utf8')).filter(
				(q) => q.type !== 'Category',
			);
			expect(parsed.map((q) => ('title' in q ? q.title : null))).toEqual(quiz.questions.map((q) => q.id));
			quiz.questions.forEach((q, i) => {
				const g = parsed[i] as unknown as Record<string, unknown> & { type: string };
				expect(text(g['globalFeedback'] as { text: string }).length, `${q.id} general feedback`).toBeGreaterThan(20);
				expect(text(g['stem'] as { text: string })).toContain(q.prompt);
				const expected = {
					single: 'MC',
					multiple: 'MC',
					'true-false': 'TF',
					'fill-in': 'Short',
					order: 'Matching',
					match: 'Matching',
					discussion: 'Essay',
				}[q.type];
				expect(g.type, q.id).toBe(expected);
				if ((q.type === 'single' || q.type === 'multiple') && 'options' in q) {
					const choices = g['choices'] as {
						isCorrect: boolean;
						weight: number | null;
						text: { text: string };
						feedback: { text: string } | null;
					}[];
					const right = choices.filter((c) => (q.type === 'single' ? c.isCorrect : (c.weight ?? 0) > 0));
					expect({
						options: choices.map((c) => text(c.text)).sort(),
						right: right.map((c) => text(c.text)).sort(),
					}).toEqual(key(q));
					if (q.type === 'multiple') {
						// contracts.md "Scoring": +100/k per correct option, −100/k per wrong one (Moodle keeps the sum in 0..100).
						const k = right.length;
						expect(Math.round(right.reduce((sum, c) => sum + (c.weight ?? 0), 0))).toBe(100);
						for (const c of choices.filter((x) => !right.includes(x))) expect(c.weight).toBeCloseTo(-100 / k, 4);
					}
					for (const o of q.options)
						if (o.feedback) expect(text(choices.find((c) => text(c.text) === o.text)!.feedback)).toBe(o.feedback);
				}
				if (q.type === 'true-false' && 'options' in q) expect(g['isTrue']).toBe(q.options[0]!.correct);
				if ('answers' in q)
					expectAnswers(
						(g['choices'] as { text: { text: string } }[]).map((c) => text(c.text)),
						q,
						q.id,
					);
				const pairs = (g['matchPairs'] as { subquestion: { text: string }; subanswer: string }[] | undefined)?.map(
					(p) => [text(p.subquestion), p.subanswer],
				);
				if ('pairs' in q) {
					expect(pairs!.filter(([l]) => l !== '')).toEqual(key(q).pairs);
					expect(
						pairs!
							.filter(([l]) => l === '')
							.map(([, r]) => r)
							.sort(),
					).toEqual(key(q).spares);
				}
				if ('items' in q) expect(pairs).toEqual(q.items.map((item, n) => [item, String(n + 1)]));
			});
		});
	}
});

describe('QTI 2.1 packages', () => {
	for (const id of ids) {
		it(`${id}.qti.zip: items, test and manifest read back to the same questions, keys and accepted answers`, () => {
			const quiz = quizOf(id);
			const files = unzip(`/exports/${id}.qti.zip`);
			const manifest = xml.parse(files['imsmanifest.xml']!).manifest;
			const items = manifest.resources.resource.filter(
				(r: Record<string, string>) => r['@type'] === 'imsqti_item_xmlv2p1',
			);
			expect(items.map((r: Record<string, string>) => r['@href'])).toEqual(
				quiz.questions.map((q) => `items/${id}--${q.id}.xml`),
			);
			for (const q of quiz.questions) {
				const item = xml.parse(files[`items/${id}--${q.id}.xml`]!).assessmentItem;
				const values: string[] = (item.responseDeclaration.correctResponse?.value ?? []).map(String);
				const body = item.itemBody;
				const name = (list: Record<string, string>[], idf: string) =>
					list.find((c) => c['@identifier'] === idf)!['#text'];
				if ('options' in q) {
					const choices = body.choiceInteraction.simpleChoice as Record<string, string>[];
					expect(
						{ options: choices.map((c) => c['#text']).sort(), right: values.map((v) => name(choices, v)).sort() },
						q.id,
					).toEqual(key(q));
				}
				if ('answers' in q) {
					// One correct response, the canonical answer; every accepted answer is a stringMatch of the processing.
					expect(values, q.id).toEqual([q.answers[0]]);
					expectAnswers(
						[...files[`items/${id}--${q.id}.xml`]!.matchAll(/<baseValue baseType="string">([^<]*)</g)].map((m) =>
							unescapeXml(m[1]!),
						),
						q,
						q.id,
					);
				}
				if ('items' in q) expect(values.map((v) => name(body.orderInteraction.simpleChoice, v))).toEqual(q.items);
				if ('pairs' in q) {
					const [left, right] = body.matchInteraction.simpleMatchSet.map(
						(s: { simpleAssociableChoice: Record<string, string>[] }) => s.simpleAssociableChoice,
					);
					expect(values.map((v) => v.split(' ')).map(([l, r]) => [name(left, l!), name(right, r!)])).toEqual(
						key(q).pairs,
					);
					const used = new Set(values.map((v) => v.split(' ')[1]));
					expect(
						right
							.filter((c: Record<string, string>) => !used.has(c['@identifier']))
							.map((c: Record<string, string>) => c['#text'])
							.sort(),
					).toEqual(key(q).spares);
				}
				if (q.type !== 'discussion') {
					const full = runResponseProcessing(
						files[`items/${id}--${q.id}.xml`]!,
						item.responseDeclaration['@cardinality'] === 'single' ? values[0]! : values,
					);
					expect(full, `${q.id}: the correct response scores 1`).toEqual({ score: 1, feedback: 'CORRECT' });
				}
				if (q.type === 'discussion') {
					expect(body.extendedTextInteraction).toBeDefined();
					expect(body.rubricBlock['@view']).toBe('scorer');
					expect(body.rubricBlock.ul.li).toEqual('guidance' in q ? q.guidance : []);
					expect(item.responseProcessing).toBeUndefined();
				} else {
					const feedback = item.modalFeedback.map((f: { p: string }) => String(f.p));
					const partial = q.type === 'multiple' || q.type === 'order' || q.type === 'match';
					expect(feedback[0]).toMatch(/^Correct\. /);
					if (partial) expect(feedback[1]).toMatch(/^Partly correct\. /);
					expect(feedback.at(-1)).toMatch(/^Incorrect\. /);
				}
			}
		});

		it(`${id}.qti.zip: meets Canvas's import rules`, () => {
			const quiz = quizOf(id);
			const files = unzip(`/exports/${id}.qti.zip`);
			const read = (href: string) => files[href.replace(/^\.\.\//, '')]!;
			expect(isQti2(files['imsmanifest.xml']!), 'recognised as QTI 2').toBe(true);
			const items = canvasItems(files['imsmanifest.xml']!, read);
			quiz.questions.forEach((q, i) => {
				const item = items[i]!;
				expect(item.converter, `${q.id}: Canvas finds an interaction type`).not.toBeNull();
				if (q.type === 'order') expect(item).toMatchObject({ declared: true, converter: 'OrderInteraction' });
				if ('answers' in q) {
					expect(item.converter, `${q.id}: Canvas reads every stringMatch as an answer`).toBe(
						'ExtendedTextInteraction',
					);
					expect(item.text!.questionType).toBe('short_answer_question');
					expect(item.text!.answers, q.id).not.toContain(null);
					expectAnswers(item.text!.answers as string[], q, q.id);
				}
				expect(qtiSdkProblems(read(item.href)), `${q.id}: qti-sdk starts the item`).toEqual([]);
				if (q.type !== 'discussion') {
					const feedback = canvasFeedback(read(item.href));
					expect(feedback['correct_comments'], q.id).toMatch(/^Correct\. /);
					expect(feedback['incorrect_comments'], q.id).toMatch(/^Incorrect\. /);
				}
			});
			const tests = canvasTests(files['imsmanifest.xml']!, (href) => files[href]!);
			expect(tests, 'an assessmentTest, so the import creates a quiz').toHaveLength(1);
			expect(tests[0]!.refs).toEqual(items.map((i) => i.identifier));
			for (const q of quiz.questions) expect(tests[0]!.weights[`${id}--${q.id}`]).toBe(q.type === 'discussion' ? 0 : 1);
		});
	}

	it('choices are not key-first: Canvas keeps the file order, which is the worksheet’s seeded order', () => {
		const choice = ids.flatMap((id) =>
			quizOf(id)
				.questions.filter((q) => q.type === 'single' || q.type === 'multiple')
				.map((q) => ({ id, q })),
		);
		const first = choice.filter(({ id, q }) => {
			const item = xml.parse(unzip(`/exports/${id}.qti.zip`)[`items/${id}--${q.id}.xml`]!).assessmentItem;
			return keyFirst(item.itemBody.choiceInteraction.simpleChoice[0]['#text'], q);
		});
		expect(choice.length).toBeGreaterThan(0);
		expect(first.length / choice.length).toBeLessThan(0.75);
	});

	it.skipIf(!hasXmllint)('every item, test and manifest passes the published QTI 2.1 and IMS CP schemas', () => {
		const all: Record<string, string> = Object.assign(
			{},
			...ids.map((id) =>
				Object.fromEntries(Object.entries(unzip(`/exports/${id}.qti.zip`)).map(([p, x]) => [`${id}/${p}`, x])),
			),
		);
		const manifests = Object.fromEntries(Object.entries(all).filter(([p]) => p.endsWith('imsmanifest.xml')));
		const rest = Object.fromEntries(Object.entries(all).filter(([p]) => !p.endsWith('imsmanifest.xml')));
		expect(Object.keys(rest).length).toBeGreaterThan(ids.length);
		expect(Object.entries(validateXml(rest, SCHEMAS.qti21)).filter(([, e]) => e)).toEqual([]);
		expect(Object.entries(validateXml(manifests, SCHEMAS.cp)).filter(([, e]) => e)).toEqual([]);
	});
});

describe('Moodle XML, read back as XML', () => {
	for (const id of ids) {
		it(`${id}.moodle.xml: a category after the quiz, then the same questions, types, keys and accepted answers`, () => {
			const quiz = quizOf(id);
			const [category, ...questions] = xml.parse(readFileSync(`${DIST}/exports/${id}.moodle.xml`, 'utf8')).quiz
				.question;
			expect(category['@type']).toBe('category');
			expect(category.category.text).toContain(quiz.title);
			expect(questions.map((q: { name: { text: string } }) => q.name.text)).toEqual(quiz.questions.map((q) => q.id));
			quiz.questions.forEach((q, i) => {
				const m = questions[i];
				const type = {
					single: 'multichoice',
					multiple: 'multichoice',
					'true-false': 'truefalse',
					'fill-in': 'shortanswer',
					order: 'ordering',
					match: 'matching',
					discussion: 'essay',
				}[q.type];
				expect(m['@type'], q.id).toBe(type);
				expect(m.questiontext.text).toBe(q.prompt);
				expect(m.generalfeedback.text.length).toBeGreaterThan(20);
				expect(m.defaultgrade).toBe(q.type === 'discussion' ? '0' : '1');
				const answers = (m.answer ?? []) as { '@fraction': string; text: string; feedback?: { text: string } }[];
				if ((q.type === 'single' || q.type === 'multiple') && 'options' in q) {
					expect(m.single).toBe(String(q.type === 'single'));
					expect(m.shuffleanswers).toBe('true');
					expect({
						options: answers.map((a) => a.text).sort(),
						right: answers
							.filter((a) => Number(a['@fraction']) > 0)
							.map((a) => a.text)
							.sort(),
					}).toEqual(key(q));
					for (const o of q.options)
						if (o.feedback) expect(answers.find((a) => a.text === o.text)!.feedback!.text).toBe(o.feedback);
				}
				if (q.type === 'true-false' && 'options' in q)
					expect(answers.find((a) => a.text === 'true')!['@fraction']).toBe(q.options[0]!.correct ? '100' : '0');
				if ('answers' in q) {
					expect(m.usecase).toBe('0');
					expectAnswers(
						answers.map((a) => a.text.replace(/\\\*/g, '*')),
						q,
						q.id,
					);
				}
				if ('items' in q) {
					expect(answers.map((a) => a.text)).toEqual(q.items);
					expect(m.gradingtype, `${q.id}: 1/n per item in its place`).toBe('ABSOLUTE_POSITION');
				}
				if (q.type === 'multiple' && 'options' in q) {
					const k = q.options.filter((o) => o.correct).length;
					for (const a of answers)
						expect(Number(a['@fraction'])).toBeCloseTo(
							(q.options.find((o) => o.text === a.text)!.correct ? 100 : -100) / k,
							4,
						);
				}
				if ('pairs' in q) {
					const subs = (m.subquestion as { text: string; answer: { text: string }[] }[]).map((s) => [
						s.text,
						s.answer[0]!.text,
					]);
					expect(subs.filter(([l]) => l !== '')).toEqual(key(q).pairs);
					expect(
						subs
							.filter(([l]) => l === '')
							.map(([, r]) => r)
							.sort(),
					).toEqual(key(q).spares);
				}
				if ('guidance' in q) for (const g of q.guidance) expect(m.graderinfo.text).toContain(g);
			});
		});
	}
});

describe('Common Cartridge 1.1: /exports/karabakh-ceasefire.imscc', () => {
	const files = unzip('/exports/karabakh-ceasefire.imscc');
	const manifest = files['imsmanifest.xml']!;
	const resources = xml.parse(manifest).manifest.resources.resource as Record<string, unknown>[];
	const ofType = (type: string) => resources.filter((r) => r['@type'] === type);

	it('lists every quiz as an assessment with the questions the profile can express, keyed and answered as in JSON', () => {
		expect(ofType('imsqti_xmlv1p2/imscc_xmlv1p1/assessment')).toHaveLength(unitIds.length);
		for (const id of routeQuizzes) expect(files[`assessments/${id}/assessment.xml`], id).toBeUndefined();
		for (const id of unitIds) {
			const quiz = quizOf(id);
			const assessment = xml.parse(files[`assessments/${id}/assessment.xml`]!).questestinterop.assessment;
			expect(assessment['@title']).toBe(quiz.title);
			const expressible = quiz.questions.filter(
				(q) => q.type !== 'order' && q.type !== 'match' && q.type !== 'discussion',
			);
			const items = assessment.section.item as Record<string, any>[];
			expect(items.map((i) => i['@title'])).toEqual(expressible.map((q) => q.id));
			expressible.forEach((q, n) => {
				const item = items[n]!;
				const conditions = [item.resprocessing.respcondition].flat() as Record<string, any>[];
				const scoring = conditions.find((c) => c.setvar?.['#text'] === '100' || c.setvar === '100')!;
				if ('options' in q) {
					const labels = item.presentation.response_lid.render_choice.response_label as Record<string, any>[];
					const textOf = (idf: string) => labels.find((l) => l['@ident'] === idf)!.material.mattext['#text'];
					const cond = scoring.conditionvar;
					const right =
						q.type === 'multiple'
							? cond.and.varequal.map((v: Record<string, string>) => v['#text'])
							: cond.varequal.map((v: Record<string, string>) => v['#text']);
					expect(
						{ options: labels.map((l) => l.material.mattext['#text']).sort(), right: right.map(textOf).sort() },
						q.id,
					).toEqual(key(q));
				}
				if ('answers' in q) {
					// Every accepted answer but a bare "0", which Moodle's importer would drop (PHP's empty("0")).
					const listed = scoring.conditionvar.varequal.map((v: Record<string, string>) =>
						v['#text']!.replace(/\\\*/g, '*'),
					);
					expect(listed, q.id).not.toContain('0');
					expectAnswers([...listed, ...(q.answers.includes('0') ? ['0'] : [])], q, q.id);
				}
			});
		}
	});

	it('makes each discussion question a discussion topic', () => {
		const discussions = unitIds.flatMap((id) =>
			quizOf(id)
				.questions.filter((q) => q.type === 'discussion')
				.map((q) => ({ id, q })),
		);
		expect(ofType('imsdt_xmlv1p1')).toHaveLength(discussions.length);
		const unescape = (html: string) =>
			html.replace(
				/&(quot|apos|lt|gt|amp);/g,
				(_, e: string) => ({ quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' })[e]!,
			);
		for (const { id, q } of discussions) {
			const topic = xml.parse(files[`discussions/${id}--${q.id}.xml`]!).topic;
			expect(topic.text['@texttype']).toBe('text/html');
			expect(unescape(topic.text['#text'])).toContain(`<p>${q.prompt}</p>`);
		}
	});

	it('orders the lessons as the sidebar does, and carries the source reports and the teacher’s guide', () => {
		const titles = [...manifest.matchAll(/<title>([^<]+)<\/title>/g)]
			.map((m) => m[1]!)
			.filter((t) => /^Lesson \d+:/.test(t));
		expect(titles.length).toBeGreaterThanOrEqual(5);
		expect(titles.map((t) => Number(/^Lesson (\d+)/.exec(t)![1]))).toEqual(titles.map((_, i) => i + 1));
		expect(manifest).toContain('<title>Source reports</title>');
		expect(resources.some((r) => r['@intendeduse'] === 'lessonplan')).toBe(true);
	});

	it.skipIf(!hasXmllint)('the manifest and every resource pass the Common Cartridge 1.1 schemas', () => {
		const of = (prefix: string) => Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith(prefix)));
		expect(validateXml({ 'imsmanifest.xml': manifest }, SCHEMAS.ccManifest)['imsmanifest.xml']).toBe('');
		expect(Object.entries(validateXml(of('assessments/'), SCHEMAS.ccQti)).filter(([, e]) => e)).toEqual([]);
		expect(Object.entries(validateXml(of('discussions/'), SCHEMAS.ccTopic)).filter(([, e]) => e)).toEqual([]);
		if (Object.keys(of('links/')).length)
			expect(Object.entries(validateXml(of('links/'), SCHEMAS.ccWebLink)).filter(([, e]) => e)).toEqual([]);
		for (const r of resources)
			for (const f of [r['file']].flat() as Record<string, string>[])
				expect(files[f['@href']!], f['@href']).toBeDefined();
	});
});

describe('/exports/index.json', () => {
	it('lists the Moodle XML of every quiz and the whole unit’s cartridge, each of which exists', () => {
		const index = JSON.parse(readFileSync(`${DIST}/exports/index.json`, 'utf8'));
		for (const entry of index.quizzes) expect(() => readFileSync(`${DIST}${entry.moodle}`)).not.toThrow();
		expect(index.unit.commonCartridge).toBe('/exports/karabakh-ceasefire.imscc');
	});
});
