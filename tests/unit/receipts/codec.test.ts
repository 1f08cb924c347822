// Receipt codes: round trips for every kind of answer, long and non-Latin names, written answers; damage, edits and
// versions reported, never misread; the longest shipped quiz's receipt fits a form field (under 2,000 characters).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	decodeReceipt,
	encodeReceipt,
	RECEIPT_CODE,
	type Receipt,
	type ReceiptQuestion,
} from '../../../src/lib/receipts/codec';
import { receiptText } from '../../../src/lib/receipts/receipt';

const base: Receipt = {
	quiz: 'background',
	build: 'abc123',
	mode: 'test',
	seed: 'class-4b',
	name: 'Ani Petrosyan',
	started: Date.parse('2026-12-07T09:30:00Z'),
	handedIn: Date.parse('2026-12-07T09:42:13Z'),
	questions: [
		{ id: 'single', hash: 'a1', answer: [2], points: 1 },
		{ id: 'multiple', hash: 'b2', answer: [0, 3], points: 0.5 },
		{ id: 'true-false', hash: 'c3', answer: [1], points: 0 },
		{ id: 'fill-in', hash: 'd4', answer: '09:00 GMT, “not” 1pm', points: 1 },
		{ id: 'order', hash: 'e5', answer: [2, 1, 3, 4], points: 0.5 },
		{ id: 'match', hash: 'f6', answer: [0, -1, 4], points: 0.333 },
		{
			id: 'talk',
			hash: 'g7',
			answer: 'Both reports say the talks were planned.\nReport A names Yevlakh.',
			points: null,
		},
		{ id: 'skipped', hash: 'h8', answer: null, points: 0 },
	],
};
const roundTrip = (r: Receipt) => {
	const [, version, code] = new RegExp(RECEIPT_CODE.source).exec(encodeReceipt(r))!;
	return decodeReceipt(Number(version), code!);
};

describe('receipt codes', () => {
	it('come back exactly as written: every kind of answer, part marks, a written answer, nothing answered', () => {
		expect(roundTrip(base)).toEqual({ receipt: base });
	});
	it('keep long and non-Latin names and empty or long written answers', () => {
		for (const name of ['Ալինա Պետրոսյան', 'Leyla Əliyeva', '李雷', 'x'.repeat(100), ''])
			expect(roundTrip({ ...base, name })).toEqual({ receipt: { ...base, name } });
		const written: ReceiptQuestion[] = [{ id: 'talk', hash: 'g7', answer: 'word '.repeat(300), points: null }];
		expect(roundTrip({ ...base, questions: written })).toEqual({ receipt: { ...base, questions: written } });
	});
	it('use only letters, digits, - and _ after the prefix, so they survive e-mail, chat and forms', () => {
		expect(encodeReceipt(base)).toMatch(/^KCG1\.[A-Za-z0-9_-]+$/);
	});
	it('a damaged code (cut short, a character changed or dropped) is reported, never misread', () => {
		const code = encodeReceipt(base).slice('KCG1.'.length);
		expect(decodeReceipt(1, code.slice(0, code.length - 6))).toHaveProperty('problem');
		for (const at of [8, 20, code.length - 3]) {
			const changed = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
			expect(decodeReceipt(1, changed), `changed at ${at}`).toHaveProperty('problem');
			expect(decodeReceipt(1, code.slice(0, at) + code.slice(at + 1)), `dropped at ${at}`).toHaveProperty('problem');
		}
	});
	it('an edit that keeps the code valid deflate still fails its checksum', () => {
		// Re-pack with another score but the old checksum: what a student editing the code by hand would produce.
		const bytes = (r: Receipt) => Buffer.from(encodeReceipt(r).slice(5), 'base64url');
		const honest = bytes(base);
		const forged = bytes({ ...base, questions: base.questions.map((q) => ({ ...q, points: 1 })) });
		// The honest checksum (the first 4 bytes) on the forged body: it unpacks, but does not check out.
		const mixed = Buffer.concat([honest.subarray(0, 4), forged.subarray(4)]).toString('base64url');
		expect(decodeReceipt(1, mixed)).toEqual({ problem: 'checksum' });
	});
	it('a code from another version of the format is reported as such', () => {
		expect(decodeReceipt(2, encodeReceipt(base).slice(5))).toEqual({ problem: 'version' });
	});
	it('the longest shipped quiz, with short written answers, fits in under 2,000 characters', () => {
		const quizzes = readdirSync('src/content/quizzes').map(
			(f) =>
				parse(readFileSync(`src/content/quizzes/${f}`, 'utf8')) as {
					title: string;
					questions: { id: string; type: string }[];
				},
		);
		for (const quiz of quizzes) {
			const questions: ReceiptQuestion[] = quiz.questions.map((q, i) => ({
				id: q.id,
				hash: `h${i}xyz`,
				answer:
					q.type === 'discussion'
						? 'Report A quotes the authorities; report B gives the figures from Karabakh officials.'
						: q.type === 'fill-in'
							? 'at least 232 casualties'
							: [0, 1, 2, 3],
				points: q.type === 'discussion' ? null : 0.5,
			}));
			const text = receiptText({ ...base, name: 'Anahit Hovhannisyan-Mammadova', questions }, quiz.title, 6.5, 9);
			expect(text.length, quiz.title).toBeLessThan(2000);
		}
	});
});
