// The LMS export builders (QTI 2.1, Moodle XML, Common Cartridge, shared helpers) on a quiz with every question type,
// validated against the published schemas and Canvas's import rules.
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { ccFiles } from '../../../src/lib/exports/cc/cartridge';
import { ccExpressible } from '../../../src/lib/exports/cc/assessment';
import { packagedHtml } from '../../../src/lib/exports/cc/pages';
import { choiceOrder, lmsAnswers, matchRights } from '../../../src/lib/exports/lms';
import { toMoodleXml } from '../../../src/lib/exports/moodle';
import { qtiFiles } from '../../../src/lib/exports/qti/package';
import { paperLayout } from '../../../src/lib/quiz/view';
import { canvasItems, canvasTests, isQti2 } from '../../support/canvas-qti';
import { hasXmllint, SCHEMAS, validateXml } from '../../support/xmllint';
import { labels, quiz } from './fixture-quiz';

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	isArray: (n) =>
		['question', 'answer', 'subquestion', 'value', 'resource', 'item', 'response_label', 'varequal'].includes(n),
});

describe('choiceOrder', () => {
	it('is the worksheet order for options, order items and match choices', () => {
		const single = {
			id: 'pick-one',
			type: 'single' as const,
			prompt: 'p',
			explanation: 'e',
			evidence: [],
			allow: [],
			options:
				quiz.questions[0]!.type === 'single' && 'options' in quiz.questions[0]!
					? quiz.questions[0].options.map((o) => ({ ...o }))
					: [],
		};
		const layout = paperLayout('fixture', single);
		if (layout.kind !== 'choice') throw new Error('expected choices');
		expect(choiceOrder('fixture', quiz.questions[0]!).map((i) => single.options[i]!.text)).toEqual(
			layout.choices.map((c) => c.text),
		);
		const order = {
			id: 'sequence',
			type: 'order' as const,
			prompt: 'p',
			explanation: 'e',
			evidence: [],
			allow: [],
			items: ['first', 'second', 'third', 'fourth'],
		};
		const rows = paperLayout('fixture', order);
		if (rows.kind !== 'order') throw new Error('expected rows');
		expect(choiceOrder('fixture', quiz.questions[4]!).map((i) => order.items[i])).toEqual(rows.rows.map((r) => r.text));
	});
	it('puts spare match options among the right-hand texts, each pair still findable', () => {
		const q = quiz.questions[5]!;
		if (!('pairs' in q)) throw new Error('expected a match question');
		const rights = matchRights('fixture', q);
		expect(rights.map((r) => r.text).sort()).toEqual(['A', 'B', 'C', 'spare']);
		for (const [i, p] of q.pairs.entries()) expect(rights.find((r) => r.pair === i)?.text).toBe(p.right);
	});
});

describe('lmsAnswers', () => {
	it('keeps every answer in order and adds each with a full stop, once', () => {
		expect(lmsAnswers(['Yevlakh', 'Yevlax', '9 a.m.'])).toEqual(['Yevlakh', 'Yevlakh.', 'Yevlax', 'Yevlax.', '9 a.m.']);
	});
});

