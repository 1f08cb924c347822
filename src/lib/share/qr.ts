// QR codes drawn at build time as SVG from qrcode-generator's module matrix: no script runs in the browser.
import qrcode from 'qrcode-generator';

/** The code's modules, row by row (true = dark), at error correction level M (about 15 % may be damaged or covered). */
export function qrMatrix(text: string): boolean[][] {
	const qr = qrcode(0, 'M');
	qr.addData(text, 'Byte');
	qr.make();
	const n = qr.getModuleCount();
	return Array.from({ length: n }, (_, r) => Array.from({ length: n }, (_, c) => qr.isDark(r, c)));
}

const escapeXml = (s: string): string =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A standalone SVG of the code: black modules on white with the four-module quiet zone scanners need, one path, a
 * title naming what it opens. It scales to any size (viewBox in modules) and stays black on white in dark themes.
 */
export function qrSvg(text: string, title: string): string {
	const matrix = qrMatrix(text);
	const quiet = 4;
	const size = matrix.length + 2 * quiet;
	let d = '';
	for (const [r, row] of matrix.entries()) {
		let c = 0;
		while (c < row.length) {
			if (!row[c]) {
				c++;
				continue;
			}
			const start = c;
			while (c < row.length && row[c]) c++;
			d += `M${start + quiet} ${r + quiet}h${c - start}v1h${start - c}z`;
		}
	}
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges" role="img">` +
		`<title>${escapeXml(title)}</title><rect width="${size}" height="${size}" fill="#fff"/>` +
		`<path fill="#000" d="${d}"/></svg>`
	);
}
