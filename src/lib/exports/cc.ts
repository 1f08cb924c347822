// The whole unit as an IMS Common Cartridge 1.1 (the newest version Moodle imports): lessons in order, each quiz as a
// cartridge assessment (the QTI 1.2.1 profile), each discussion question as a discussion topic, the source reports
// and the teacher's guide. Pure: the route gathers the content and renders the pages.
import { parse, renderSync, walkSync, ELEMENT_NODE, type DocumentNode, type ElementNode, type Node } from 'ultrahtml';
import { feedbackText, type ExportedQuestion, type ExportedQuiz } from './json';
import { choiceOrder, lmsAnswers } from './lms';
import { escapeXml } from './qti';

export const CC_PATH = '/exports/karabakh-ceasefire.imscc';
const CP_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const LOMM_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/manifest';
const QTI_NS = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const DT_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imsdt_v1p1';
const WL_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imswl_v1p1';
const XSI = 'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

export interface CartridgePage {
	/** Site path relative to the base, e.g. "/lessons/background/". */
	path: string;
	title: string;
	/** The page's main content as HTML, packaged when there is no site URL. */
	html: string;
}
export interface CartridgeInput {
	title: string;
	/** The deployed site with its base path and a trailing slash ("https://example.org/karabakh/"), or null to package pages. */
	siteUrl: string | null;
	lessons: (CartridgePage & { slug: string })[];
	quizzes: ExportedQuiz[];
	/** `title` is '' when the report has no headline. */
	sources: { id: string; label: string; title: string; paragraphs: string[] }[];
	guide: CartridgePage;
	labels: ReadonlyMap<string, string>;
}

/** The cartridge's assessment profile has choice, true/false, fill-in and essay questions, but no ordering or matching. */
export const ccExpressible = (q: ExportedQuestion): boolean =>
	q.type !== 'order' && q.type !== 'match' && q.type !== 'discussion';

const CC_PROFILES: Record<string, string> = {
	single: 'cc.multiple_choice.v0p1',
	multiple: 'cc.multiple_response.v0p1',
	'true-false': 'cc.true_false.v0p1',
	'fill-in': 'cc.fib.v0p1',
	discussion: 'cc.essay.v0p1',
};

const field = (label: string, entry: string) =>
	`<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${escapeXml(entry)}</fieldentry></qtimetadatafield>`;
const mattext = (text: string) => `<material><mattext texttype="text/plain">${escapeXml(text)}</mattext></material>`;

/** One question in the QTI 1.2.1 cartridge profile; the general feedback is shown whatever the answer (continue="Yes"). */
export function ccItem(quizId: string, q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const general = `<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>`;
	const score = '<setvar action="Set" varname="SCORE">100</setvar>';
	let presentation = '';
	let conditions = '';
	const feedbacks: string[] = [];
	if ('options' in q) {
		const order = choiceOrder(quizId, q);
		const labelOf = (i: number) => `C${order.indexOf(i) + 1}`;
		presentation = `<response_lid ident="RESPONSE" rcardinality="${q.type === 'multiple' ? 'Multiple' : 'Single'}"><render_choice>${order
			.map((i) => `<response_label ident="${labelOf(i)}">${mattext(q.options[i]!.text)}</response_label>`)
			.join('')}</render_choice></response_lid>`;
		const right = q.options.flatMap((o, i) => (o.correct ? [i] : []));
		if (q.type === 'multiple') {
			const all = q.options.map((o, i) =>
				o.correct
					? `<varequal respident="RESPONSE">${labelOf(i)}</varequal>`
					: `<not><varequal respident="RESPONSE">${labelOf(i)}</varequal></not>`,
			);
			conditions = `<respcondition continue="No"><conditionvar><and>${all.join('')}</and></conditionvar>${score}</respcondition>`;
		} else {
			conditions = `<respcondition continue="No"><conditionvar><varequal respident="RESPONSE">${labelOf(right[0]!)}</varequal></conditionvar>${score}</respcondition>`;
		}
		q.options.forEach((o, i) => {
			if (!o.feedback) return;
			conditions += `<respcondition continue="Yes"><conditionvar><varequal respident="RESPONSE">${labelOf(i)}</varequal></conditionvar><displayfeedback feedbacktype="Response" linkrefid="${labelOf(i)}_fb"/></respcondition>`;
			feedbacks.push(
				`<itemfeedback ident="${labelOf(i)}_fb"><flow_mat>${mattext(o.feedback)}</flow_mat></itemfeedback>`,
			);
		});
	} else if ('answers' in q) {
		presentation = `<response_str ident="RESPONSE" rcardinality="Single"><render_fib><response_label ident="answer"/></render_fib></response_str>`;
		// All accepted answers in one condition: how Moodle's cartridge import reads a fill-in question's answers.
		const values = lmsAnswers(q.answers).map(
			(a) => `<varequal respident="RESPONSE" case="No">${escapeXml(a)}</varequal>`,
		);
		conditions = `<respcondition continue="No"><conditionvar>${values.join('')}</conditionvar>${score}</respcondition>`;
	} else if ('guidance' in q) {
		presentation = `<response_str ident="RESPONSE" rcardinality="Single"><render_fib rows="10"><response_label ident="answer"/></render_fib></response_str>`;
	}
	const explained = 'guidance' in q ? `A good answer covers: ${q.guidance.join(' ')}` : feedbackText(q, labels);
	feedbacks.unshift(`<itemfeedback ident="general_fb"><flow_mat>${mattext(explained)}</flow_mat></itemfeedback>`);
	const weighting = q.type === 'discussion' ? '0' : '1';
	return `<item ident="${escapeXml(`${quizId}--${q.id}`)}" title="${escapeXml(q.id)}">
<itemmetadata><qtimetadata>${field('cc_profile', CC_PROFILES[q.type]!)}${field('cc_weighting', weighting)}</qtimetadata></itemmetadata>
<presentation>${mattext(q.prompt)}${presentation}</presentation>
<resprocessing><outcomes><decvar varname="SCORE" vartype="Decimal" minvalue="0" maxvalue="100"/></outcomes>${general}${conditions}</resprocessing>
${feedbacks.join('\n')}
</item>`;
}

