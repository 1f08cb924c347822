// XML text and attribute escaping, shared by every XML export (QTI, Moodle XML, Common Cartridge, SCORM manifests).

export const escapeXml = (text: string): string =>
	text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
