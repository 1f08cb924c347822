// Fills the quiz's receipt box (QuizReceipt.astro) after a test is handed in, with buttons to copy and download it.
// Loaded on demand by quiz-form.ts, so practice pages never fetch the packing code.
import type { Attempt } from '../../lib/quiz/storage';
import { attemptReceipt, receiptText, type ReceiptInfo } from '../../lib/receipts/receipt';

/** A receipt's file name: the quiz, the student's name (letters and digits), the time handed in. */
const fileName = (quiz: string, name: string, at: string) =>
	`receipt-${quiz}-${name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '') || 'no-name'}-${at.slice(0, 16).replace(/[:T]/g, '-')}.txt`;

export function showReceipt(root: HTMLElement, quiz: string, attempt: Attempt): void {
	const box = root.querySelector<HTMLElement>('[data-receipt]');
	const info = (JSON.parse(root.querySelector('[data-quiz-key]')?.textContent ?? '{}') as { receipt?: ReceiptInfo })
		.receipt;
	if (!box || !info) return;
	const text = receiptText(attemptReceipt(quiz, info, attempt), info.title, attempt.score, attempt.max);
	const area = box.querySelector('textarea')!;
	const note = box.querySelector<HTMLElement>('[role="status"]')!;
	area.value = text;
	box.hidden = false;
	box.querySelector<HTMLButtonElement>('[data-receipt-copy]')!.onclick = async () => {
		const copied = 'Receipt copied. Paste it where your teacher asked.';
		try {
			await navigator.clipboard.writeText(text);
			note.textContent = copied;
		} catch {
			// No clipboard access (an older browser, a page on a school's plain-HTTP server): select the receipt and try
			// execCommand, deprecated but the only copy such a page has; if that fails too, the reader copies it.
			area.select();
			const legacy = document as unknown as { execCommand(command: string): boolean };
			note.textContent = legacy.execCommand('copy')
				? copied
				: 'The receipt is selected: press Ctrl+C (⌘C on a Mac) to copy it.';
		}
	};
	box.querySelector<HTMLButtonElement>('[data-receipt-download]')!.onclick = () => {
		const link = document.createElement('a');
		link.href = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
		link.download = fileName(quiz, attempt.name ?? '', attempt.at);
		link.click();
		setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
		note.textContent = `Receipt saved as ${link.download}.`;
	};
}