describe.skipIf(!hasXmllint)('QTI 2.1 package', () => {
	const files = qtiFiles(quiz, labels);
	it('every item and the test pass the QTI 2.1 schema, the manifest the IMS CP schema', () => {
		const { 'imsmanifest.xml': manifest, ...rest } = files;
		expect(Object.values(validateXml(rest, SCHEMAS.qti21)).filter(Boolean)).toEqual([]);
		expect(validateXml({ 'imsmanifest.xml': manifest! }, SCHEMAS.cp)['imsmanifest.xml']).toBe('');
	}, 60_000); // xmllint loads the QTI schemas each time: seconds when the machine is busy
	it('the schema check catches an invalid item', () => {
		const broken = files['items/fixture--pick-one.xml']!.replace('<itemBody>', '<itemBody><bogus/>');
		expect(validateXml({ 'x.xml': broken }, SCHEMAS.qti21)['x.xml']).toMatch(/bogus/);
	}, 60_000);
	it('meets Canvas’s rules: QTI 2, every item typed, every accepted answer imported, a test', () => {
		const manifest = files['imsmanifest.xml']!;
		const read = (href: string) => files[href]!;
		expect(isQti2(manifest)).toBe(true);
		const items = canvasItems(manifest, read);
		expect(items).toHaveLength(quiz.questions.length);
		for (const item of items) expect(item.converter, item.href).not.toBeNull();
		expect(items.find((i) => i.href.endsWith('sequence.xml'))).toMatchObject({
			declared: true,
			converter: 'OrderInteraction',
		});
		for (const q of quiz.questions.filter((x) => 'answers' in x)) {
			if (!('answers' in q)) continue;
			const item = items.find((i) => i.href.endsWith(`--${q.id}.xml`))!;
			expect(item, q.id).toMatchObject({ declared: true, converter: 'ExtendedTextInteraction' });
			expect(item.text!.questionType).toBe('short_answer_question');
			// Every accepted answer (and each with a full stop), none blank; the correct response comes again at the end.
			expect(new Set(item.text!.answers)).toEqual(new Set(lmsAnswers(q.answers)));
			expect(item.text!.answers.at(-1)).toBe(q.answers[0]);
		}
		const [test] = canvasTests(manifest, read);
		expect(test!.refs).toEqual(items.map((i) => i.identifier));
		expect(test!.weights['fixture--talk']).toBe(0);
	});
	it('a discussion item carries the guidance for scorers and is not scored', () => {
		const item = files['items/fixture--talk.xml']!;
		expect(item).toContain('<rubricBlock view="scorer">');
		expect(item).toContain('Point two.');
		expect(item).not.toContain('responseProcessing');
	});
});

describe('Moodle XML', () => {
	const doc = xml.parse(toMoodleXml(quiz, labels)).quiz;
	const byName = (name: string) => doc.question.find((q: { name?: { text: string } }) => q.name?.text === name);
	it('starts with the quiz’s category and keeps every question with its Moodle type', () => {
		expect(doc.question[0]).toMatchObject({
			'@type': 'category',
			category: { text: '$course$/top/Karabakh ceasefire 2023/Every type & <one> "quiz"' },
		});
		expect(doc.question.slice(1).map((q: Record<string, string>) => q['@type'])).toEqual([
			'multichoice',
			'multichoice',
			'truefalse',
			'shortanswer',
			'ordering',
			'matching',
			'essay',
			'shortanswer',
			'multichoice',
		]);
	});
	it('keeps per-option feedback, the worksheet order, spare matches, ordering, and a 0-mark essay with grader information', () => {
		const single = byName('pick-one');
		expect(single.answer.map((a: { text: string }) => a.text)).toEqual(
			choiceOrder('fixture', quiz.questions[0]!).map((i) => ['Right', 'Wrong', 'Also wrong', 'Wrong too'][i]),
		);
		expect(single.answer.find((a: { text: string }) => a.text === 'Wrong').feedback.text).toBe('No: that is wrong.');
		expect(
			byName('pairs').subquestion.map((s: { text: string; answer: { text: string }[] }) => [s.text, s.answer[0]!.text]),
		).toEqual([
			['a', 'A'],
			['b', 'B'],
			['c', 'C'],
			['', 'spare'],
		]);
		expect(byName('sequence').answer.map((a: { text: string }) => a.text)).toEqual([
			'first',
			'second',
			'third',
			'fourth',
		]);
		expect(byName('when').answer.map((a: { text: string }) => a.text)).toContain("o'clock \\*");
		expect(byName('sequence').gradingtype).toBe('ABSOLUTE_POSITION');
		expect(byName('talk')).toMatchObject({
			defaultgrade: '0',
			graderinfo: { text: 'A good answer covers: Point one. Point two.' },
		});
	});
	it('scores as contracts.md says: ±1/k per option of a multiple-answer question, 1/n per position or pair', () => {
		const fractions = (name: string) =>
			Object.fromEntries(
				byName(name).answer.map((a: { text: string; '@fraction': string }) => [a.text, Number(a['@fraction'])]),
			);
		expect(fractions('pick-some')).toEqual({ A: 50, B: 50, C: -50 });
		const three = fractions('three-of-five');
		for (const t of ['One', 'Three', 'Five']) expect(three[t]).toBeCloseTo(100 / 3, 5);
		for (const t of ['Two', 'Four']) expect(three[t]).toBeCloseTo(-100 / 3, 5);
		expect(byName('pairs').subquestion).toHaveLength(4); // Moodle: 1/3 per left item; the spare has no left text
	});
});

