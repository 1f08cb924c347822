import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from '../../support/fixture-site';

// What an author sees from `astro build` when a file they wrote is malformed or a quiz item is flawed.
const edit = (dir: string, file: string, change: (text: string) => string) => {
	const path = join(dir, file);
	const text = readFileSync(path, 'utf8');
	const changed = change(text);
	if (changed === text) throw new Error(`fixture edit did not apply to ${file}`);
	writeFileSync(path, changed);
};

/** A complete quiz meeting every rule but the ones a test breaks on purpose. */
const quiz = (single: string) => `title: Flawed
lesson: null
order: 99
questions:
${single}
  - { id: t1, type: true-false, prompt: "Report A dates the offensive to Tuesday.", answer: true, explanation: "It does.", evidence: [{ source: report-a, paragraph: 7, quote: "on Tuesday" }] }
  - { id: t2, type: true-false, prompt: "Report A names the regional capital.", answer: false, explanation: "It does not.", evidence: [{ source: report-a, paragraph: 8, quote: "the regional capital" }] }
  - { id: f1, type: fill-in, prompt: "How long was the 2020 offensive, in days?", answers: ["44 days"], kind: duration, explanation: "A12.", evidence: [{ source: report-a, paragraph: 12, quote: "44-day offensive" }] }
  - { id: o1, type: order, prompt: "Order.", items: [a, b, c], explanation: "A7, A3.", evidence: [{ source: report-a, paragraph: 7, quote: "on Tuesday" }] }
  - { id: m1, type: match, prompt: "Match.", pairs: [{ left: x, right: X }, { left: y, right: Y }], distractors: [Z], explanation: "e.", evidence: [{ source: report-a, paragraph: 7, quote: "on Tuesday" }] }
`;

describe('astro build with malformed authored files', () => {
	it('an unclosed component in a lesson: the file, the line, the problem and the fix, no stack trace', () => {
		let line = 0;
		const { status, output } = buildFixture((dir) =>
			edit(dir, 'src/content/docs/lessons/background.mdx', (text) => {
				line = text.slice(0, text.indexOf('<Cite ')).split('\n').length;
				return text.replace(/(<Cite [^>]*?)\s*\/>/, '$1>');
			}),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			new RegExp(
				`src/content/docs/lessons/background\\.mdx:${line}:\\d+\\n {2}Problem: the MDX cannot be read: Expected a closing tag for \`<Cite>\``,
			),
		);
		expect(output).toContain(
			'Fix: close the component: write <Cite … /> when it has no content, or end it with </Cite>',
		);
		expect(output).not.toMatch(/at mdxToMdast|compile\.js/);
	});

	it('a YAML syntax error in a quiz: the file, the line, the problem and the fix', () => {
		const { status, output } = buildFixture((dir) =>
			edit(dir, 'src/content/quizzes/review.yaml', (text) => text.replace(/^title: (.*)$/m, 'title: [$1')),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			'src/content/quizzes/review.yaml:1:8\n  Problem: the YAML cannot be read: the [ here is never closed with ].',
		);
		expect(output).toMatch(/Fix: close every \[ with \]/);
		expect(output).not.toMatch(/js-yaml/);
	});

	it('a YAML syntax error in the claim ledger: its file, line and column alone, no stack and no follow-on errors', () => {
		let line = 0;
		const { status, output } = buildFixture((dir) =>
			edit(dir, 'src/content/claims.yaml', (text) => {
				line = text.slice(0, text.indexOf('  note: ')).split('\n').length;
				return text.replace(/^( {2}note: )(.*)$/m, '$1A note: with a colon');
			}),
		);
		expect(status).not.toBe(0);
		expect(output).toContain(
			`src/content/claims.yaml:${line}:9\n  Problem: the YAML cannot be read: Nested mappings are not allowed in compact mappings.`,
		);
		expect(output.match(/^ {2}Problem: /gm)).toHaveLength(1);
		expect(output).not.toMatch(/Stack trace|Location:|composer\.js/);
	});

	it('a flawed quiz item stops the build naming the quiz, the question, the rule and the fix', () => {
		const flawed = `  - id: who-proposed
    type: single
    prompt: According to report A, whose proposal did the Karabakh authorities accept?
    options:
      - { text: "The command of the Russian peacekeeping contingent", correct: true }
      - { text: "Turkey", feedback: "Report B says Turkey backed Azerbaijan." }
      - { text: "Armenia" }
    explanation: A10 quotes the statement.
    evidence: [{ source: report-a, paragraph: 10, quote: "accept the proposal of the command of the Russian peacekeeping contingent" }]`;
		const { status, output } = buildFixture((dir) =>
			writeFileSync(join(dir, 'src/content/quizzes/flawed.yaml'), quiz(flawed)),
		);
		expect(status).not.toBe(0);
		// The question's own line in the new file: line 5 (after title, lesson, order and questions), at its map.
		expect(output).toMatch(
			/src\/content\/quizzes\/flawed\.yaml:5:5 → question "who-proposed"\n {2}Problem: item rule key-length: the right option is \d+\.\d\d times as long as the longest wrong one/,
		);
		expect(output).toContain(
			'src/content/quizzes/flawed.yaml:5:5 → question "who-proposed"\n  Problem: item rule distractor-feedback: the wrong option "Armenia" has no feedback.',
		);
		expect(output).toMatch(/Fix: add feedback: to it/);
		expect(output).toContain('waive the rule with allow: [{ rule: key-length, why: "…" }]');
	});

	it('a fill-in with an unknown kind of answer: the quiz, the question, the kinds there are', () => {
		let line = 0;
		const { status, output } = buildFixture((dir) =>
			edit(dir, 'src/content/quizzes/review.yaml', (text) => {
				line = text.slice(0, text.search(/^ {4}kind: number$/m)).split('\n').length;
				return text.replace(/^( {4}kind: )number$/m, '$1count');
			}),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			new RegExp(
				`src/content/quizzes/review\\.yaml:${line}:11 → question "[a-z0-9-]+" → kind\\n {2}Problem: .*kind is one of: time, number, duration, phrase`,
			),
		);
	});

	it('a fill-in whose canonical answer the matcher cannot read as its kind: the answer, the kind and the fix', () => {
		const { status, output } = buildFixture((dir) =>
			edit(dir, 'src/content/quizzes/ceasefire-terms.yaml', (text) =>
				text.replace(/^( {4}answers: )\["09:00 GMT on Wednesday"\]$/m, '$1["on Wednesday morning"]'),
			),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			/src\/content\/quizzes\/ceasefire-terms\.yaml:\d+:5 → question "time-in-gmt"\n {2}Problem: the answer "on Wednesday morning" cannot be read as a time\.\n {2}Fix: write one time, e\.g\. "09:00 GMT"/,
		);
	});
});
