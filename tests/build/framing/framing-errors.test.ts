// A word that carries a side, written bare in the guide's own voice, stops the build with the file, the line, the
// word, whose word it is and the neutral wording (issue 23): in a lesson, a quiz option and a timeline entry.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerpt } from '../../support/build-output';
import { buildFixture } from '../../support/fixture-site';
import { readmeBlock, updating, writeReadmeBlock } from '../../support/readme-blocks';

/** Replaces `from` (which must be there) with `to` in a file of the fixture copy. */
const edit = (dir: string, file: string, from: string, to: string) => {
	const text = readFileSync(join(dir, file), 'utf8');
	if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
	writeFileSync(join(dir, file), text.replace(from, to));
};
/** The 1-based line of `needle` in a file of the repository. */
const lineOf = (file: string, needle: string) =>
	readFileSync(join(import.meta.dirname, '../../..', file), 'utf8')
		.split(needle)[0]!
		.split('\n').length;

describe('astro build with a word that carries a side in the guide’s own voice', () => {
	it('a lesson sentence calling the offensive an invasion', () => {
		const file = 'src/content/docs/lessons/background.mdx';
		const sentence = 'different words: a "war" in report A, a "battle" or "conflict" in report B.';
		const { status, output } = buildFixture((dir) =>
			edit(dir, file, sentence, `${sentence} The invasion began on Tuesday.`),
		);
		expect(status).not.toBe(0);
		const column = `${sentence} The invasion`.indexOf('invasion') + 1;
		expect(output).toContain(`${file}:${lineOf(file, sentence)}:${column} → paragraph`);
		expect(output).toContain(`"invasion" stands in the guide's own voice: "The invasion began on Tuesday."`);
		expect(output).toContain('the view that the offensive entered territory not Azerbaijan');
		expect(output).toContain('Report B, in its own voice (the body');
		expect(output).toContain('Fix: write "the offensive" or "the military operation" instead');
		// README's example in "Words that carry a side" is this build's message.
		const shown = excerpt(output, [/"invasion" stands in the guide's own voice/], { more: false });
		if (updating) writeReadmeBlock('framing-invasion', shown);
		else expect(readmeBlock('framing-invasion')).toBe(shown);
	});

	it('a quiz option naming the ethnic Armenian side "separatists", quoted but with no source named', () => {
		const file = 'src/content/quizzes/review.yaml';
		const option = '{ text: Wednesday 20 September 2023, correct: true }';
		const { status, output } = buildFixture((dir) =>
			edit(dir, file, option, '{ text: "The day the \\"separatists\\" accepted", correct: true }'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(
			new RegExp(`${file}:${lineOf(file, option)}:\\d+ → questions\\[0\\]\\.options\\[0\\]\\.text`),
		);
		expect(output).toContain('"separatists" is quoted, but no report or party is named in its sentence');
		expect(output).toContain('Report A, in its sentence on what President Aliyev');
		expect(output).toContain('"the ethnic Armenian authorities" or "the ethnic Armenian forces"');
	});

	it('a timeline entry on the "Republic of Artsakh" in its own words, and one saying the region was taken over', () => {
		const file = 'src/content/timeline.yaml';
		const title = 'title: The end of the Soviet Union; the first fighting over the region';
		const { status, output } = buildFixture((dir) =>
			edit(dir, file, title, 'title: Artsakh is founded; ethnic Armenian forces took over the region'),
		);
		expect(status).not.toBe(0);
		expect(output).toMatch(new RegExp(`${file}:${lineOf(file, title)}:\\d+ → \\[0\\]\\.title`));
		expect(output).toContain(`"Artsakh" stands in the guide's own voice`);
		expect(output).toContain('the view that the territory is a state of its own; Azerbaijan would reject it');
		expect(output).toContain(`"took over" stands in the guide's own voice`);
	});
});
