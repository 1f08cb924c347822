// The rules Canvas's QTI importer applies to a QTI 2.1 package, restated from its source
// (instructure/canvas-lms, gems/plugins/qti_exporter/lib/qti/: converter.rb, assessment_item_converter.rb,
// question_type_educated_guesser.rb, fill_in_the_blank.rb, extended_text_interaction.rb, order_interaction.rb,
// assessment_test_converter.rb) and how its classic quizzes score what it imported (app/models/quizzes/quiz_question/).
import { XMLParser } from 'fast-xml-parser';
import { descendants, kids, parseXml, textOf, type XmlNode } from './xml-tree';

const QTI2_NAMESPACES = [
	'http://www.imsglobal.org/xsd/imsqti_v2p0',
	'http://www.imsglobal.org/xsd/imsqti_v2p1',
	'http://www.imsglobal.org/xsd/qti/qtiv2p0',
	'http://www.imsglobal.org/xsd/qti/qtiv2p1',
];
/** Namespaces in which Canvas looks for a resource's <interactionType>. */
const INTERACTION_NAMESPACES = [
	'http://www.imsglobal.org/xsd/imsqti_v2p1',
	'http://www.imsglobal.org/xsd/imsqti_v2p0',
	'http://www.imsglobal.org/xsd/imsqti_item_v2p1',
	'http://www.imsglobal.org/xsd/imsqti_item_v2p0',
];

const xml = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@',
	parseTagValue: false,
	isArray: (name) => ['resource', 'value', 'dependency', 'assessmentItemRef'].includes(name),
});

/** converter.rb is_qti_2: a QTI 2 namespace declared on the manifest's root, or metadata whose schema reads "QTIv2.x". */
export function isQti2(manifest: string): boolean {
	const root = /<manifest\b[^>]*>/.exec(manifest)?.[0] ?? '';
	const declared = [...root.matchAll(/xmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]!);
	const schema = /<metadata>\s*<schema>([^<]*)<\/schema>/.exec(manifest)?.[1] ?? '';
	return declared.some((ns) => QTI2_NAMESPACES.some((q) => ns.startsWith(q))) || /QTIv2\./i.test(schema);
}

export interface CanvasItem {
	href: string;
	identifier: string;
	/** The interaction type as Canvas resolves it: declared in the manifest, or guessed from the item. */
	interaction: string | null;
	declared: boolean;
	/** The Canvas converter class it reaches, or null (an "Error" question). */
	converter:
		| 'ChoiceInteraction'
		| 'AssociateInteraction'
		| 'ExtendedTextInteraction'
		| 'OrderInteraction'
		| 'FillInTheBlank'
		| null;
	/** FillInTheBlank's parsing path: only "text_entry_interaction" reads the correct responses of a text entry. */
	fillInPath?: 'text_entry' | 'canvas_choices';
	/**
	 * For a text question, the accepted answers Canvas imports (null for an answer with no text) and the Canvas
	 * question type: ExtendedTextInteraction gives "short_answer_question" (or "essay_question" with no answers),
	 * FillInTheBlank "fill_in_multiple_blanks_question".
	 */
	text?: { answers: (string | null)[]; questionType: string };
}

/** assessment_item_converter.rb create_instructure_question + question_type_educated_guesser.rb, for each item resource. */
export function canvasItems(manifest: string, read: (href: string) => string): CanvasItem[] {
	const prefixes = Object.fromEntries([...manifest.matchAll(/xmlns:(\w+)="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]));
	const parsed = xml.parse(manifest).manifest;
	return (parsed.resources.resource as Record<string, unknown>[])
		.filter((r) => String(r['@type']).startsWith('imsqti_item_xmlv2p'))
		.map((r) => {
			const href = String(r['@href']);
			const raw = /<resource\b[^>]*identifier="([^"]+)"[^>]*>[\s\S]*?<\/resource>/g;
			const block = [...manifest.matchAll(raw)].find((m) => m[0].includes(`href="${href}"`))?.[0] ?? '';
			const tag = /<(?:(\w+):)?interactionType>([^<]+)<\/(?:\w+:)?interactionType>/.exec(block);
			const declaredType =
				tag && tag[1] && INTERACTION_NAMESPACES.includes(prefixes[tag[1]] ?? '') ? tag[2]!.toLowerCase() : null;
			const item = read(href);
			let interaction = declaredType;
			let custom: string | null = null;
			if (!interaction) {
				const has = (name: string) => new RegExp(`<${name}\\b`).test(item);
				if (has('choiceInteraction')) interaction = 'choiceinteraction';
				else if (has('associateInteraction')) [interaction, custom] = ['associateinteraction', 'matching'];
				else if (has('extendedTextInteraction')) interaction = 'extendedtextinteraction';
				else if (has('textEntryInteraction'))
					[interaction, custom] = ['textentryinteraction', 'text_entry_interaction'];
				else if (has('matchInteraction')) [interaction, custom] = ['matchinteraction', 'matching'];
			}
			let converter: CanvasItem['converter'] = null;
			if (interaction && /choiceinteraction/.test(interaction)) converter = 'ChoiceInteraction';
			else if (interaction && /associateinteraction|matchinteraction/.test(interaction))
				converter = 'AssociateInteraction';
			else if (interaction && /extendedtextinteraction/.test(interaction)) converter = 'ExtendedTextInteraction';
			else if (interaction && /orderinteraction/.test(interaction)) converter = 'OrderInteraction';
			else if (interaction && /textentryinteraction/.test(interaction)) converter = 'FillInTheBlank';
			const identifier = /<assessmentItem\b[^>]*\bidentifier="([^"]+)"/.exec(item)?.[1] ?? '';
			const fillInPath = custom === 'text_entry_interaction' ? ('text_entry' as const) : ('canvas_choices' as const);
			let text: CanvasItem['text'];
			if (converter === 'ExtendedTextInteraction') {
				const answers = canvasExtendedTextAnswers(item);
				text = { answers, questionType: answers.length ? 'short_answer_question' : 'essay_question' };
			}
			if (converter === 'FillInTheBlank')
				text = {
					answers: fillInPath === 'text_entry' ? canvasTextEntryAnswers(item) : [],
					questionType: 'fill_in_multiple_blanks_question',
				};
			return {
				href,
				identifier,
				interaction,
				declared: declaredType !== null,
				converter,
				...(converter === 'FillInTheBlank' ? { fillInPath } : {}),
				...(text ? { text } : {}),
			};
		});
}

