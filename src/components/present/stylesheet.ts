// A stylesheet for present mode, loaded only when a teacher presents: a <link> to the built CSS file (allowed by the
// CSP's style-src 'self'). Importing the CSS from the module would put it into every page's styles instead.
export function loadStylesheet(href: string): Promise<void> {
	if (document.querySelector(`link[rel="stylesheet"][href="${CSS.escape(href)}"]`)) return Promise.resolve();
	const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
	const loaded = new Promise<void>((resolve) => {
		link.addEventListener('load', () => resolve(), { once: true });
		link.addEventListener('error', () => resolve(), { once: true });
	});
	document.head.append(link);
	return loaded;
}
