// The results page's readers: receipts pasted with anything between them, .txt files, a .zip with other files and
// nested folders, a .csv with other columns and quoted multi-line cells; empty, 10 MB and foreign files reported.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { encodeReceipt } from '../../../src/lib/receipts/codec';
import { readCsv, readFile, readPaste } from '../../../src/lib/results/readers';
import { receipt, receiptText } from './fixtures';

const ani = receiptText(receipt('Ani'));
const babken = receiptText(receipt('Babken', { one: [1] }));
const codeOf = (text: string) => text.split('\n')[1]!.slice('KCG1.'.length);
const bytes = (text: string) => strToU8(text);

describe('readPaste', () => {
	it('finds receipts separated by anything, with the line each code is on', () => {
		const text = `Here are my class's receipts:\n\n${ani}-- forwarded --\nSent from my phone ${babken.replace('\n', ' ')}`;
		const { found, unread } = readPaste(text);
		expect(found.map((f) => [f.code, f.where])).toEqual([
			[codeOf(ani), 'pasted text, line 4'],
			[codeOf(babken), 'pasted text, line 6'],
		]);
		expect(unread).toEqual([]);
	});
	it('reports text with no receipt, a code cut to nothing, and a first line whose code line is missing', () => {
		expect(readPaste('Dear teacher, here is my homework.').unread).toEqual([
			{ where: 'pasted text', why: expect.stringMatching(/^no receipt in it/) },
		]);
		expect(readPaste('KCG1.abc').found).toEqual([{ version: 1, code: 'abc', where: 'pasted text, line 1' }]);
		const cut = readPaste(`${ani.split('\n')[0]}\n\nthanks`);
		expect(cut.unread).toEqual([{ where: 'pasted text, line 1', why: expect.stringMatching(/without its code line/) }]);
		expect(readPaste('   \n').unread).toEqual([]);
	});
});

describe('readFile', () => {
	it('reads .txt files; an empty or a 10 MB file is reported, not read', () => {
		expect(readFile('ani.txt', bytes(ani)).found).toHaveLength(1);
		expect(readFile('ani.txt', bytes(ani)).found[0]!.where).toBe('ani.txt, line 2');
		expect(readFile('empty.txt', new Uint8Array()).unread).toEqual([{ where: 'empty.txt', why: 'the file is empty' }]);
		const big = new Uint8Array(10 * 1024 * 1024).fill(65);
		expect(readFile('big.txt', big)).toEqual({
			found: [],
			unread: [{ where: 'big.txt', why: expect.stringMatching(/^too large \(10\.0 MB\)/) }],
		});
		expect(readFile('photo.png', new Uint8Array([137, 80, 78, 71, 0, 0, 0, 13])).unread[0]!.why).toMatch(/not a \.txt/);
		expect(readFile('notes.txt', bytes('just notes')).unread).toEqual([
			{ where: 'notes.txt', why: expect.stringMatching(/^no receipt/) },
		]);
	});

	it('reads every .txt and .csv in a .zip, in nested folders, and lists the other files', () => {
		const zip = zipSync({
			'Assignment/Ani Petrosyan/receipt.txt': bytes(ani),
			'Assignment/Babken/deep/folder/receipt-babken.TXT': bytes(babken),
			'Assignment/Babken/photo.jpg': new Uint8Array([255, 216, 255, 0]),
			'Assignment/empty.txt': new Uint8Array(),
			'__MACOSX/Assignment/._receipt.txt': bytes('mac junk'),
			'Assignment/folder/': new Uint8Array(),
		});
		const { found, unread } = readFile('class.zip', zip);
		expect(found.map((f) => f.where)).toEqual([
			'class.zip › Assignment/Ani Petrosyan/receipt.txt, line 2',
			'class.zip › Assignment/Babken/deep/folder/receipt-babken.TXT, line 2',
		]);
		expect(unread).toEqual([
			{ where: 'class.zip › Assignment/empty.txt', why: 'the file is empty' },
			{ where: 'class.zip › Assignment/Babken/photo.jpg', why: 'not a .txt, .csv or .docx file, so not read' },
		]);
		expect(readFile('broken.zip', zip.subarray(0, 100)).unread).toEqual([
			{ where: 'broken.zip', why: 'the zip file is damaged or not a zip file' },
		]);
	});

	it('reads a .csv with other columns and quoted multi-line cells: row and column named', () => {
		const csv = [
			'Timestamp,Email address,"Your name, please",Paste your receipt here',
			`2026/12/07 10:01,ani@example.org,Ani,"${ani.trim()}"`,
			`2026/12/07 10:02,b@example.org,"Babken ""B"" K.","${babken.trim()}"`,
			'2026/12/07 10:03,c@example.org,Chris,I forgot',
			'',
		].join('\r\n');
		const { found, unread } = readFile('Form responses.csv', bytes(csv));
		expect(found.map((f) => [f.code, f.where])).toEqual([
			[codeOf(ani), 'Form responses.csv, row 2, column "Paste your receipt here", line 2'],
			[codeOf(babken), 'Form responses.csv, row 3, column "Paste your receipt here", line 2'],
		]);
		expect(unread).toEqual([{ where: 'Form responses.csv, row 4', why: expect.stringMatching(/^no receipt/) }]);
		expect(readCsv('x.csv', '').unread).toEqual([{ where: 'x.csv', why: 'the file is empty' }]);
		expect(readCsv('cut.csv', `a,b\n1,"${ani}`).unread.map((u) => u.why)).toContain(
			'a quoted cell is never closed (the file may be cut short)',
		);
	});

	it('reads a receipt written in a Word file (.docx, as Drive downloads a Google Doc), its code split across runs', () => {
		const [first, code] = ani.split('\n');
		const doc = `<w:document><w:body><w:p><w:r><w:t>${first!}</w:t></w:r></w:p><w:p><w:proofErr w:type="spellStart"/><w:r><w:t xml:space="preserve">${code!.slice(0, 40)}</w:t></w:r><w:r><w:t>${code!.slice(40)}</w:t></w:r></w:p></w:body></w:document>`;
		const docx = zipSync({ '[Content_Types].xml': bytes('<Types/>'), 'word/document.xml': bytes(doc) });
		expect(readFile('Ani - receipt.docx', docx).found).toEqual([
			{ version: 1, code: codeOf(ani), where: 'Ani - receipt.docx, paragraph 2' },
		]);
		const inZip = readFile('class.zip', zipSync({ 'Ani/receipt.docx': docx }));
		expect(inZip.found.map((f) => f.where)).toEqual(['class.zip › Ani/receipt.docx, paragraph 2']);
		expect(readFile('broken.docx', bytes('not a zip')).unread[0]!.why).toBe('not a Word document that can be read');
	});

	it('finds the same code in a file as in a paste (the reader never alters it)', () => {
		const code = encodeReceipt(receipt('Ани'));
		expect(readFile('r.txt', bytes(`${code}\r\n`)).found[0]!.code).toBe(code.slice(5));
	});
});
