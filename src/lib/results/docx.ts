// A Word file (.docx), as Google Drive downloads a Google Doc a student wrote the receipt in: the text of each
// paragraph of word/document.xml, its runs joined (a spelling mark can split a long code into several runs).
import { strFromU8, unzipSync } from 'fflate';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!);

/** The document's text, a line per paragraph; null when it is not a Word document. */
export function docxText(bytes: Uint8Array): string | null {
	let xml: string;
	try {
		const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
		const doc = files['word/document.xml'];
		if (!doc) return null;
		xml = strFromU8(doc);
	} catch {
		return null;
	}
	return [...xml.matchAll(/<w:p[\s>][\s\S]*?<\/w:p>/g)]
		.map(([p]) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => unescape(t[1]!)).join(''))
		.join('\n');
}
