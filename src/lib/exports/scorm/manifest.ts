// imsmanifest.xml of a SCORM 1.2 package (ADL SCORM 1.2 Content Aggregation Model), from a plan of its pages and files.
import { escapeXml } from '../xml';

/** One launchable resource: a SCO (the quiz, reporting to the LMS) or an asset (a lesson or source page). */
export interface PackageResource {
	/** Unique in the package; letters, digits and hyphens (becomes an XML ID). */
	id: string;
	kind: 'sco' | 'asset';
	title: string;
	/** The launch page, relative to the package root. */
	href: string;
	/** Whether the LMS shows it in the course's table of contents (assets reached only by links are not). */
	listed: boolean;
}

export interface PackagePlan {
	/** Unique per package, e.g. karabakh-ceasefire-background. */
	identifier: string;
	title: string;
	/** Percent (0–100) a student needs to pass each SCO. */
	mastery: number;
	resources: PackageResource[];
	/** Every file the pages share (styles, scripts, icons), relative to the package root. */
	shared: string[];
}

const NS = {
	cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
	adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
	md: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
};

/** XML IDs must start with a letter and hold no spaces or colons. */
export const xmlId = (prefix: string, id: string): string => `${prefix}-${id.replace(/[^A-Za-z0-9._-]/g, '-')}`;

/** The manifest: one organization listing the listed resources in order; every file in a <file>; only relative URLs. */
export function scormManifest(plan: PackagePlan): string {
	const items = plan.resources
		.filter((r) => r.listed)
		.map(
			(r) =>
				`      <item identifier="${xmlId('ITEM', r.id)}" identifierref="${xmlId('RES', r.id)}" isvisible="true">\n` +
				`        <title>${escapeXml(r.title)}</title>\n` +
				(r.kind === 'sco' ? `        <adlcp:masteryscore>${plan.mastery}</adlcp:masteryscore>\n` : '') +
				'      </item>',
		);
	const resources = plan.resources.map(
		(r) =>
			`    <resource identifier="${xmlId('RES', r.id)}" type="webcontent" adlcp:scormtype="${r.kind}" href="${escapeXml(r.href)}">\n` +
			`      <file href="${escapeXml(r.href)}"/>\n` +
			`      <dependency identifierref="RES-shared"/>\n` +
			'    </resource>',
	);
	const shared = plan.shared.map((f) => `      <file href="${escapeXml(f)}"/>`);
	return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${xmlId('MANIFEST', plan.identifier)}" version="1.0" xmlns="${NS.cp}" xmlns:adlcp="${NS.adlcp}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${NS.cp} imscp_rootv1p1p2.xsd ${NS.md} imsmd_rootv1p2p1.xsd ${NS.adlcp} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="ORG">
    <organization identifier="ORG">
      <title>${escapeXml(plan.title)}</title>
${items.join('\n')}
    </organization>
  </organizations>
  <resources>
${resources.join('\n')}
    <resource identifier="RES-shared" type="webcontent" adlcp:scormtype="asset">
${shared.join('\n')}
    </resource>
  </resources>
</manifest>
`;
}
