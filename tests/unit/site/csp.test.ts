import { describe, expect, it } from 'vitest';
import { allowStyleAttributes, completeCsp, cspHash, inlineHashes } from '../../../src/lib/site/csp';

const page = (csp: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${csp}"></head><body>${body}</body></html>`;

describe('inlineHashes', () => {
	it('hashes inline executable scripts only, once each', () => {
		const html = page(
			"script-src 'self'",
			'<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/json">{}</script><script>a()</script>',
		);
		expect(inlineHashes(html, 'script')).toEqual([cspHash('a()'), cspHash('b()')]);
	});
	it('matches the browser: sha256 of the exact text, base64', () => {
		expect(cspHash('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
	});
});

describe('completeCsp', () => {
	it("adds missing hashes to script-src and keeps everything else, never adding 'unsafe-inline'", () => {
		const known = cspHash('known()');
		const { html, added } = completeCsp(
			page(`script-src 'self' ${known}; style-src 'self'`, '<script>known()</script><script>theme()</script>'),
		);
		expect(added).toBe(1);
		const csp = /content="([^"]*)"/.exec(html)![1]!;
		expect(csp).toBe(`script-src 'self' ${known} ${cspHash('theme()')}; style-src 'self';`);
		expect(csp).not.toContain('unsafe-inline');
	});
	it('adds the hashes of inline <style> elements to style-src', () => {
		const { html, added } = completeCsp(page("script-src 'self'; style-src 'self'", '<style>.a{color:red}</style>'));
		expect(added).toBe(1);
		expect(html).toContain(`style-src 'self' ${cspHash('.a{color:red}')};`);
	});
	it('leaves pages without a CSP, or with nothing missing, untouched', () => {
		const bare = '<html><script>x()</script></html>';
		expect(completeCsp(bare)).toEqual({ html: bare, added: 0 });
		const done = page(`script-src 'self' ${cspHash('x()')}`, '<script>x()</script>');
		expect(completeCsp(done)).toEqual({ html: done, added: 0 });
	});
});

describe('allowStyleAttributes', () => {
	it("adds style-src-attr 'unsafe-inline' once, and nothing for scripts", () => {
		const html = page("script-src 'self'; style-src 'self'", '');
		const once = allowStyleAttributes(html);
		expect(/content="([^"]*)"/.exec(once)![1]).toBe(
			"script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline';",
		);
		expect(allowStyleAttributes(once)).toBe(once);
	});
	it('leaves a page without a CSP alone', () => {
		expect(allowStyleAttributes('<html></html>')).toBe('<html></html>');
	});
});
