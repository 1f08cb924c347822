// A receipt's code line (contracts.md, "Receipts and class results"): one handed-in attempt as plain text that survives
// e-mail, chat, a Classroom comment or a form field. The attempt as compact JSON, deflated (fflate), with a CRC-32 of
// the JSON (crc-32) and a URL-safe base64 alphabet, behind a versioned prefix: KCG1.<code>. A damaged or edited code
// fails its checksum and is reported, never counted. Pure: the quiz page writes it, the results page reads it.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import CRC32 from 'crc-32';
import type { Response } from '../quiz/grading';
import { isResponse } from '../quiz/storage';

/** crc-32 is CommonJS: its default import works in the browser bundle, in Vite and in Node alike. */
const crc32 = (text: string): number => CRC32.str(text);

export const RECEIPT_VERSION = 1;
/** Finds receipt codes in any text: the prefix with its version, then the URL-safe code. */
export const RECEIPT_CODE = /\bKCG(\d+)\.([A-Za-z0-9_-]{16,})/g;

/** One question as handed in: its id, a hash of its wording and key (to spot a changed question), answer, points. */
export interface ReceiptQuestion {
	id: string;
	hash: string;
	/** The answer, written answers included; null when none was given. */
	answer: Response | null;
	/** Points 0 to 1 as the quiz marked it; null for a discussion question (not graded). */
	points: number | null;
}
export interface Receipt {
	quiz: string;
	/** A hash of the quiz's version (its questions' hashes): another version's receipt is flagged. */
	build: string;
	mode: 'test' | 'practice';
	seed: string;
	name: string;
	/** Epoch milliseconds (to the second); started is 0 when unknown. */
	started: number;
	handedIn: number;
	questions: ReceiptQuestion[];
}

type Packed = [
	format: 'r1',
	quiz: string,
	build: string,
	mode: 't' | 'p',
	seed: string,
	name: string,
	started: number,
	handedIn: number,
	questions: [id: string, hash: string, answer: Response | 0, points: number][],
];

const toBase64Url = (bytes: Uint8Array): string =>
	btoa(String.fromCharCode(...bytes))
		.replace(/\+/g, '-')
		.replace(/\//g, '_')
		.replace(/=+$/, '');
const fromBase64Url = (text: string): Uint8Array =>
	Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

const seconds = (ms: number) => Math.round(ms / 1000);

/** The code line for a receipt: KCG1. and the code. */
export function encodeReceipt(r: Receipt): string {
	const packed: Packed = [
		'r1',
		r.quiz,
		r.build,
		r.mode === 'test' ? 't' : 'p',
		r.seed,
		r.name,
		seconds(r.started),
		seconds(r.handedIn),
		r.questions.map((q) => [q.id, q.hash, q.answer ?? 0, q.points === null ? -1 : Math.round(q.points * 1000)]),
	];
	const json = strToU8(JSON.stringify(packed));
	const body = deflateSync(json, { level: 9 });
	const check = new Uint8Array(4);
	new DataView(check.buffer).setInt32(0, crc32(JSON.stringify(packed)));
	return `KCG${RECEIPT_VERSION}.${toBase64Url(new Uint8Array([...check, ...body]))}`;
}

/** Why a code could not be read, in a teacher's words. */
export type ReceiptProblem = 'damaged' | 'checksum' | 'version' | 'content';
export const PROBLEM_TEXT: Record<ReceiptProblem, string> = {
	damaged: 'the code is damaged or cut short (it cannot be unpacked)',
	checksum: 'the code was changed after the quiz wrote it (its checksum does not match)',
	version: 'it comes from a newer version of the guide, which this page cannot read',
	content: 'the code unpacks, but not to a receipt of this guide',
};

const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.length <= max;
const isTime = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) < 1e11;

/** Reads a code (the part after KCG<version>.), or says why it cannot. */
export function decodeReceipt(version: number, code: string): { receipt: Receipt } | { problem: ReceiptProblem } {
	if (version !== RECEIPT_VERSION) return { problem: 'version' };
	let text: string;
	let check: number;
	try {
		const bytes = fromBase64Url(code);
		if (bytes.length < 6) return { problem: 'damaged' };
		check = new DataView(bytes.buffer, bytes.byteOffset).getInt32(0);
		text = strFromU8(inflateSync(bytes.subarray(4)));
	} catch {
		return { problem: 'damaged' };
	}
	if (crc32(text) !== check) return { problem: 'checksum' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { problem: 'content' };
	}
	if (!Array.isArray(data) || data[0] !== 'r1' || data.length !== 9) return { problem: 'content' };
	const [, quiz, build, mode, seed, name, started, handedIn, questions] = data as unknown[];
	if (!isText(quiz) || !isText(build) || (mode !== 't' && mode !== 'p') || !isText(seed) || !isText(name))
		return { problem: 'content' };
	if (!isTime(started) || !isTime(handedIn) || !Array.isArray(questions)) return { problem: 'content' };
	const read: ReceiptQuestion[] = [];
	for (const q of questions as unknown[]) {
		if (!Array.isArray(q) || q.length !== 4) return { problem: 'content' };
		const [id, hash, answer, points] = q as unknown[];
		if (!isText(id) || !isText(hash) || !(answer === 0 || isResponse(answer))) return { problem: 'content' };
		if (!Number.isInteger(points) || (points as number) < -1 || (points as number) > 1000)
			return { problem: 'content' };
		read.push({
			id,
			hash,
			answer: answer === 0 ? null : answer,
			points: points === -1 ? null : (points as number) / 1000,
		});
	}
	return {
		receipt: {
			quiz,
			build,
			mode: mode === 't' ? 'test' : 'practice',
			seed,
			name,
			started: started * 1000,
			handedIn: handedIn * 1000,
			questions: read,
		},
	};
}