export function ccAssessment(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): string {
	const items = quiz.questions.filter(ccExpressible).map((q) => ccItem(quiz.id, q, labels));
	return `<?xml version="1.0" encoding="UTF-8"?>
<questestinterop xmlns="${QTI_NS}" ${XSI} xsi:schemaLocation="${QTI_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_qtiasiv1p2p1_v1p0.xsd">
<assessment ident="${escapeXml(quiz.id)}" title="${escapeXml(quiz.title)}">
<qtimetadata>${field('cc_profile', 'cc.exam.v0p1')}${field('qmd_assessmenttype', 'Examination')}${field('cc_maxattempts', 'unlimited')}</qtimetadata>
<section ident="root_section">
${items.join('\n')}
</section>
</assessment>
</questestinterop>
`;
}

const shorten = (text: string, max = 90) =>
	text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;

export function ccTopic(q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const evidence = q.evidence.map(
		(e) =>
			`<li>“${escapeXml(e.quote)}” (${escapeXml(labels.get(e.source) ?? e.source)}, paragraph ${e.paragraph})</li>`,
	);
	const html = `<p>${escapeXml(q.prompt)}</p>${evidence.length ? `<p>Start from:</p><ul>${evidence.join('')}</ul>` : ''}`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<topic xmlns="${DT_NS}" ${XSI} xsi:schemaLocation="${DT_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imsdt_v1p1.xsd">
<title>${escapeXml(`Discussion: ${shorten(q.prompt)}`)}</title>
<text texttype="text/html">${escapeXml(html)}</text>
</topic>
`;
}

export function ccWebLink(title: string, href: string): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<webLink xmlns="${WL_NS}" ${XSI} xsi:schemaLocation="${WL_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imswl_v1p1.xsd">
<title>${escapeXml(title)}</title>
<url href="${escapeXml(href)}" target="_blank"/>
</webLink>
`;
}

const page = (title: string, body: string) =>
	`<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>${escapeXml(title)}</title></head>\n<body>\n<h1>${escapeXml(title)}</h1>\n${body}\n</body>\n</html>\n`;

/**
 * A site page's content made fit for a cartridge: no scripts, styles, forms (the quizzes come as assessments) or
 * heading anchors; links to lessons and source paragraphs point at the packaged copies; other site links become text.
 */
