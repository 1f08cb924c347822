// The rules Canvas's QTI importer applies to a QTI 2.1 package, restated from its source
// (instructure/canvas-lms, gems/plugins/qti_exporter/lib/qti/: converter.rb, assessment_item_converter.rb,
// question_type_educated_guesser.rb, fill_in_the_blank.rb, order_interaction.rb, assessment_test_converter.rb).
import { XMLParser } from 'fast-xml-parser';

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
			return {
				href,
				identifier,
				interaction,
				declared: declaredType !== null,
				converter,
				...(converter === 'FillInTheBlank'
					? { fillInPath: custom === 'text_entry_interaction' ? ('text_entry' as const) : ('canvas_choices' as const) }
					: {}),
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
