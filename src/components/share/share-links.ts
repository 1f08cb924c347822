// Every quiz's short links with their absolute URLs, from the quizzes collection and the configured site
// (astro.config.mjs: SITE_URL and BASE_PATH at build time; README, "Classroom kit").
import { getCollection } from 'astro:content';
import { absoluteUrl, qrPath, readable, shortLinks, shortPath, type ShortLink } from '../../lib/share/short-links';

export interface SharedLink extends ShortLink {
	/** The short link's absolute URL: what the QR code holds. */
	absolute: string;
	/** The same without `https://`, to read aloud or type. */
	readable: string;
	/** Short page and QR file, relative to the base path (for url()). */
	page: string;
	qr: string;
}

export async function sharedLinks(): Promise<SharedLink[]> {
	const ids = (await getCollection('quizzes')).map((q) => q.id).sort();
	const site = import.meta.env.SITE ?? 'http://localhost:4321';
	return shortLinks(ids).map((link) => {
		const absolute = absoluteUrl(site, import.meta.env.BASE_URL, shortPath(link.short));
		return { ...link, absolute, readable: readable(absolute), page: shortPath(link.short), qr: qrPath(link.short) };
	});
}

export async function shortLinkPaths() {
	return (await sharedLinks()).map((link) => ({ params: { short: link.short }, props: { link } }));
}
