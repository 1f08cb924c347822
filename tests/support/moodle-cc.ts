// Moodle's Common Cartridge 1.1 import, restated from its source (moodle/moodle: backup/converter/imscc11/lib.php,
// backup/cc/cc112moodle.php, cc2moodle.php, entities.class.php, entities11.class.php, entity11.quiz.class.php) as
// tests/support/canvas-qti.ts does for Canvas: what aborts a restore, which modules it creates and which it hides,
// and what each cartridge question becomes in Moodle (type, text, answers and their fractions, feedback).
// The manifest's XML-Schema validation (backup/cc/validator.php, manifest_validator) is done with xmllint elsewhere.
import { descendants, kids, parseXml, path, textOf, type XmlNode } from './xml-tree';

export const CC11_NS = 'http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1';
const LOMR_NS = 'http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource';
const ASSESSMENT = 'imsqti_xmlv1p2/imscc_xmlv1p1/assessment';

/** A restore that stops: an exception, PHP's die() or a PHP 8 TypeError. */
export class MoodleRestoreError extends Error {}

/** PHP's empty() on a DOM nodeValue: true for '' and for '0' (so an answer or text of exactly "0" is lost). */
const empty = (s: string | undefined): boolean => s === undefined || s === '' || s === '0';
/** `!empty($x->item(0)->nodeValue) ? $x->item(0)->nodeValue : ''`, the importer's idiom for reading a value. */
const valueOf = (nodes: XmlNode[]): string => (empty(textOf(nodes[0])) ? '' : textOf(nodes[0]));
/** PHP 8 loose == between two strings: numerically when both are numeric, else exactly. */
const looseEq = (a: string, b: string) =>
	a.trim() !== '' && b.trim() !== '' && !isNaN(Number(a)) && !isNaN(Number(b)) ? Number(a) === Number(b) : a === b;

