// Completes Astro's per-page Content-Security-Policy with the hashes of inline scripts and styles it does not track.
// Astro's `security.csp` hashes what it bundles, but not `<script is:inline>` blocks (withastro/astro#16678; Starlight
// uses several for its theme and sidebar) nor the styles of components used inside MDX. Each page gets the hashes of
// exactly its own inline elements, so nothing else is allowed and no 'unsafe-inline' is needed.
import { createHash } from 'node:crypto';

const META = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
const INLINE = { script: /<script\b([^>]*)>([\s\S]*?)<\/script>/gi, style: /<style\b([^>]*)>([\s\S]*?)<\/style>/gi };
/** Script types the browser does not execute (data blocks), so CSP does not apply to them. */
const DATA_TYPE = /\btype=["']?(application\/(ld\+)?json|text\/template)/i;

export const cspHash = (body: string): string =>
	`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;

/** Hashes of the page's inline executable scripts or its inline styles, in page order, without repeats. */
export function inlineHashes(html: string, kind: 'script' | 'style'): string[] {
	const hashes: string[] = [];
	for (const [, attrs, body] of html.matchAll(INLINE[kind])) {
		if (kind === 'script' && (/\bsrc=/i.test(attrs!) || DATA_TYPE.test(attrs!))) continue;
		const hash = cspHash(body!);
		if (!hashes.includes(hash)) hashes.push(hash);
	}
	return hashes;
}

/** The page with every missing inline hash added to script-src / style-src; unchanged if it has no CSP. */
export function completeCsp(html: string): { html: string; added: number } {
	const meta = META.exec(html);
	if (!meta) return { html, added: 0 };
	const directives = meta[2]!
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	let added = 0;
	for (const kind of ['script', 'style'] as const) {
		const name = `${kind}-src`;
		let index = directives.findIndex((d) => d.startsWith(`${name} `));
		if (index < 0) index = directives.push(`${name} 'self'`) - 1;
		const missing = inlineHashes(html, kind).filter((hash) => !directives[index]!.includes(hash));
		if (missing.length) directives[index] = `${directives[index]} ${missing.join(' ')}`;
		added += missing.length;
	}
	if (!added) return { html, added: 0 };
	return { html: html.replace(META, `$1${directives.join('; ')};$3`), added };
}

/** Starlight writes `style` attributes (icon sizes, the search dialog): the one allowance the site's CSP makes for them. */
export const STYLE_ATTRIBUTES = "style-src-attr 'unsafe-inline'";

/** The page with `style-src-attr 'unsafe-inline'` in its CSP (once); unchanged if it has no CSP. */
export function allowStyleAttributes(html: string): string {
	const meta = META.exec(html);
	if (!meta || meta[2]!.includes('style-src-attr')) return html;
	const policy = meta[2]!.trim().replace(/;?$/, ';');
	return html.replace(META, `$1${policy} ${STYLE_ATTRIBUTES};$3`);
}
