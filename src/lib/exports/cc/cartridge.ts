// The whole unit as an IMS Common Cartridge 1.1 (the newest version Moodle imports): lessons in order, each quiz as a
// cartridge assessment (the QTI 1.2.1 profile), each discussion question as a discussion topic, the source reports
// and the teacher's guide. Pure: the route gathers the content and renders the pages.
import type { ExportedQuiz } from '../json';
import { escapeXml } from '../xml';
import { ccAssessment, ccExpressible } from './assessment';
import { CP_NS, LOMM_NS, LOMR_NS, XSI } from './namespaces';
import { ccTopic, ccWebLink, packagedHtml, page, shorten } from './pages';

export const CC_PATH = '/exports/karabakh-ceasefire.imscc';

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

interface Resource {
	id: string;
	type: string;
	href: string;
	files: Record<string, string>;
	/** The teacher's guide: a lesson plan, for instructors only (Moodle imports it hidden from students). */
	forTeachers?: boolean;
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
	const linkOrPage = (kind: string, name: string, p: CartridgePage, packaged: () => string, forTeachers = false) => {
		if (input.siteUrl) {
			const href = `links/${kind}-${name}.xml`;
			return add({
				id: rid(kind, name),
				type: 'imswl_xmlv1p1',
				href,
				files: { [href]: ccWebLink(p.title, new URL(p.path.replace(/^\//, ''), input.siteUrl).href) },
				forTeachers,
			});
		}
		const href = `${kind === 'lesson' ? 'lessons' : kind === 'source' ? 'sources' : 'teachers'}/${name}.html`;
		return add({ id: rid(kind, name), type: 'webcontent', href, files: { [href]: packaged() }, forTeachers });
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
	// Moodle hides a module whose resource names Instructor (or Mentor) as its intended end user, read from the
	// resource-level LOM namespace (cc112moodle::get_module_visible); the CC 1.1 schema allows nothing else there.
	const instructorOnly = `<metadata><lom:lom><lom:educational><lom:intendedEndUserRole><lom:source>IMSGLC_CC_Rolesv1p1</lom:source><lom:value>Instructor</lom:value></lom:intendedEndUserRole></lom:educational></lom:lom></metadata>`;
	const res = resources.map(
		(r) =>
			`<resource identifier="${r.id}" type="${r.type}"${r.type === 'webcontent' ? ` href="${r.href}"` : ''}${r.forTeachers ? ' intendeduse="lessonplan"' : ''}>${r.forTeachers ? instructorOnly : ''}${Object.keys(
				r.files,
			)
				.map((f) => `<file href="${f}"/>`)
				.join('')}</resource>`,
	);
	// The default namespace comes first: Moodle recognises a CC 1.1 cartridge by finding it in the manifest's first
	// 500 bytes (imscc11_converter::detect_format).
	const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" identifier="karabakh-ceasefire-2023" xmlns:lomimscc="${LOMM_NS}" xmlns:lom="${LOMR_NS}" ${XSI} xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/profile/cc/ccv1p1/ccv1p1_imscp_v1p2_v1p0.xsd ${LOMM_NS} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lommanifest_v1p0.xsd ${LOMR_NS} http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd">
<metadata><schema>IMS Common Cartridge</schema><schemaversion>1.1.0</schemaversion><lomimscc:lom><lomimscc:general><lomimscc:title><lomimscc:string language="en">${escapeXml(input.title)}</lomimscc:string></lomimscc:title><lomimscc:language>en</lomimscc:language></lomimscc:general></lomimscc:lom></metadata>
<organizations>${org}</organizations>
<resources>
${res.join('\n')}
</resources>
</manifest>
`;
	return Object.assign({ 'imsmanifest.xml': manifest }, ...resources.map((r) => r.files)) as Record<string, string>;
}
