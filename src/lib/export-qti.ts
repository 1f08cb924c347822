// IMS QTI 2.1 content package, derived from the canonical JSON export: one assessmentItem per question + a manifest.
import { zipSync, strToU8 } from 'fflate';
import { feedbackText, type ExportedQuestion, type ExportedQuiz } from './export-json';

const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';

export const escapeXml = (text: string): string =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** QTI identifiers must start with a letter or underscore. */
const ident = (prefix: string, i: number) => `${prefix}${i + 1}`;
export const itemIdentifier = (quizId: string, questionId: string) => `${quizId}--${questionId}`;
export const itemPath = (quizId: string, questionId: string) => `items/${itemIdentifier(quizId, questionId)}.xml`;

interface Parts {
	declaration: string;
	body: string;
	/** Response processing, or '' for an ungraded question. */
	processing: string;
}

/** Sets SCORE and FEEDBACK from a condition, so every graded item can show "Correct"/"Incorrect" feedback. */
function processing(condition: string): string {
	const set = (score: number, fb: string) =>
		`<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${score}</baseValue></setOutcomeValue>` +
		`<setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">${fb}</baseValue></setOutcomeValue>`;
	return `<responseProcessing><responseCondition><responseIf>${condition}${set(1, 'CORRECT')}</responseIf><responseElse>${set(0, 'INCORRECT')}</responseElse></responseCondition></responseProcessing>`;
}
const matchCorrect = '<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>';

function interaction(q: ExportedQuestion): Parts {
	const prompt = `<prompt>${escapeXml(q.prompt)}</prompt>`;
	if ('options' in q) {
		const single = q.type !== 'multiple';
		const correct = q.options.flatMap((o, i) => (o.correct ? [`<value>${ident('C', i)}</value>`] : []));
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="${single ? 'single' : 'multiple'}" baseType="identifier"><correctResponse>${correct.join('')}</correctResponse></responseDeclaration>`,
			body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="true" maxChoices="${single ? 1 : 0}">${prompt}${q.options
				.map((o, i) => `<simpleChoice identifier="${ident('C', i)}">${escapeXml(o.text)}</simpleChoice>`)
				.join('')}</choiceInteraction>`,
			processing: processing(matchCorrect),
		};
	}
	if ('answers' in q) {
		const entries = [...new Set(q.answers)].map((a) => `<mapEntry mapKey="${escapeXml(a)}" mappedValue="1" caseSensitive="false"/>`);
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse><value>${escapeXml(q.answers[0]!)}</value></correctResponse><mapping defaultValue="0" lowerBound="0" upperBound="1">${entries.join('')}</mapping></responseDeclaration>`,
			body: `<p>${escapeXml(q.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(12, ...q.answers.map((a) => a.length))}"/></p>`,
			processing: processing('<gte><mapResponse identifier="RESPONSE"/><baseValue baseType="float">1</baseValue></gte>'),
		};
	}
	if ('items' in q) {
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${q.items.map((_, i) => `<value>${ident('I', i)}</value>`).join('')}</correctResponse></responseDeclaration>`,
			body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${q.items
				.map((item, i) => `<simpleChoice identifier="${ident('I', i)}">${escapeXml(item)}</simpleChoice>`)
				.join('')}</orderInteraction>`,
			processing: processing(matchCorrect),
		};
	}
	if ('pairs' in q) {
		const set = (side: 'left' | 'right', prefix: string) =>
			`<simpleMatchSet>${q.pairs.map((p, i) => `<simpleAssociableChoice identifier="${ident(prefix, i)}" matchMax="1">${escapeXml(p[side])}</simpleAssociableChoice>`).join('')}</simpleMatchSet>`;
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${q.pairs.map((_, i) => `<value>${ident('L', i)} ${ident('R', i)}</value>`).join('')}</correctResponse></responseDeclaration>`,
			body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.pairs.length}">${prompt}${set('left', 'L')}${set('right', 'R')}</matchInteraction>`,
			processing: processing(matchCorrect),
		};
	}
	// discussion: an essay box, not scored
	return {
		declaration: '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>',
		body: `<extendedTextInteraction responseIdentifier="RESPONSE" expectedLines="6">${prompt}</extendedTextInteraction>`,
		processing: '',
	};
}

export function qtiItem(quizId: string, q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const parts = interaction(q);
	const explained = feedbackText(q, labels);
	const modal = parts.processing
		? `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="CORRECT" showHide="show"><p>Correct. ${escapeXml(explained)}</p></modalFeedback>` +
			`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="INCORRECT" showHide="show"><p>Incorrect. ${escapeXml(explained)}</p></modalFeedback>`
		: '';
	const outcomes = parts.processing
		? '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration><outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>'
		: '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>';
	return `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="${QTI_NS}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${QTI_NS} ${QTI_XSD}" identifier="${escapeXml(itemIdentifier(quizId, q.id))}" title="${escapeXml(q.id)}" adaptive="false" timeDependent="false">
${parts.declaration}
${outcomes}
<itemBody>${parts.body}</itemBody>
${parts.processing}
${modal}
</assessmentItem>
`;
}

export function qtiManifest(quiz: ExportedQuiz): string {
	const resources = quiz.questions.map(
		(q) =>
			`<resource identifier="R-${escapeXml(itemIdentifier(quiz.id, q.id))}" type="imsqti_item_xmlv2p1" href="${itemPath(quiz.id, q.id)}"><file href="${itemPath(quiz.id, q.id)}"/></resource>`,
	);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd" identifier="MANIFEST-${escapeXml(quiz.id)}">
<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion><imsmd:lom><imsmd:general><imsmd:title><imsmd:langstring xml:lang="en">${escapeXml(quiz.title)}</imsmd:langstring></imsmd:title></imsmd:general></imsmd:lom></metadata>
<organizations/>
<resources>
${resources.join('\n')}
</resources>
</manifest>
`;
}

/** The package's files by path. */
export function qtiFiles(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): Record<string, string> {
	const files: Record<string, string> = { 'imsmanifest.xml': qtiManifest(quiz) };
	for (const q of quiz.questions) files[itemPath(quiz.id, q.id)] = qtiItem(quiz.id, q, labels);
	return files;
}

/** The zipped package; a fixed date keeps the bytes the same from build to build. */
export function qtiPackage(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): Uint8Array {
	const files = qtiFiles(quiz, labels);
	const mtime = new Date('2023-09-20T12:00:00Z');
	return zipSync(Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, [strToU8(xml), { mtime }]])), { level: 9 });
}
