// An IMS QTI 2.1 content package per quiz: its items, one assessmentTest, and a manifest that Canvas's importer
// recognises as QTI 2.1 (see README, "LMS exports").
import type { ExportedQuestion, ExportedQuiz } from '../json';
import { zipFiles } from '../zip';
import { escapeXml } from '../xml';
import { itemIdentifier, itemPath, manifestInteraction, qtiItem, QTI_NS, QTI_XSD } from './item';

export const testPath = (quizId: string) => `tests/${quizId}.xml`;

const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const MD_NS = 'http://www.imsglobal.org/xsd/imsmd_v1p2';

/** One test per quiz, so an import creates a quiz and not only a question bank; discussion items weigh 0. */
export function qtiTest(quiz: ExportedQuiz): string {
	const refs = quiz.questions.map((q) => {
		const weight =
			q.type === 'discussion' ? '<weight identifier="WEIGHT" value="0"/>' : '<weight identifier="WEIGHT" value="1"/>';
		return `<assessmentItemRef identifier="${escapeXml(itemIdentifier(quiz.id, q.id))}" href="../${itemPath(quiz.id, q.id)}">${weight}</assessmentItemRef>`;
	});
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentTest xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${escapeXml(quiz.id)}" title="${escapeXml(quiz.title)}">
<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>
<testPart identifier="BaseTestPart" navigationMode="nonlinear" submissionMode="simultaneous">
<assessmentSection identifier="main" title="${escapeXml(quiz.title)}" visible="false">
${refs.join('\n')}
</assessmentSection>
</testPart>
<outcomeProcessing><setOutcomeValue identifier="SCORE"><sum><testVariables variableIdentifier="SCORE" weightIdentifier="WEIGHT"/></sum></setOutcomeValue></outcomeProcessing>
</assessmentTest>
`;
}

const lomTitle = (title: string) =>
	`<imsmd:lom><imsmd:general><imsmd:title><imsmd:langstring xml:lang="en">${escapeXml(title)}</imsmd:langstring></imsmd:title></imsmd:general></imsmd:lom>`;

/**
 * The manifest: the QTI 2.1 namespace on <manifest> and the schema "QTIv2.1 Package" are how Canvas tells a QTI 2
 * package from QTI 1.2 (whose converter drops every assessmentItem); each item's interaction type sits in
 * `imsqti:qtiMetadata`, as in IMS's QTI 2.1 example packages.
 */
export function qtiManifest(quiz: ExportedQuiz): string {
	const itemRef = (q: ExportedQuestion) => `R-${escapeXml(itemIdentifier(quiz.id, q.id))}`;
	const items = quiz.questions.map((q) => {
		const typed = `<imsqti:qtiMetadata><imsqti:interactionType>${manifestInteraction(q)}</imsqti:interactionType></imsqti:qtiMetadata>`;
		return `<resource identifier="${itemRef(q)}" type="imsqti_item_xmlv2p1" href="${itemPath(quiz.id, q.id)}"><metadata>${lomTitle(q.id)}${typed}</metadata><file href="${itemPath(quiz.id, q.id)}"/></resource>`;
	});
	const test = `<resource identifier="T-${escapeXml(quiz.id)}" type="imsqti_test_xmlv2p1" href="${testPath(quiz.id)}"><metadata>${lomTitle(quiz.title)}</metadata><file href="${testPath(quiz.id)}"/>${quiz.questions.map((q) => `<dependency identifierref="${itemRef(q)}"/>`).join('')}</resource>`;
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="${CP_NS}" xmlns:imsmd="${MD_NS}" xmlns:imsqti="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${CP_NS} http://www.imsglobal.org/xsd/imscp_v1p1.xsd ${MD_NS} http://www.imsglobal.org/xsd/imsmd_v1p2p4.xsd" identifier="MANIFEST-${escapeXml(quiz.id)}">
<metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion>${lomTitle(quiz.title)}</metadata>
<organizations/>
<resources>
${test}
${items.join('\n')}
</resources>
</manifest>
`;
}

/** The package's files by path. */
export function qtiFiles(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): Record<string, string> {
	const files: Record<string, string> = { 'imsmanifest.xml': qtiManifest(quiz), [testPath(quiz.id)]: qtiTest(quiz) };
	for (const q of quiz.questions) files[itemPath(quiz.id, q.id)] = qtiItem(quiz.id, q, labels);
	return files;
}

/** The zipped package. */
export function qtiPackage(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): Uint8Array {
	return zipFiles(qtiFiles(quiz, labels));
}
