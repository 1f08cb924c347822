// Validates XML files against the published schemas in ../shared/xsd (see its README) with xmllint, in one run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

/** The schemas sit next to the repository, never inside it. */
export const XSD = resolve('../shared/xsd');
export const SCHEMAS = {
	qti21: join(XSD, 'qti21/www.imsglobal.org/xsd/imsqti_v2p1.xsd'),
	cp: join(XSD, 'cp/imscp_v1p1.xsd'),
	ccManifest: join(XSD, 'cc11/cc11libxml2validator.xsd'),
	ccQti: join(XSD, 'cc11/ccv1p1_qtiasiv1p2p1_v1p0.xsd'),
	ccTopic: join(XSD, 'cc11/ccv1p1_imsdt_v1p1.xsd'),
	ccWebLink: join(XSD, 'cc11/ccv1p1_imswl_v1p1.xsd'),
} as const;

export const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

/** Errors per file ('' when it validates); throws when xmllint itself cannot run. */
export function validateXml(files: Record<string, string | Uint8Array>, schema: string): Record<string, string> {
	const dir = mkdtempSync(join(tmpdir(), 'xmllint-'));
	try {
		const paths = Object.entries(files).map(([name, data]) => {
			const path = join(dir, name);
			mkdirSync(dirname(path), { recursive: true });
			writeFileSync(path, data);
			return [name, path] as const;
		});
		const run = spawnSync('xmllint', ['--nonet', '--noout', '--schema', schema, ...paths.map(([, p]) => p)], {
			encoding: 'utf8',
			env: { ...process.env, XML_CATALOG_FILES: join(XSD, 'catalog.xml') },
			maxBuffer: 64 * 1024 * 1024,
		});
		if (run.error) throw run.error;
		if (/failed to compile|Schemas parser error|WXS schema .* failed/i.test(run.stderr))
			throw new Error(`xmllint could not load ${schema}:\n${run.stderr}`);
		return Object.fromEntries(
			paths.map(([name, path]) => [
				name,
				run.stderr
					.split('\n')
					.filter((l) => l.startsWith(path) && !/ validates$/.test(l))
					.join('\n'),
			]),
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
