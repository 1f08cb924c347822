// One IMS QTI 2.1 assessmentItem per question, derived from the canonical JSON export.
import { feedbackText, type ExportedQuestion } from '../json';
import { choiceOrder, lmsAnswers, matchRights } from '../lms';
import { escapeXml } from '../xml';

export const QTI_NS = 'http://www.imsglobal.org/xsd/imsqti_v2p1';
export const QTI_XSD = 'http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd';

/** QTI identifiers must start with a letter or underscore; choices are numbered in the order shown, so none hints at the key. */
const ident = (prefix: string, i: number) => `${prefix}${i + 1}`;
export const itemIdentifier = (quizId: string, questionId: string) => `${quizId}--${questionId}`;
export const itemPath = (quizId: string, questionId: string) => `items/${itemIdentifier(quizId, questionId)}.xml`;

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
