// Moodle XML (question/format/xml), derived from the canonical JSON export: keeps what GIFT cannot (the ordering
// type of Moodle 4.4+, per-answer and general feedback, shuffling, spare matching answers, essays worth 0 marks).
import { feedbackText, type ExportedQuestion, type ExportedQuiz } from './json';
import { choiceOrder, guidanceText, lmsAnswers, matchRights } from './lms';
import { escapeXml } from './xml';

/** Moodle's question category for a quiz: course level, under one folder for the whole unit. */
export const moodleCategory = (quiz: ExportedQuiz) =>
	`$course$/top/Karabakh ceasefire 2023/${quiz.title.replace(/\//g, '-')}`;

const text = (value: string) => `<text>${escapeXml(value)}</text>`;
const html = (tag: string, value: string, attrs = '') => `<${tag}${attrs} format="html">${text(value)}</${tag}>`;
/** Moodle's shortanswer treats * as a wildcard; a literal one is written \*. */
const shortAnswer = (value: string) => value.replace(/\*/g, '\\*');
const fraction = (n: number) => String(Number(n.toFixed(7)));

function answers(quizId: string, q: ExportedQuestion): { type: string; body: string } {
	const combined = (q2: ExportedQuestion) =>
		q2.type === 'discussion'
			? ''
			: `${html('correctfeedback', 'Correct.')}${html('partiallycorrectfeedback', 'Partly correct.')}${html('incorrectfeedback', 'Incorrect.')}<shownumcorrect/>`;
	if (q.type === 'true-false' && 'options' in q) {
		const isTrue = q.options[0]!.correct;
		return {
			type: 'truefalse',
			body: [true, false]
				.map(
					(v) =>
						`<answer fraction="${v === isTrue ? 100 : 0}" format="moodle_auto_format">${text(String(v))}${html('feedback', '')}</answer>`,
				)
				.join(''),
		};
	}
	if ('options' in q) {
		// Multiple: ±100/k per option; Moodle adds the fractions ticked and keeps the sum within 0..1.
		const right = q.options.filter((o) => o.correct).length;
		const single = q.type === 'single';
		const weight = (correct: boolean) =>
			single ? (correct ? 100 : 0) : correct ? fraction(100 / right) : fraction(-100 / right);
		const opts = choiceOrder(quizId, q).map((i) => {
			const o = q.options[i]!;
			return `<answer fraction="${weight(o.correct)}" format="html">${text(o.text)}${html('feedback', o.feedback ?? '')}</answer>`;
		});
		return {
			type: 'multichoice',
			body: `<single>${single}</single><shuffleanswers>true</shuffleanswers><answernumbering>abc</answernumbering><showstandardinstruction>0</showstandardinstruction>${combined(q)}${opts.join('')}`,
		};
	}
	if ('answers' in q) {
		// usecase 0: Moodle ignores case; accents and punctuation still count, so every spelling is listed.
		const list = lmsAnswers(q.answers).map(
			(a) =>
				`<answer fraction="100" format="moodle_auto_format">${text(shortAnswer(a))}${html('feedback', '')}</answer>`,
		);
		return { type: 'shortanswer', body: `<usecase>0</usecase>${list.join('')}` };
	}
	if ('items' in q) {
		// Moodle 4.4+ core ordering: answers in the right order; Moodle shuffles them for each attempt. ABSOLUTE_POSITION
		// gives 1/n for each item in its correct place (contracts.md "Scoring"; qtype_ordering_question::grade_response).
		const list = q.items.map((item, i) => `<answer fraction="${i + 1}" format="html">${text(item)}</answer>`);
		return {
			type: 'ordering',
			body: `<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype><selectcount>0</selectcount><gradingtype>ABSOLUTE_POSITION</gradingtype><showgrading>SHOW</showgrading><numberingstyle>none</numberingstyle>${combined(q)}${list.join('')}`,
		};
	}
	if ('pairs' in q) {
		// A subquestion with empty text is a spare (wrong) answer in Moodle matching. Moodle gives 1/n for each left item
		// matched right (qtype_match_question::grade_response), as contracts.md "Scoring" asks.
		const rights = matchRights(quizId, q);
		const subs = [
			...q.pairs.map(
				(p) => `<subquestion format="html">${text(p.left)}<answer>${text(p.right)}</answer></subquestion>`,
			),
			...rights
				.filter((r) => r.pair === null)
				.map((r) => `<subquestion format="html"><text></text><answer>${text(r.text)}</answer></subquestion>`),
		];
		return { type: 'matching', body: `<shuffleanswers>true</shuffleanswers>${combined(q)}${subs.join('')}` };
	}
	const guidance = 'guidance' in q ? q.guidance : [];
	return {
		type: 'essay',
		body: `<responseformat>editor</responseformat><responserequired>1</responserequired><responsefieldlines>10</responsefieldlines><attachments>0</attachments><attachmentsrequired>0</attachmentsrequired>${html('graderinfo', guidanceText(guidance))}${html('responsetemplate', '')}`,
	};
}

export function moodleQuestion(quizId: string, q: ExportedQuestion, labels: ReadonlyMap<string, string>): string {
	const { type, body } = answers(quizId, q);
	const general = q.type === 'discussion' && 'guidance' in q ? guidanceText(q.guidance) : feedbackText(q, labels);
	return `<question type="${type}">
<name>${text(q.id)}</name>
${html('questiontext', q.prompt)}
${html('generalfeedback', general)}
<defaultgrade>${q.type === 'discussion' ? 0 : 1}</defaultgrade>
<penalty>0.3333333</penalty>
<hidden>0</hidden>
<idnumber>${escapeXml(`${quizId}--${q.id}`)}</idnumber>
${body}
</question>`;
}

export function toMoodleXml(quiz: ExportedQuiz, labels: ReadonlyMap<string, string>): string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<!-- ${escapeXml(quiz.title).replace(/--/g, '-')}: Moodle XML from "The September 2023 ceasefire in Nagorno-Karabakh", a sourced classroom guide. Import: Question bank, Import, format "Moodle XML". -->
<quiz>
<question type="category"><category>${text(moodleCategory(quiz))}</category><info format="html"><text>${escapeXml(`Questions of the quiz ${quiz.title}.`)}</text></info></question>
${quiz.questions.map((q) => moodleQuestion(quiz.id, q, labels)).join('\n')}
</quiz>
`;
}
