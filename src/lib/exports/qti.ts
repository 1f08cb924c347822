// IMS QTI 2.1 content package, derived from the canonical JSON export: one assessmentItem per question, one
// assessmentTest per quiz, and a manifest that Canvas's importer recognises as QTI 2.1 (see README, "LMS exports").
import { zipSync, strToU8 } from 'fflate';
import { feedbackText, type ExportedQuestion, type ExportedQuiz } from './json';
import { choiceOrder, lmsAnswers, matchRights } from './lms';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';
const CP_NS = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const MD_NS = 'http://www.imsglobal.org/xsd/imsmd_v1p2';

export const escapeXml = (text: string): string =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');

/** QTI identifiers must start with a letter or underscore; choices are numbered in the order shown, so none hints at the key. */
const ident = (prefix: string, i: number) => `${prefix}${i + 1}`;
export const itemIdentifier = (quizId: string, questionId: string) => `${quizId}--${questionId}`;
export const itemPath = (quizId: string, questionId: string) => `items/${itemIdentifier(quizId, questionId)}.xml`;
export const testPath = (quizId: string) => `tests/${quizId}.xml`;

/** The QTI interaction each question type becomes. */
export function interactionType(q: ExportedQuestion): string {
	if ('options' in q) return 'choiceInteraction';
	if ('answers' in q) return 'textEntryInteraction';
	if ('items' in q) return 'orderInteraction';
	if ('pairs' in q) return 'matchInteraction';
	return 'extendedTextInteraction';
}

/**
 * Whether the manifest names the item's interaction type. Canvas needs it for ordering (its guesser cannot type an
 * orderInteraction and imports an "Error" question). For text entry it must be left out: a declared
 * textEntryInteraction sends Canvas down its multiple-dropdowns path, which finds no answers; undeclared, Canvas's
 * own detection reads every `correctResponse` value as an accepted answer.
 */
export const declaresInteraction = (q: ExportedQuestion): boolean => interactionType(q) !== 'textEntryInteraction';

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

function interaction(quizId: string, q: ExportedQuestion): Parts {
	const prompt = `<prompt>${escapeXml(q.prompt)}</prompt>`;
	if ('options' in q) {
		const single = q.type !== 'multiple';
		const order = choiceOrder(quizId, q);
		const correct = order.flatMap((i, n) => (q.options[i]!.correct ? [`<value>${ident('C', n)}</value>`] : []));
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="${single ? 'single' : 'multiple'}" baseType="identifier"><correctResponse>${correct.join('')}</correctResponse></responseDeclaration>`,
			body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${q.type === 'true-false' ? 'false' : 'true'}" maxChoices="${single ? 1 : 0}">${prompt}${order
				.map((i, n) => `<simpleChoice identifier="${ident('C', n)}">${escapeXml(q.options[i]!.text)}</simpleChoice>`)
				.join('')}</choiceInteraction>`,
			processing: processing(matchCorrect),
		};
	}
	if ('answers' in q) {
		// Every accepted answer is a correct response (Canvas reads only these) and a mapping entry (how QTI scores them).
		const answers = lmsAnswers(q.answers);
		const values = answers.map((a) => `<value>${escapeXml(a)}</value>`).join('');
		const entries = answers
			.map((a) => `<mapEntry mapKey="${escapeXml(a)}" mappedValue="1" caseSensitive="false"/>`)
			.join('');
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse>${values}</correctResponse><mapping defaultValue="0" lowerBound="0" upperBound="1">${entries}</mapping></responseDeclaration>`,
			body: `<p>${escapeXml(q.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(12, ...q.answers.map((a) => a.length))}"/></p>`,
			processing: processing(
				'<gte><mapResponse identifier="RESPONSE"/><baseValue baseType="float">1</baseValue></gte>',
			),
		};
	}
	if ('items' in q) {
		const order = choiceOrder(quizId, q);
		const shown = (item: number) => ident('I', order.indexOf(item));
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${q.items.map((_, i) => `<value>${shown(i)}</value>`).join('')}</correctResponse></responseDeclaration>`,
			body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${order
				.map((i, n) => `<simpleChoice identifier="${ident('I', n)}">${escapeXml(q.items[i]!)}</simpleChoice>`)
				.join('')}</orderInteraction>`,
			processing: processing(matchCorrect),
		};
	}
	if ('pairs' in q) {
		const rights = matchRights(quizId, q);
		const lefts = q.pairs.map(
			(p, i) =>
				`<simpleAssociableChoice identifier="${ident('L', i)}" matchMax="1">${escapeXml(p.left)}</simpleAssociableChoice>`,
		);
		const rightSet = rights.map(
			(r, n) =>
				`<simpleAssociableChoice identifier="${ident('R', n)}" matchMax="1">${escapeXml(r.text)}</simpleAssociableChoice>`,
		);
		const pairs = q.pairs.map(
			(_, i) =>
				`<value>${ident('L', i)} ${ident(
					'R',
					rights.findIndex((r) => r.pair === i),
				)}</value>`,
		);
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${pairs.join('')}</correctResponse></responseDeclaration>`,
			body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.pairs.length}">${prompt}<simpleMatchSet>${lefts.join('')}</simpleMatchSet><simpleMatchSet>${rightSet.join('')}</simpleMatchSet></matchInteraction>`,
			processing: processing(matchCorrect),
		};
	}
	// Discussion: an essay box, not scored; the points a good answer covers go to whoever scores it.
	const guidance = 'guidance' in q ? q.guidance : [];
	return {
		declaration: '<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"/>',
		body:
			`<rubricBlock view="scorer"><p>A good answer covers:</p><ul>${guidance.map((g) => `<li>${escapeXml(g)}</li>`).join('')}</ul></rubricBlock>` +
			`<extendedTextInteraction responseIdentifier="RESPONSE" expectedLines="6">${prompt}</extendedTextInteraction>`,
		processing: '',
	};
}

export function qtiItem(quizId: string, q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const parts = interaction(quizId, q);
	const explained = feedbackText(q, labels);
	const modal = parts.processing
		? `<modalFeedback outcomeIdentifier="FEEDBACK" identifier="CORRECT" showHide="show"><p>Correct. ${escapeXml(explained)}</p></modalFeedback>` +
			`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="INCORRECT" showHide="show"><p>Incorrect. ${escapeXml(explained)}</p></modalFeedback>`
		: '';
	const outcomes = parts.processing
		? '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration><outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>'
		: '<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>';
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
		const typed = declaresInteraction(q)
			? `<imsqti:qtiMetadata><imsqti:interactionType>${interactionType(q)}</imsqti:interactionType></imsqti:qtiMetadata>`
			: '';
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

/** A fixed date keeps zip bytes the same from build to build. */
export const ZIP_MTIME = new Date('2023-09-20T12:00:00Z');

export const zipFiles = (files: Record<string, string | Uint8Array>): Uint8Array =>
	zipSync(
		Object.fromEntries(
			Object.entries(files).map(([path, data]) => [
				path,
				[typeof data === 'string' ? strToU8(data) : data, { mtime: ZIP_MTIME }],
			]),
		),
		{ level: 9 },
	);

/** The zipped package. */
export function qtiPackage(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): Uint8Array {
	return zipFiles(qtiFiles(quiz, labels));
}