export function packagedHtml(html: string, lessonSlugs: readonly string[]): string {
	const doc = parse(html) as DocumentNode;
	// Both kinds of page sit one folder deep in the cartridge (lessons/, teachers/).
	const up = '../';
	const dropped: Node[] = [];
	walkSync(doc, (node: Node) => {
		if (node.type !== ELEMENT_NODE || !node.parent) return;
		if (
			['script', 'style', 'form', 'template'].includes(node.name) ||
			/\bsl-anchor-link\b/.test(node.attributes['class'] ?? '')
		) {
			dropped.push(node);
			return;
		}
		if (node.name === 'a') {
			const href: string = node.attributes['href'] ?? '';
			if (/^(https?:|mailto:|#)/.test(href)) return;
			const source = /\/sources\/([a-z0-9-]+)\/(#p\d+)?$/.exec(href);
			const lesson = /\/lessons\/([a-z0-9-]+)\/(#[\w-]+)?$/.exec(href);
			if (source) node.attributes['href'] = `${up}sources/${source[1]}.html${source[2] ?? ''}`;
			else if (lesson && lessonSlugs.includes(lesson[1]!))
				node.attributes['href'] = `${up}lessons/${lesson[1]}.html${lesson[2] ?? ''}`;
			else {
				node.name = 'span';
				node.attributes = {};
			}
		}
	});
	for (const node of dropped) {
		// The document node has children too; ElementNode types the field for both.
		const parent = node.parent as ElementNode;
		parent.children = parent.children.filter((c: Node) => c !== node);
	}
	return renderSync(doc);
}

interface Resource {
	id: string;
	type: string;
	href: string;
	files: Record<string, string>;
	lessonplan?: boolean;
}
interface OrgItem {
	title: string;
	ref?: string;
	children?: OrgItem[];
}

const rid = (kind: string, name: string) => `${kind}_${name.replace(/[^A-Za-z0-9_.-]/g, '_')}`;

/** Every file of the cartridge by path, the manifest first. */
export function ccFiles(input: CartridgeInput): Record<string, string> {
	const resources: Resource[] = [];
	const slugs = input.lessons.map((l) => l.slug);
	const add = (r: Resource) => (resources.push(r), r.id);
	const linkOrPage = (kind: string, name: string, p: CartridgePage, packaged: () => string, lessonplan = false) => {
		if (input.siteUrl) {
			const href = `links/${kind}-${name}.xml`;
			return add({
				id: rid(kind, name),
				type: 'imswl_xmlv1p1',
				href,
				files: { [href]: ccWebLink(p.title, new URL(p.path.replace(/^\//, ''), input.siteUrl).href) },
				lessonplan,
			});
		}
		const href = `${kind === 'lesson' ? 'lessons' : kind === 'source' ? 'sources' : 'teachers'}/${name}.html`;
		return add({ id: rid(kind, name), type: 'webcontent', href, files: { [href]: packaged() }, lessonplan });
	};
	const quizItems = (quiz: ExportedQuiz): OrgItem[] => {
		const href = `assessments/${quiz.id}/assessment.xml`;
		const items: OrgItem[] = [];
		if (quiz.questions.some(ccExpressible)) {
			items.push({
				title: `Quiz: ${quiz.title}`,
				ref: add({
					id: rid('quiz', quiz.id),
					type: 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment',
					href,
					files: { [href]: ccAssessment(quiz, input.labels) },
				}),
			});
		}
		for (const q of quiz.questions.filter((x) => x.type === 'discussion')) {
			const topic = `discussions/${quiz.id}--${q.id}.xml`;
			items.push({
				title: `Discussion: ${shorten(q.prompt)}`,
				ref: add({
					id: rid('discussion', `${quiz.id}--${q.id}`),
					type: 'imsdt_xmlv1p1',
					href: topic,
					files: { [topic]: ccTopic(q, input.labels) },
				}),
			});
		}
		return items;
	};

	const unit: OrgItem[] = [];
	unit.push({
		title: "Teacher's guide",
		ref: linkOrPage(
			'teachers',
			'guide',
			input.guide,
			() => page(input.guide.title, packagedHtml(input.guide.html, slugs)),
			true,
		),
	});
	for (const lesson of input.lessons) {
		unit.push({
			title: lesson.title,
			ref: linkOrPage('lesson', lesson.slug, lesson, () => page(lesson.title, packagedHtml(lesson.html, slugs))),
		});
		for (const quiz of input.quizzes.filter((q) => q.lesson === `/lessons/${lesson.slug}/`))
			unit.push(...quizItems(quiz));
	}
	for (const quiz of input.quizzes.filter((q) => !slugs.some((s) => q.lesson === `/lessons/${s}/`)))
		unit.push(...quizItems(quiz));
	const sourcePage = (s: CartridgeInput['sources'][number]) =>
		page(
			s.title ? `${s.label}: ${s.title}` : s.label,
			`<ol>\n${s.paragraphs.map((p, i) => `<li id="p${i + 1}">${escapeXml(p)}</li>`).join('\n')}\n</ol>`,
		);
	unit.push({
		title: 'Source reports',
		children: input.sources.map((s) => ({
			title: s.label,
			ref: linkOrPage(
				'source',
				s.id,
				{ path: `/sources/${s.id}/`, title: s.title ? `${s.label}: ${s.title}` : s.label, html: '' },
				() => sourcePage(s),
			),
		})),
	});

	let n = 0;
	const item = (i: OrgItem): string =>
		`<item identifier="I_${++n}"${i.ref ? ` identifierref="${i.ref}"` : ''}><title>${escapeXml(i.title)}</title>${(i.children ?? []).map(item).join('')}</item>`;
	const org = `<organization identifier="O_1" structure="rooted-hierarchy"><item identifier="root">${item({ title: input.title, children: unit })}</item></organization>`;
	const res = resources.map(
		(r) =>
			`<resource identifier="${r.id}" type="${r.type}"${r.type === 'webcontent' ? ` href="${r.href}"` : ''}${r.lessonplan ? ' intendeduse="lessonplan"' : ''}>${Object.keys(
				r.files,
			)
				.map((f) => `<file href="${f}"/>`)
				.join('')}</resource>`,
	);
	const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="karabakh-ceasefire-2023" xmlns="${CP_NS}" xmlns:lomimscc="${LOMM_NS}" ${XSI} xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd ${LOMM_NS} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd">
<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion><lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string language="en">${escapeXml(input.title)}</lomimscc:string></lomimscc:title><lomimscc:language>en</lomimscc:language></lomimscc:general></lomimscc:lom></metadata>
<organizations>${org}</organizations>
<resources>
${res.join('\n')}
</resources>
</manifest>
`;
	return Object.assign({ 'imsmanifest.xml': manifest }, ...resources.map((r) => r.files)) as Record<string, string>;
}
