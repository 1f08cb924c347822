// Printed page counts from Chromium's own PDF output (page.pdf), for the print budgets of the classroom kit.
import type { Page } from 'playwright-core';

export type PaperSize = 'A4' | 'Letter';

/** The number of pages a page object in a PDF's body declares ("/Type /Page", not the "/Type /Pages" tree). */
export const pdfPageCount = (pdf: Buffer): number =>
	pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

/** Prints `page` as the browser would on `size` paper (print media, the page's own @page margins) and counts pages. */
export async function printedPages(page: Page, size: PaperSize): Promise<number> {
	await page.emulateMedia({ media: 'print' });
	const pdf = await page.pdf({ format: size, preferCSSPageSize: true, printBackground: false });
	await page.emulateMedia({ media: 'screen' });
	return pdfPageCount(pdf);
}
