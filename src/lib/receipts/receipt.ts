// What a receipt says and how a quiz's version is told: the question hashes, the receipt of an attempt, its text.
import { hashSeed } from '../quiz/shuffle';
import type { Attempt } from '../quiz/storage';
import { formatScore } from '../quiz/storage';
import { encodeReceipt, type Receipt } from './codec';

/** A short hash of what a question asks and what counts as its answer: a receipt from before a change is spotted. */
export const questionHash = (question: unknown): string => hashSeed(JSON.stringify(question)).toString(36).slice(0, 5);

/** The quiz's version: a hash of its questions' hashes, in order. */
export const buildTag = (hashes: readonly string[]): string => hashSeed(hashes.join(' ')).toString(36);

/** What the quiz page knows to write a receipt: its title, version and each question's hash (graded or not). */
export interface ReceiptInfo {
	title: string;
	build: string;
	hashes: Record<string, string>;
}

/** The receipt of a handed-in attempt. */
export function attemptReceipt(quiz: string, info: ReceiptInfo, attempt: Attempt): Receipt {
	return {
		quiz,
		build: info.build,
		mode: 'test',
		seed: attempt.seed,
		name: attempt.name ?? '',
		started: attempt.started ? Date.parse(attempt.started) : 0,
		handedIn: Date.parse(attempt.at),
		questions: Object.entries(info.hashes).map(([id, hash]) => ({
			id,
			hash,
			answer: attempt.answers[id] ?? null,
			points: id in attempt.points ? attempt.points[id]! : null,
		})),
	};
}

/** "7 Dec 2026, 10:42": day, month in words and time, which no country reads another way. */
export const receiptDate = (ms: number): string =>
	new Date(ms).toLocaleString('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		hour: '2-digit',
		minute: '2-digit',
	});

/** The receipt as text: a line a person reads (guide, quiz, name, score, date), then the code line. */
export function receiptText(receipt: Receipt, title: string, score: number, max: number): string {
	const name = receipt.name.trim() || '(no name given)';
	const line = `Karabakh ceasefire guide · ${title} · ${name} · ${formatScore(score)} of ${max} · handed in ${receiptDate(receipt.handedIn)}`;
	return `${line}\n${encodeReceipt(receipt)}\n`;
}
