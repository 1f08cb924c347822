// Geometry for the actor diagram: where an arrow between two labelled boxes starts and ends.

export interface Box {
	x: number;
	y: number;
	/** Half width and half height. */
	hw: number;
	hh: number;
}

/** The point where the line from the centre of `from` towards `to` leaves `from`'s box. */
export function exitPoint(from: Box, to: { x: number; y: number }): { x: number; y: number } {
	const dx = to.x - from.x;
	const dy = to.y - from.y;
	if (dx === 0 && dy === 0) return { x: from.x, y: from.y };
	const scale = 1 / Math.max(Math.abs(dx) / from.hw, Math.abs(dy) / from.hh);
	return { x: from.x + dx * scale, y: from.y + dy * scale };
}

/** An arrow from box to box, trimmed to their edges, with its midpoint for the label. */
export function arrowBetween(from: Box, to: Box, gap = 4) {
	const start = exitPoint(from, to);
	const end = exitPoint(to, from);
	const length = Math.hypot(end.x - start.x, end.y - start.y) || 1;
	const ux = (end.x - start.x) / length;
	const uy = (end.y - start.y) / length;
	const round = (n: number) => Math.round(n * 10) / 10;
	return {
		x1: round(start.x + ux * gap),
		y1: round(start.y + uy * gap),
		x2: round(end.x - ux * gap),
		y2: round(end.y - uy * gap),
		mx: round((start.x + end.x) / 2),
		my: round((start.y + end.y) / 2),
	};
}

/** Box labels longer than this wrap onto two lines at the space nearest the middle. */
export const WRAP = 20;

/** A box label as one line, or two split at the space nearest the middle when it is longer than `width`. */
export function wrapLabel(label: string, width = WRAP): string[] {
	if (label.length <= width) return [label];
	const spaces = [...label.matchAll(/ /g)].map((m) => m.index);
	const cut = spaces.sort((a, b) => Math.abs(a - label.length / 2) - Math.abs(b - label.length / 2))[0];
	return cut === undefined ? [label] : [label.slice(0, cut), label.slice(cut + 1)];
}

/** The box drawn around a hand-placed centre: 200 by 52. */
export const boxAt = ([x, y]: readonly [number, number]): Box => ({ x, y, hw: 100, hh: 26 });

/** arrowBetween(), with the label lifted above a short horizontal arrow so that it does not hide the line. */
export function labelledArrow(from: Box, to: Box) {
	const arrow = arrowBetween(from, to);
	const lift = Math.abs(arrow.y2 - arrow.y1) < 10 ? 14 : 0;
	return { ...arrow, my: arrow.my - lift };
}

/** The background of an arrow's label (about 7.2 units a character, 5 of padding each side), centred on (mx, my). */
export const labelRect = (text: string, mx: number, my: number) => ({
	x: mx - text.length * 3.6 - 5,
	y: my - 10,
	width: text.length * 7.2 + 10,
});

/** The first baseline of a box's text: lines 16 apart, the block centred on the box. */
export const firstBaseline = (y: number, lineCount: number): number => y + 5 - (lineCount - 1) * 8;

/** A relation drawn as an arrow: from an actor to an actor or event, with its verb as the label. */
export interface DiagramRelation {
	from: string;
	target: string;
	verb: string;
}

/**
 * The boxes and arrows of a diagram of `relations` between hand-placed centres. An id without a place is left out,
 * and so is every arrow to or from it (the list under the diagram still names them).
 */
export function layoutDiagram<R extends DiagramRelation>(
	relations: readonly R[],
	places: Readonly<Record<string, readonly [number, number]>>,
	label: (id: string) => string,
	isEvent: (id: string) => boolean,
) {
	const box = (id: string): Box | undefined => {
		const at = places[id];
		return at && boxAt(at);
	};
	const drawnIds = new Set(relations.flatMap((r) => [r.from, r.target]).filter((id) => places[id]));
	const nodes = [...drawnIds].map((id) => ({ id, lines: wrapLabel(label(id)), event: isEvent(id), ...box(id)! }));
	const arrows = relations.flatMap((r) => {
		const from = box(r.from);
		const to = box(r.target);
		if (!from || !to) return [];
		const arrow = labelledArrow(from, to);
		return [{ ...r, ...arrow, label: labelRect(r.verb, arrow.mx, arrow.my) }];
	});
	return { nodes, arrows };
}
