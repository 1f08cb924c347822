import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { quizSchema, quizzesBalance } from '../../../src/lib/quiz/schema';
import { readSources } from '../../../src/lib/sources/seeds';
import { readResolvedQuiz } from '../../../src/loaders/quiz-bank';

// The same checks as the build, without a build: every shipped quiz meets its schema and the item-writing rules (a
// quiz's questions listed by reference resolved as the quizzes loader resolves them).
const schema = quizSchema(readSources('seeds'));
const dir = 'src/content/quizzes';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
const read = (file: string) => readResolvedQuiz(dir, file.replace(/\.yaml$/, ''));

describe('shipped quizzes', () => {
	it.each(files)('%s meets the schema and every item rule', (file) => {
		const result = schema.safeParse(read(file));
		const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(issues).toEqual([]);
	});
	it('keep true/false keys between 40 % and 60 % true over the site', () => {
		const entries = files.map((f) => ({
			id: f,
			data: read(f),
		}));
		expect(quizzesBalance(entries)).toEqual([]);
	});
});
