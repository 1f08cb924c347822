// A quiz as a cartridge assessment: the QTI 1.2.1 profile of Common Cartridge 1.1 (choice, true/false, fill-in, essay).
import { feedbackText, type ExportedQuestion, type ExportedQuiz } from '../json';
import { choiceOrder, lmsAnswers } from '../lms';
import { escapeXml } from '../xml';
import { QTI_NS, XSI } from './namespaces';

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
