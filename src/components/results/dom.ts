// A small helper for the results page's script: an element with attributes and children, text always as text.
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string | number | boolean | undefined> = {},
	...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) {
		if (value === undefined || value === false) continue;
		if (name === 'class') node.className = String(value);
		else node.setAttribute(name, value === true ? '' : String(value));
	}
	for (const child of children.flat()) if (child) node.append(child);
	return node;
}

const SVG = 'http://www.w3.org/2000/svg';
/** An SVG element with attributes. */
export function s(
	tag: string,
	attrs: Record<string, string | number> = {},
	...children: (Node | string)[]
): SVGElement {
	const node = document.createElementNS(SVG, tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
	node.append(...children);
	return node;
}

/** A table with a caption, a header row and rows of cells (the first cell of each row is its row header). */
export function table(
	caption: string,
	head: (string | Node)[],
	rows: (string | Node)[][],
	className = '',
): HTMLTableElement {
	return h(
		'table',
		{ class: className || undefined },
		h('caption', {}, caption),
		h(
			'thead',
			{},
			h(
				'tr',
				{},
				head.map((c) => h('th', { scope: 'col' }, c)),
			),
		),
		h(
			'tbody',
			{},
			rows.map((cells) =>
				h(
					'tr',
					{},
					cells.map((c, i) => (i === 0 ? h('th', { scope: 'row' }, c) : h('td', {}, c))),
				),
			),
		),
	);
}
