// One IMS QTI 2.1 assessmentItem per question, derived from the canonical JSON export.
import { feedbackText, type ExportedQuestion } from '../json';
import { choiceOrder, lmsAnswers, matchRights } from '../lms';
import { escapeXml } from '../xml';
import { allOrNothing, anyOf, isCorrectResponse, mapped, perPosition, share } from './scoring';

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
 * The interaction type the manifest declares for an item (Canvas's importer picks its converter from it, and only
 * guesses from the item when none is declared). Ordering must be declared: Canvas's guesser cannot type an orderInteraction and
 * imports an "Error" question. A text entry is declared as `extendedTextInteraction` although the item holds a
 * one-line textEntryInteraction: a declared textEntryInteraction sends Canvas down its multiple-dropdowns path (no
 * answers), an undeclared one reads only the correctResponse value (one answer), while the extended-text path reads
 * every stringMatch of the response processing as an accepted answer (a Canvas "short answer" question). Other
 * engines run the item itself and ignore this metadata.
 */
export function manifestInteraction(q: ExportedQuestion): string {
	return 'answers' in q ? 'extendedTextInteraction' : interactionType(q);
}

interface Parts {
	declaration: string;
	body: string;
	/** Response processing, or '' for an ungraded question. */
	processing: string;
}

function interaction(quizId: string, q: ExportedQuestion): Parts {
	const prompt = `<prompt>${escapeXml(q.prompt)}</prompt>`;
	if ('options' in q) {
		const single = q.type !== 'multiple';
		const order = choiceOrder(quizId, q);
		const correct = order.flatMap((i, n) => (q.options[i]!.correct ? [`<value>${ident('C', n)}</value>`] : []));
		// Multiple: +1/k for each correct option ticked, −1/k for each wrong one, bounded to 0..1.
		const k = correct.length;
		const scored = mapped(
			order.map((i, n) => ({ key: ident('C', n), value: q.options[i]!.correct ? share(k) : `-${share(k)}` })),
		);
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="${single ? 'single' : 'multiple'}" baseType="identifier"><correctResponse>${correct.join('')}</correctResponse>${single ? '' : scored.mapping}</responseDeclaration>`,
			body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${q.type === 'true-false' ? 'false' : 'true'}" maxChoices="${single ? 1 : 0}">${prompt}${order
				.map((i, n) => `<simpleChoice identifier="${ident('C', n)}">${escapeXml(q.options[i]!.text)}</simpleChoice>`)
				.join('')}</choiceInteraction>`,
			processing: single ? allOrNothing(isCorrectResponse) : scored.processing,
		};
	}
	if ('answers' in q) {
		// One correct response (a single-cardinality response holds one value: qti-sdk refuses more), the canonical
		// answer; every accepted answer is a case-insensitive stringMatch in the response processing, which is how a
		// strict engine scores it and where Canvas's short-answer import reads the answers (see manifestInteraction).
		const answers = lmsAnswers(q.answers);
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse><value>${escapeXml(q.answers[0]!)}</value></correctResponse></responseDeclaration>`,
			body: `<p>${escapeXml(q.prompt)}</p><p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="${Math.max(12, ...q.answers.map((a) => a.length))}"/></p>`,
			processing: allOrNothing(anyOf(answers)),
		};
	}
	if ('items' in q) {
		const order = choiceOrder(quizId, q);
		const shown = (item: number) => ident('I', order.indexOf(item));
		const correct = q.items.map((_, i) => shown(i));
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${correct.map((v) => `<value>${v}</value>`).join('')}</correctResponse></responseDeclaration>`,
			body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${prompt}${order
				.map((i, n) => `<simpleChoice identifier="${ident('I', n)}">${escapeXml(q.items[i]!)}</simpleChoice>`)
				.join('')}</orderInteraction>`,
			processing: perPosition(correct),
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
				`${ident('L', i)} ${ident(
					'R',
					rights.findIndex((r) => r.pair === i),
				)}`,
		);
		// 1/n for each left item given its right partner; any other pair is worth nothing.
		const scored = mapped(pairs.map((key) => ({ key, value: share(pairs.length) })));
		return {
			declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${pairs.map((v) => `<value>${v}</value>`).join('')}</correctResponse>${scored.mapping}</responseDeclaration>`,
			body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="true" maxAssociations="${q.pairs.length}">${prompt}<simpleMatchSet>${lefts.join('')}</simpleMatchSet><simpleMatchSet>${rightSet.join('')}</simpleMatchSet></matchInteraction>`,
			processing: scored.processing,
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
	// "PARTIAL", not "PARTLY_CORRECT": Canvas files any modalFeedback whose identifier contains "correct" as its
	// correct-answer comment (assessment_item_converter.rb get_feedback), and ignores this one.
	const verdicts: [string, string][] = [
		['CORRECT', 'Correct.'],
		...(parts.processing.includes('>PARTIAL</baseValue>') ? [['PARTIAL', 'Partly correct.'] as [string, string]] : []),
		['INCORRECT', 'Incorrect.'],
	];
	const modal = parts.processing
		? verdicts
				.map(
					([id, words]) =>
						`<modalFeedback outcomeIdentifier="FEEDBACK" identifier="${id}" showHide="show"><p>${words} ${escapeXml(explained)}</p></modalFeedback>`,
				)
				.join('')
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
