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