/** imscc11_converter::detect_format: the default CC 1.1 namespace in the first 500 bytes (lowercased, no spaces or quotes). */
export function detectsCc11(manifest: string): boolean {
	const head = new TextDecoder()
		.decode(new TextEncoder().encode(manifest).slice(0, 500))
		.toLowerCase()
		.replace(/\s*/g, '')
		.replace(/['"]/g, '');
	return head.includes(`xmlns=${CC11_NS}`);
}

export interface MoodleAnswer {
	ident: string;
	text: string;
	/** Moodle's fraction of the mark, 0..1 (as the importer writes it). */
	fraction: number;
	feedback: string;
}
export interface MoodleQuestion {
	ident: string;
	name: string;
	type: 'multichoice' | 'truefalse' | 'shortanswer' | 'essay';
	/** multichoice: one answer (cc.multiple_choice) or several (cc.multiple_response). */
	single: boolean;
	text: string;
	generalFeedback: string;
	defaultGrade: number;
	answers: MoodleAnswer[];
}
export interface MoodleModule {
	title: string;
	resource: string;
	type: string;
	/** cc112moodle::get_module_visible: 0 when the resource's intended end user is Instructor or Mentor. */
	visible: boolean;
}

const PROFILES: Record<string, MoodleQuestion['type']> = {
	'cc.multiple_choice.v0p1': 'multichoice',
	'cc.multiple_response.v0p1': 'multichoice',
	'cc.true_false.v0p1': 'truefalse',
	'cc.essay.v0p1': 'essay',
	'cc.fib.v0p1': 'shortanswer',
};

/** Feedback texts for displayfeedback linkrefids (get_feedback, get_general_feedback): each first mattext, plus ' '. */
function feedbackFor(item: XmlNode, conditions: XmlNode[]): string {
	return conditions
		.flatMap((c) => kids(c, 'displayfeedback'))
		.map((d) => d.attrs['linkrefid'] ?? '')
		.filter((id) => !empty(id))
		.map((id) => {
			const fb = kids(item, 'itemfeedback').filter((f) => f.attrs['ident'] === id);
			const text = valueOf(fb.flatMap((f) => path(f, 'flow_mat', 'material', 'mattext')));
			return text ? `${text} ` : '';
		})
		.join('');
}

/** The first direct conditionvar/varequal's text of a respcondition ('' when none): how get_score and get_feedback key it. */
const firstVarequal = (c: XmlNode) => valueOf(path(c, 'conditionvar', 'varequal'));

/** entity11.quiz.class.php cc11_quiz: one assessment file, as get_questions() and get_answers() read it. */
export function moodleQuestions(assessment: string): MoodleQuestion[] {
	const doc = parseXml(assessment);
	const items = path(doc, 'assessment', 'section', 'item'); // exactly one section level
	const questions: MoodleQuestion[] = [];
	const seen = new Set<string>();
	for (const item of items) {
		const ident = item.attrs['ident'] ?? '';
		if (empty(ident)) continue;
		// Idents go into XPath queries between quotes, and every query finds all items with that ident.
		if (/["']/.test(ident) || seen.has(ident)) throw new MoodleRestoreError(`item ident ${ident} breaks the XPath`);
		seen.add(ident);
		// get_question_type: the last qtimetadatafield labelled exactly cc_profile; anything unknown is skipped.
		const fields = path(item, 'itemmetadata', 'qtimetadata', 'qtimetadatafield');
		const profile = fields.filter((f) => valueOf(kids(f, 'fieldlabel')) === 'cc_profile').at(-1);
		const cc = profile ? valueOf(kids(profile, 'fieldentry')) : '';
		if (cc === 'cc.pattern_match.v0p1')
			throw new MoodleRestoreError(`${ident}: pattern_match answers get the raw setvar as their fraction`);
		const type = PROFILES[cc];
		if (!type) continue;
		const conditions = path(item, 'resprocessing', 'respcondition');
		const flow = path(item, 'presentation', 'flow', 'material', 'mattext');
		const text = valueOf(flow.length ? flow : path(item, 'presentation', 'material', 'mattext'));
		const weighting = fields.find((f) => textOf(kids(f, 'fieldlabel')[0]) === 'cc_weighting');
		const grade = Math.trunc(Number(textOf(kids(weighting, 'fieldentry')[0])) || 0);
		const question: MoodleQuestion = {
			ident,
			name: item.attrs['title'] ?? '',
			type,
			single: cc !== 'cc.multiple_response.v0p1',
			text,
			generalFeedback: feedbackFor(
				item,
				conditions.filter((c) => (c.attrs['continue'] ?? '').toLowerCase() === 'yes'),
			),
			defaultGrade: weighting && grade >= 0 && grade <= 99 ? grade : 1,
			answers: [],
		};
		if (type === 'shortanswer') question.answers = fibAnswers(item, conditions);
		else if (type !== 'essay') question.answers = choiceAnswers(item, conditions, cc);
		if (type === 'truefalse') {
			// create_node_course_question_categories_question_category_question_true_false: exact idents, or an exception.
			for (const a of question.answers)
				if (a.ident !== 'true' && a.ident !== 'false')
					throw new MoodleRestoreError(`Unknown answer identifier detected in true/false quiz question ${ident}`);
			if (!question.answers.some((a) => a.ident === 'true') || !question.answers.some((a) => a.ident === 'false'))
				throw new MoodleRestoreError(`Unable to correctly identify the true and false answers in ${ident}`);
		}
		questions.push(question);
	}
	return questions;
}

/** get_answers for cc.multiple_choice, cc.multiple_response and cc.true_false. */
function choiceAnswers(item: XmlNode, conditions: XmlNode[], cc: string): MoodleAnswer[] {
	const flowed = path(item, 'presentation', 'flow', 'response_lid', 'render_choice', 'response_label');
	const labels = flowed.length ? flowed : path(item, 'presentation', 'response_lid', 'render_choice', 'response_label');
	// Multiple response: //item//setvar[@varname='SCORE'][.=100]/../conditionvar//varequal[@case='Yes'][not(parent::not)]
	const correct = new Set<string>();
	if (cc === 'cc.multiple_response.v0p1')
		for (const setvar of descendants(item, 'setvar'))
			if (setvar.attrs['varname'] === 'SCORE' && Number(textOf(setvar)) === 100)
				for (const v of kids(setvar.parent, 'conditionvar').flatMap((c) => descendants(c, 'varequal')))
					if (v.attrs['case'] === 'Yes' && v.parent?.name !== 'not') correct.add(textOf(v));
	return labels.map((label) => {
		const id = empty(label.attrs['ident']) ? '' : label.attrs['ident']!;
		// get_score: the last condition whose first direct varequal equals the ident (case-insensitively) sets the
		// score, '' when its setvar is missing or empty("0"); the answer is then 1.0 when non-empty, else 0.
		let score = '';
		for (const c of conditions)
			if (looseEq(firstVarequal(c).toLowerCase(), id.toLowerCase())) score = valueOf(kids(c, 'setvar'));
		let fraction = empty(score) ? 0 : 1;
		if (correct.size && correct.has(id)) fraction = Math.round((1 / correct.size) * 1e7) / 1e7;
		const feedback = feedbackFor(
			item,
			conditions.filter((c) => firstVarequal(c).toLowerCase() === id.toLowerCase()),
		);
		return { ident: id, text: valueOf(path(label, 'material', 'mattext')), fraction, feedback };
	});
}

/** get_answers_fib: the first condition with a setvar of exactly "100" holds the correct answers. */
function fibAnswers(item: XmlNode, conditions: XmlNode[]): MoodleAnswer[] {
	// XPath setvar[text()="100"]: a text node of exactly "100" (so "100.0" or " 100" does not count).
	const scoring = conditions.find((c) => kids(c, 'setvar').some((s) => s.content.some((t) => t === '100')));
	const answers = new Map<string, MoodleAnswer>();
	for (const v of path(scoring, 'conditionvar', 'varequal')) {
		const text = valueOf([v]);
		if (empty(text)) continue; // "0" is dropped here
		answers.set(text, { ident: '', text, fraction: 1, feedback: '' });
	}
	const wrong: MoodleAnswer[] = [];
	for (const c of conditions) {
		const setvar = kids(c, 'setvar')[0];
		if (setvar && looseEq(textOf(setvar), '100')) continue;
		if (!path(c, 'conditionvar', 'varequal').length) continue;
		const text = firstVarequal(c);
		// A typo in Moodle ($correctanswerfib) loses the feedback of a correct answer; a wrong one keeps its own.
		if (!answers.has(text)) wrong.push({ ident: '', text, fraction: 0, feedback: feedbackFor(item, [c]) });
	}
	return [...answers.values(), ...wrong];
}

/**
 * A whole cartridge as Moodle restores it: the manifest checks that abort (detect_format, is_auth, a missing or
 * malformed resource file: entities::load_xml_resource dies), the modules from the organization's items (named by
 * the item title, hidden for instructors), and each assessment's questions (an assessment with none is a PHP 8
 * TypeError in generate_instances: count('')).
 */
export function moodleRestore(files: Record<string, string>): {
	modules: MoodleModule[];
	quizzes: Record<string, MoodleQuestion[]>;
} {
	const manifestXml = files['imsmanifest.xml'];
	if (!manifestXml || !detectsCc11(manifestXml)) throw new MoodleRestoreError('not recognised as Common Cartridge 1.1');
	const manifest = parseXml(manifestXml);
	if (kids(manifest, 'authorizations', CC11_NS).length) throw new MoodleRestoreError('protected_cc_not_supported');
	const resources = new Map(path(manifest, 'resources', 'resource').map((r) => [r.attrs['identifier']!, r]));
	const modules: MoodleModule[] = [];
	const quizzes: Record<string, MoodleQuestion[]> = {};
	const root = path(manifest, 'organizations', 'organization', 'item')[0];
	for (const item of descendants(root, 'item')) {
		const ref = item.attrs['identifierref'];
		if (!ref) continue;
		const resource = resources.get(ref);
		if (!resource) throw new MoodleRestoreError(`item ${item.attrs['identifier']} names a missing resource ${ref}`);
		const type = resource.attrs['type'] ?? '';
		// cc112moodle::get_module_visible: the first lom:intendedEndUserRole/lom:value under the resource (LOM resource ns).
		const role = descendants(resource, 'intendedEndUserRole', LOMR_NS).flatMap((r) => kids(r, 'value', LOMR_NS))[0];
		const hidden = role !== undefined && /^(instructor|mentor)$/i.test(textOf(role).trim());
		modules.push({ title: textOf(kids(item, 'title')[0]), resource: ref, type, visible: !hidden });
		if (type === 'webcontent') continue;
		// entities11::get_external_xml: the first <file> is the resource's XML, loaded or the restore dies.
		const href = kids(resource, 'file')[0]?.attrs['href'];
		const xml = href ? files[href] : undefined;
		if (!xml) throw new MoodleRestoreError(`${ref}: no file to load`);
		try {
			parseXml(xml);
		} catch (e) {
			throw new MoodleRestoreError(`${ref}: ${href} is not well-formed: ${String(e)}`);
		}
		if (type === ASSESSMENT) {
			const questions = moodleQuestions(xml);
			if (!questions.length) throw new MoodleRestoreError(`${ref}: no importable question (count('') on PHP 8)`);
			quizzes[ref] = questions;
		}
	}
	return { modules, quizzes };
}