describe.skipIf(!hasXmllint)('Common Cartridge 1.1', () => {
	const lessons = [
		{
			slug: 'background',
			path: '/lessons/background/',
			title: 'Lesson 1',
			html: '<p>See <a href="/sources/report-a/#p3">[A3]</a>, <a href="/glossary/#x">a term</a> and <a href="/lessons/background/#top">this</a>.</p><script>alert(1)</script><form><input></form>',
		},
	];
	const input = {
		title: 'Unit',
		lessons,
		quizzes: [quiz],
		sources: [{ id: 'report-a', label: 'Report A', title: '', paragraphs: ['One.', 'Two & three.'] }],
		guide: { path: '/teachers/', title: "Teacher's guide", html: '<p>Guide</p>' },
		labels,
	};
	for (const siteUrl of [null, 'https://example.org/unit/']) {
		it(`${siteUrl ? 'with web links' : 'packaged'}: the manifest and every resource pass the cartridge schemas`, () => {
			const files = ccFiles({ ...input, siteUrl });
			expect(validateXml({ m: files['imsmanifest.xml']! }, SCHEMAS.ccManifest)['m']).toBe('');
			const of = (prefix: string) => Object.fromEntries(Object.entries(files).filter(([p]) => p.startsWith(prefix)));
			expect(Object.keys(of('assessments/'))).toEqual(['assessments/fixture/assessment.xml']);
			for (const [prefix, schema] of [
				['assessments/', SCHEMAS.ccQti],
				['discussions/', SCHEMAS.ccTopic],
				['links/', SCHEMAS.ccWebLink],
			] as const) {
				expect(Object.values(validateXml(of(prefix), schema)).filter(Boolean), prefix).toEqual([]);
			}
			if (siteUrl)
				expect(files['links/lesson-background.xml']).toContain('href="https://example.org/unit/lessons/background/"');
			else expect(files['lessons/background.html']).toContain('href="../sources/report-a.html#p3"');
		});
	}
	it('the assessment holds the questions the profile can express; the discussion becomes a topic', () => {
		const files = ccFiles({ ...input, siteUrl: null });
		const items = xml.parse(files['assessments/fixture/assessment.xml']!).questestinterop.assessment.section.item;
		expect(items.map((i: Record<string, string>) => i['@title'])).toEqual(
			quiz.questions.filter(ccExpressible).map((q) => q.id),
		);
		expect(files['discussions/fixture--talk.xml']).toContain('Discuss it.');
	});
	it('packaged pages lose scripts and forms; site links become text or point at packaged copies', () => {
		const html = packagedHtml(lessons[0]!.html, ['background']);
		expect(html).not.toMatch(/<script|<form/);
		expect(html).toContain('<a href="../sources/report-a.html#p3">[A3]</a>');
		expect(html).toContain('<span>a term</span>');
		expect(html).toContain('href="../lessons/background.html#top"');
	});
	it('a glossary term in a packaged page is its word once: no button, no definition popover, no read-aloud', () => {
		const term =
			'<p>An <span class="term-wrap"><a class="term-link" href="/glossary/#enclave">enclave</a><button popovertarget="term-enclave">enclave</button><span id="term-enclave" popover="auto">Enclave: an area. <button>Close</button></span></span>.</p>' +
			'<div data-read-aloud hidden><button>Listen to this lesson</button><select><option>Normal</option></select></div>';
		const html = packagedHtml(term, ['background']);
		expect(html).toBe('<p>An <span class="term-wrap"><span>enclave</span></span>.</p>');
	});
});
