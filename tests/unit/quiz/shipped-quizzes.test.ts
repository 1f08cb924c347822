import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { quizSchema, quizzesBalance } from '../../../src/lib/quiz/schema';
import { readSources } from '../../../src/lib/sources/seeds';

// The same checks as the build, without a build: every shipped quiz meets its schema and the item-writing rules.
const schema = quizSchema(readSources('seeds'));
const dir = 'src/content/quizzes';
const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));

describe('shipped quizzes', () => {
	it.each(files)('%s meets the schema and every item rule', (file) => {
		const result = schema.safeParse(parse(readFileSync(`${dir}/${file}`, 'utf8')));
		const issues = result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
		expect(issues).toEqual([]);
	});
	it('keep true/false keys between 40 % and 60 % true over the site', () => {
		const entries = files.map((f) => ({
			id: f,
			data: parse(readFileSync(`${dir}/${f}`, 'utf8')) as Record<string, unknown>,
		}));
		expect(quizzesBalance(entries)).toEqual([]);
	});
});
