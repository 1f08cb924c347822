// The Common Cartridge restored by Moodle's rules (tests/support/moodle-cc.ts) on a quiz with every question type:
// it is recognised, nothing aborts, the teacher's guide is hidden, and each question keeps its key and feedback.
import { describe, expect, it } from 'vitest';
import { ccAnswers, ccExpressible } from '../../../src/lib/exports/cc/assessment';
import { ccFiles, type CartridgeInput } from '../../../src/lib/exports/cc/cartridge';
import { detectsCc11, moodleQuestions, moodleRestore, MoodleRestoreError } from '../../support/moodle-cc';
import { labels, quiz } from './fixture-quiz';

const input: CartridgeInput = {
	title: 'Unit',
	siteUrl: null,
	lessons: [{ slug: 'background', path: '/lessons/background/', title: 'Lesson 1', html: '<p>Text.</p>' }],
	quizzes: [quiz],
	sources: [{ id: 'report-a', label: 'Report A', title: '', paragraphs: ['One.'] }],
	guide: { path: '/teachers/', title: "Teacher's guide", html: '<p>Guide</p>' },
	labels,
};
const assessment = (files: Record<string, string>) => files['assessments/fixture/assessment.xml']!;

describe('the cartridge restored by Moodle’s rules', () => {
	for (const siteUrl of [null, 'https://example.org/unit/']) {
		it(`${siteUrl ? 'with web links' : 'packaged'}: recognised, nothing aborts, the teacher’s guide hidden from students`, () => {
			const files = ccFiles({ ...input, siteUrl });
			expect(detectsCc11(files['imsmanifest.xml']!)).toBe(true);
			const { modules, quizzes } = moodleRestore(files);
			const guide = modules.find((m) => m.title === "Teacher's guide")!;
			expect(guide.visible).toBe(false);
			expect(modules.filter((m) => m !== guide).every((m) => m.visible)).toBe(true);
			expect(Object.keys(quizzes)).toEqual(['quiz_fixture']);
		});
	}

	const questions = moodleQuestions(assessment(ccFiles(input)));
	const byName = (name: string) => questions.find((q) => q.name === name)!;

	it('keeps the questions the profile can express, in order, with their types; ordering and matching are left out', () => {
		expect(questions.map((q) => q.name)).toEqual(quiz.questions.filter(ccExpressible).map((q) => q.id));
		expect(questions.map((q) => [q.type, q.single])).toEqual([
			['multichoice', true],
			['multichoice', false],
			['truefalse', true],
			['shortanswer', true],
			['shortanswer', true],
			['multichoice', false],
		]);
		for (const q of questions) expect(q.defaultGrade).toBe(1);
	});

	it('single choice: the key is worth 1, the others 0, each with its own feedback, none in the general feedback', () => {
		const q = byName('pick-one');
		expect(Object.fromEntries(q.answers.map((a) => [a.text, a.fraction]))).toEqual({
			Right: 1,
			Wrong: 0,
			'Also wrong': 0,
			'Wrong too': 0,
		});
		expect(q.answers.find((a) => a.text === 'Wrong')!.feedback.trim()).toBe('No: that is wrong.');
		expect(q.generalFeedback).toContain('Because.');
		expect(q.generalFeedback).not.toContain('that is wrong');
	});

	it('multiple response: 1/k for each correct option, 0 (never a penalty) for a wrong one; feedback per option', () => {
		const q = byName('three-of-five');
		expect(Object.fromEntries(q.answers.map((a) => [a.text, a.fraction]))).toEqual({
			One: 0.3333333,
			Two: 0,
			Three: 0.3333333,
			Four: 0,
			Five: 0.3333333,
		});
		expect(q.answers.find((a) => a.text === 'Three')!.feedback.trim()).toBe('Yes, three.');
		expect(q.answers.find((a) => a.text === 'Four')!.feedback.trim()).toBe('Not four.');
		expect(q.generalFeedback).not.toMatch(/Not two|Not four|Yes, three/);
		expect(Object.fromEntries(byName('pick-some').answers.map((a) => [a.text, a.fraction]))).toEqual({
			A: 0.5,
			B: 0.5,
			C: 0,
		});
	});

	it('true/false: options identified "true" and "false", the key worth 1', () => {
		expect(byName('true-or-not').answers.map((a) => [a.ident, a.text, a.fraction])).toEqual([
			['true', 'True', 1],
			['false', 'False', 0],
		]);
	});

	it('fill-in: every accepted answer worth 1, never the bare "0" (PHP drops it), "*" literal', () => {
		const how = byName('how-many');
		expect(how.answers.map((a) => a.text)).toEqual(ccAnswers(['none', '0', 'zero', '0 states']));
		expect(how.answers.map((a) => a.text)).toEqual(['none', 'none.', '0.', 'zero', 'zero.', '0 states', '0 states.']);
		expect(how.answers.every((a) => a.fraction === 1)).toBe(true);
		expect(byName('when').answers.map((a) => a.text)).toContain("o'clock \\*");
	});
});

describe('the Moodle rules catch what broke or would break a restore', () => {
	const xml = assessment(ccFiles(input));
	it('true/false options identified otherwise abort the restore', () => {
		const old = xml.replace('ident="true"', 'ident="C1"');
		expect(() => moodleQuestions(old)).toThrow(MoodleRestoreError);
	});
	it('a feedback-only condition after the scoring one takes the key’s mark away', () => {
		const moved = xml.replace(
			/(<respcondition title="Correct" continue="No"><conditionvar><varequal respident="RESPONSE">(C\d)<\/varequal><\/conditionvar>.*?<\/respcondition>)/,
			'$1<respcondition continue="No"><conditionvar><varequal respident="RESPONSE">$2</varequal></conditionvar></respcondition>',
		);
		expect(moved).not.toBe(xml);
		expect(
			moodleQuestions(moved)
				.find((q) => q.name === 'pick-one')!
				.answers.every((a) => a.fraction === 0),
		).toBe(true);
	});
	it('varequals without case="Yes" leave a multiple-response question with no correct answer', () => {
		const plain = xml.replaceAll(' case="Yes"', '');
		expect(
			moodleQuestions(plain)
				.find((q) => q.name === 'three-of-five')!
				.answers.every((a) => a.fraction === 0),
		).toBe(true);
	});
	it('an accepted answer of exactly "0" is dropped', () => {
		const zero = xml.replace(
			'<varequal respident="RESPONSE">none</varequal>',
			'<varequal respident="RESPONSE">0</varequal>',
		);
		expect(
			moodleQuestions(zero)
				.find((q) => q.name === 'how-many')!
				.answers.map((a) => a.text),
		).not.toContain('0');
	});
	it('a manifest whose default namespace comes after 500 bytes is not recognised as a cartridge', () => {
		const manifest = ccFiles(input)['imsmanifest.xml']!;
		expect(detectsCc11(manifest.replace('<manifest ', `<!-- ${'x'.repeat(500)} -->\n<manifest `))).toBe(false);
	});
});
