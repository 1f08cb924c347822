// /q/<short>.svg: the QR code of a short link, drawn at build time (src/lib/share/qr.ts).
import type { APIRoute } from 'astro';
import { qrSvg } from '../../lib/share/qr';
import { shortLinkPaths, type SharedLink } from '../../components/share/share-links';

export const getStaticPaths = shortLinkPaths;

export const GET: APIRoute = ({ props }) => {
	const { link } = props as { link: SharedLink };
	return new Response(qrSvg(link.absolute, `QR code for ${link.readable}`), {
		headers: { 'Content-Type': 'image/svg+xml' },
	});
};
