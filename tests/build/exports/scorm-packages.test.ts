// The built SCORM 1.2 packages (dist/exports/*.scorm.zip): manifests valid against ADL's schemas, every file listed,
// only relative URLs, nothing loaded from outside the package.
import { unzipSync } from 'fflate';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DIST = process.env.OUT_DIR ?? 'dist';
const XSD = resolve('../shared/xsd/scorm12');
const index = JSON.parse(readFileSync(`${DIST}/exports/index.json`, 'utf8')) as {
	quizzes: { id: string; scorm: string; route?: string }[];
	unit: { scorm: string };
};
const packages = [...index.quizzes.map((q) => q.scorm), index.unit.scorm];
const tmp = mkdtempSync(join(tmpdir(), 'scorm-xsd-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** SCORM 1.2's manifest spans two schemas (IMS CP 1.1.2 and ADL's extensions): a wrapper imports both (shared/xsd README). */
const wrapper = join(tmp, 'scorm12.xsd');
writeFileSync(
	wrapper,
	`<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:karabakh-guide:scorm12-wrapper">
  <xs:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="${XSD}/imscp_rootv1p1p2.xsd"/>
  <xs:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="${XSD}/adlcp_rootv1p2.xsd"/>
</xs:schema>
`,
);

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe.each(packages)('%s', (path) => {
	const files = unzipSync(readFileSync(`${DIST}${path}`));
	const manifest = text(files['imsmanifest.xml']!);
	const listed = [...manifest.matchAll(/<file href="([^"]+)"/g)].map((m) => m[1]!);

	it('has an imsmanifest.xml valid against the SCORM 1.2 schemas (xmllint)', () => {
		expect(existsSync(`${XSD}/imscp_rootv1p1p2.xsd`), 'the schemas in ../shared/xsd/scorm12/').toBe(true);
		const file = join(tmp, `${posix.basename(path)}.xml`);
		writeFileSync(file, manifest);
		const result = spawnSync('xmllint', ['--nonet', '--noout', '--schema', wrapper, file], { encoding: 'utf8' });
		expect(result.error, 'xmllint (Debian: apt-get install libxml2-utils)').toBeUndefined();
		// ADL's ims_xml.xsd makes libxml2 print a namespace warning while loading it; the verdict is the last line.
		expect(result.stderr.trim().split('\n').at(-1)).toBe(`${file} validates`);
		expect(result.status).toBe(0);
	});

	it('lists every packaged file exactly once, and every listed file is packaged', () => {
		const packaged = Object.keys(files).filter((f) => f !== 'imsmanifest.xml' && !f.endsWith('/'));
		expect([...new Set(listed)].sort()).toEqual(packaged.sort());
		expect(listed.length).toBe(new Set(listed).size);
	});

	it('has a SCO with the mastery score for each of its quizzes, launching a packaged page', () => {
		const scos = [...manifest.matchAll(/adlcp:scormtype="sco" href="([^"]+)"/g)].map((m) => m[1]!);
		// The unit carries every quiz but the route quizzes, whose questions its lessons' quizzes already hold.
		expect(scos.length).toBe(path === index.unit.scorm ? index.quizzes.filter((q) => !q.route).length : 1);
		for (const href of scos) expect(files[href], href).toBeDefined();
		expect(
			[...manifest.matchAll(/<adlcp:masteryscore>(\d+(?:\.\d+)?)<\/adlcp:masteryscore>/g)].map((m) => m[1]),
		).toEqual(scos.map(() => process.env['SCORM_MASTERY'] || '80'));
	});

	it('packages each lesson of the unit with a pointer to its quiz (the next item) instead of an unreported copy', () => {
		const lessons = Object.keys(files).filter((f) => f.startsWith('lessons/') && f.endsWith('.html'));
		expect(lessons.length > 0).toBe(path === index.unit.scorm);
		for (const lesson of lessons) {
			expect(text(files[lesson]!), lesson).not.toContain('<quiz-form');
			expect(text(files[lesson]!), lesson).toContain('scorm-quiz-pointer');
		}
	});

	it('uses only relative URLs, each landing on a packaged file (and anchor)', () => {
		for (const [name, bytes] of Object.entries(files)) {
			if (!/\.(html|css|js)$/.test(name)) continue;
			const body = text(bytes);
			const urls = name.endsWith('.html')
				? [...body.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!)
				: [...body.matchAll(/url\(\s*["']?([^"')]+)|(?:import|from)\s*["']([^"']+)["']/g)].map((m) => (m[1] ?? m[2])!);
			for (const url of urls) {
				if (url.startsWith('#') || url.startsWith('data:')) continue;
				expect(url, `${name}: ${url}`).not.toMatch(/^(\/|[a-z][a-z0-9+.-]*:)/i);
				const target = posix.normalize(posix.join(posix.dirname(name), url.replace(/[?#].*$/, '')));
				expect(files[target], `${name}: ${url}`).toBeDefined();
				const anchor = url.includes('#') ? url.slice(url.indexOf('#') + 1) : '';
				if (anchor) expect(text(files[target]!), `${name}: ${url}`).toContain(`id="${anchor}"`);
			}
			if (name.endsWith('.html')) expect(body, name).not.toMatch(/pagefind\/|<site-search|<starlight-theme-select/);
			// A package runs inside an LMS's site: no service worker of ours registers there, no web app manifest.
			if (name.endsWith('.html')) expect(body, name).not.toMatch(/<offline-status|rel="manifest"/);
		}
	});
});
