// A quiz as a cartridge assessment: the QTI 1.2.1 profile of Common Cartridge 1.1 (choice, true/false, fill-in, essay).
import { feedbackText, type ExportedQuestion, type ExportedQuiz } from '../json';
import { choiceOrder, lmsAnswers } from '../lms';
import { escapeXml } from '../xml';
import { QTI_NS, XSI } from './namespaces';

/**
 * Whether Moodle's importer would lose an accepted fill-in answer: it skips one for which PHP's empty() is true
 * (backup/cc/entity11.quiz.class.php, get_answers_fib), and empty("0") is true. Such an answer is left out of the
 * cartridge (as the only one it would leave the question without an answer); "zero" and "none" still stand for 0.
 */
export const ccDropped = (answer: string): boolean => answer === '0';

/** The accepted fill-in answers as the cartridge lists them; Moodle's short answers read * as "anything", so \*. */
export const ccAnswers = (answers: readonly string[]): string[] =>
	lmsAnswers(answers)
		.filter((a) => !ccDropped(a))
		.map((a) => a.replace(/\*/g, '\\*'));

/** The cartridge's assessment profile has choice, true/false, fill-in and essay questions, but no ordering or matching. */
export const ccExpressible = (q: ExportedQuestion): boolean =>
	q.type !== 'order' &&
	q.type !== 'match' &&
	q.type !== 'discussion' &&
	(!('answers' in q) || ccAnswers(q.answers).length > 0);

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
/** Exactly the text "100" and the name SCORE: Moodle finds the correct answers by both (get_answers_fib, get_answers). */
const FULL_MARKS = '<setvar varname="SCORE" action="Set">100</setvar>';
const varequal = (label: string, caseYes = false) =>
	`<varequal respident="RESPONSE"${caseYes ? ' case="Yes"' : ''}>${escapeXml(label)}</varequal>`;
const condition = (test: string, then: string, title = '') =>
	`<respcondition${title ? ` title="${title}"` : ''} continue="No"><conditionvar>${test}</conditionvar>${then}</respcondition>`;

/**
 * One question in the QTI 1.2.1 cartridge profile, written the way Moodle's importer reads it
 * (backup/cc/entity11.quiz.class.php; tests/support/moodle-cc.ts restates each rule):
 * - the general feedback is the only respcondition with continue="Yes" (get_general_feedback gathers the feedback
 *   of every such condition), so an option's feedback never shows as everyone's;
 * - true/false options are identified "true" and "false" (anything else aborts the restore);
 * - single choice and true/false: a condition whose first direct varequal is an option decides that option's mark,
 *   the last such condition winning (get_score), so the scoring condition comes last and also carries the key's own
 *   feedback; the other options' feedback conditions set no mark;
 * - multiple response: one scoring condition, an <and> of case="Yes" varequals for the correct options and <not>s for
 *   the others; Moodle gives each correct option 1/k and never a negative mark (see /teachers/lms/);
 * - fill-in: every accepted answer a direct varequal of the one scoring condition.
 */
export function ccItem(quizId: string, q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const general = `<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>`;
	let presentation = '';
	let conditions = '';
	const feedbacks: string[] = [];
	if ('options' in q) {
		const order = choiceOrder(quizId, q);
		const tf = q.type === 'true-false';
		const labelOf = (i: number) => (tf ? (i === 0 ? 'true' : 'false') : `C${order.indexOf(i) + 1}`);
		presentation = `<response_lid ident="RESPONSE" rcardinality="${q.type === 'multiple' ? 'Multiple' : 'Single'}"><render_choice>${order
			.map((i) => `<response_label ident="${labelOf(i)}">${mattext(q.options[i]!.text)}</response_label>`)
			.join('')}</render_choice></response_lid>`;
		const shows = (i: number) =>
			q.options[i]!.feedback ? `<displayfeedback feedbacktype="Response" linkrefid="${labelOf(i)}_fb"/>` : '';
		q.options.forEach((o, i) => {
			if (o.feedback)
				feedbacks.push(
					`<itemfeedback ident="${labelOf(i)}_fb"><flow_mat>${mattext(o.feedback)}</flow_mat></itemfeedback>`,
				);
		});
		const multiple = q.type === 'multiple';
		const own = q.options.flatMap((o, i) =>
			o.feedback && (multiple || !o.correct) ? [condition(varequal(labelOf(i), multiple), shows(i))] : [],
		);
		if (multiple) {
			const all = q.options.map((o, i) =>
				o.correct ? varequal(labelOf(i), true) : `<not>${varequal(labelOf(i), true)}</not>`,
			);
			conditions = condition(`<and>${all.join('')}</and>`, FULL_MARKS, 'Correct') + own.join('');
		} else {
			const key = q.options.findIndex((o) => o.correct);
			conditions = own.join('') + condition(varequal(labelOf(key)), FULL_MARKS + shows(key), 'Correct');
		}
	} else if ('answers' in q) {
		presentation = `<response_str ident="RESPONSE" rcardinality="Single"><render_fib><response_label ident="answer"/></render_fib></response_str>`;
		conditions = condition(
			ccAnswers(q.answers)
				.map((a) => varequal(a))
				.join(''),
			FULL_MARKS,
			'Correct',
		);
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