/** Qti.convert_assessments: test resources Canvas turns into quizzes, with the item identifiers each references. */
export function canvasTests(
	manifest: string,
	read: (href: string) => string,
): { href: string; refs: string[]; weights: Record<string, number> }[] {
	const parsed = xml.parse(manifest).manifest;
	return (parsed.resources.resource as Record<string, unknown>[])
		.filter((r) => r['@type'] === 'imsqti_assessment_xmlv2p1' || r['@type'] === 'imsqti_test_xmlv2p1')
		.map((r) => {
			const test = xml.parse(read(String(r['@href']))).assessmentTest;
			const part = Array.isArray(test.testPart) ? test.testPart[0] : test.testPart;
			const sections = Array.isArray(part.assessmentSection) ? part.assessmentSection : [part.assessmentSection];
			const refs = sections.flatMap((s: { assessmentItemRef: Record<string, unknown>[] }) => s.assessmentItemRef);
			return {
				href: String(r['@href']),
				refs: refs.map((ref: Record<string, unknown>) => String(ref['@identifier'])),
				weights: Object.fromEntries(
					refs.map((ref: Record<string, { '@value': string }>) => [
						String(ref['@identifier'] as unknown as string | number),
						Number(ref['weight']?.['@value'] ?? 1),
					]),
				),
			};
		});
}

/** fill_in_the_blank.rb process_text_entry: the accepted answers are the correctResponse values, nothing else. */
export function canvasTextEntryAnswers(item: string): string[] {
	const decl = xml.parse(item).assessmentItem.responseDeclaration;
	return (decl.correctResponse?.value ?? []).map(String);
}

/**
 * extended_text_interaction.rb process_response_conditions: for every responseCondition inside responseProcessing,
 * each stringMatch or match in it gives an answer, its text the string baseValue, else the identifier baseValue
 * (null when it has neither: a <match> of a variable with <correct/> makes a blank answer); an answer whose text is
 * already listed is not added again, nor one whose text is ""; then every correctResponse value is appended, with
 * no de-duplication.
 */
export function canvasExtendedTextAnswers(item: string): (string | null)[] {
	const doc = parseXml(item);
	const answers: (string | null)[] = [];
	for (const processing of descendants(doc, 'responseProcessing'))
		for (const cond of descendants(processing, 'responseCondition'))
			for (const match of allMatches(cond)) {
				const values = descendants(match, 'baseValue');
				const value =
					values.find((v) => v.attrs['baseType'] === 'string') ??
					values.find((v) => v.attrs['baseType'] === 'identifier');
				const text = value ? textOf(value) : null;
				if (answers.includes(text) || text === '') continue;
				answers.push(text);
			}
	for (const value of descendants(doc, 'correctResponse').flatMap((c) => kids(c, 'value'))) answers.push(textOf(value));
	return answers;
}

/** Nokogiri's cond.css('stringMatch,match'): both kinds of element in document order. */
function allMatches(cond: XmlNode): XmlNode[] {
	const found: XmlNode[] = [];
	const walk = (n: XmlNode) => {
		for (const c of n.children) {
			if (c.name === 'stringMatch' || c.name === 'match') found.push(c);
			walk(c);
		}
	};
	walk(cond);
	return found;
}

/**
 * assessment_item_converter.rb get_feedback: which comment each modalFeedback becomes, by its identifier: "wrong",
 * "incorrect" or ending "_IC" → the incorrect-answer comment; else "correct" or ending "_C" → the correct-answer
 * comment; "solution" → an example solution; "general_" or "_all" → the neutral comment; any other is dropped.
 */
export function canvasFeedback(item: string): Record<string, string> {
	const doc = parseXml(item);
	const out: Record<string, string> = {};
	for (const f of descendants(doc, 'modalFeedback')) {
		const id = f.attrs['identifier'] ?? '';
		const field = /wrong|incorrect|(_IC$)/i.test(id)
			? 'incorrect_comments'
			: /correct|(_C$)/i.test(id)
				? 'correct_comments'
				: /solution/i.test(id)
					? 'example_solution'
					: /general_|_all/i.test(id)
						? 'neutral_comments'
						: null;
		if (field) out[field] = textOf(f).trim();
	}
	return out;
}

/**
 * How a classic Canvas quiz scores what it imported, per question worth 1 point
 * (quiz_question/user_answer.rb score: correct parts ÷ total parts, minus incorrect parts ÷ total parts, not below 0):
 * multiple_answers_question counts a part per correct answer (multiple_answers_question.rb), matching_question a
 * part per left-hand answer (matching_question.rb; an ordering question arrives as matching, position → item),
 * short_answer_question is one part.
 */
export function canvasScore(parts: { total: number; correct: number; incorrect: number }): number {
	if (parts.total === 0) return 0;
	const score = parts.correct / parts.total - parts.incorrect / parts.total;
	return Math.max(0, score);
}
