import { describe, expect, it } from 'vitest';
import {
	arrowBetween,
	boxAt,
	exitPoint,
	firstBaseline,
	labelRect,
	labelledArrow,
	layoutDiagram,
	wrapLabel,
} from '../../../src/lib/figures/diagram';

describe('exitPoint', () => {
	it('leaves a box through the side facing the target', () => {
		expect(exitPoint({ x: 0, y: 0, hw: 50, hh: 20 }, { x: 200, y: 0 })).toEqual({ x: 50, y: 0 });
		expect(exitPoint({ x: 0, y: 0, hw: 50, hh: 20 }, { x: 0, y: -100 })).toEqual({ x: 0, y: -20 });
	});
	it('leaves through a corner region along the line towards the target', () => {
		const p = exitPoint({ x: 0, y: 0, hw: 50, hh: 20 }, { x: 100, y: 100 });
		expect(p).toEqual({ x: 20, y: 20 });
	});
});

describe('arrowBetween', () => {
	it('runs from edge to edge with a gap, labelled at the middle', () => {
		const a = arrowBetween({ x: 0, y: 0, hw: 50, hh: 20 }, { x: 300, y: 0, hw: 50, hh: 20 });
		expect(a).toEqual({ x1: 54, y1: 0, x2: 246, y2: 0, mx: 150, my: 0 });
	});
});

describe('wrapLabel', () => {
	it('keeps a short label on one line', () => {
		expect(wrapLabel('Russian peacekeepers')).toEqual(['Russian peacekeepers']);
	});
	it('splits a long label at the space nearest the middle', () => {
		expect(wrapLabel('Karabakh Armenian authorities')).toEqual(['Karabakh Armenian', 'authorities']);
		expect(wrapLabel("Azerbaijan's Defence Ministry")).toEqual(["Azerbaijan's", 'Defence Ministry']);
	});
	it('leaves a long label without spaces whole', () => {
		expect(wrapLabel('x'.repeat(30))).toEqual(['x'.repeat(30)]);
	});
});

describe('labelledArrow', () => {
	it('lifts the label of a horizontal arrow above the line', () => {
		const a = labelledArrow(boxAt([130, 50]), boxAt([400, 50]));
		expect(a).toEqual({ x1: 234, y1: 50, x2: 296, y2: 50, mx: 265, my: 36 });
	});
	it('leaves the label of a vertical arrow at the middle', () => {
		const a = labelledArrow(boxAt([400, 50]), boxAt([400, 200]));
		expect(a.my).toBe(125);
	});
});

describe('labelRect and firstBaseline', () => {
	it('sizes a label background to its text and centres it', () => {
		expect(labelRect('agreed', 100, 50)).toEqual({ x: 100 - 21.6 - 5, y: 40, width: 53.2 });
	});
	it('centres one or two lines of box text', () => {
		expect(firstBaseline(50, 1)).toBe(55);
		expect(firstBaseline(50, 2)).toBe(47);
	});
});

describe('layoutDiagram', () => {
	const places = { a: [130, 50], b: [400, 50], e: [400, 200] } as const;
	const relations = [
		{ from: 'a', target: 'b', verb: 'backs' },
		{ from: 'b', target: 'e', verb: 'agreed to' },
		{ from: 'b', target: 'nowhere', verb: 'visited' },
	];
	const { nodes, arrows } = layoutDiagram(
		relations,
		places,
		(id) => `Label ${id}`,
		(id) => id === 'e',
	);
	it('draws a box for each placed id in a relation, with its label and kind', () => {
		expect(nodes.map((n) => [n.id, n.lines, n.event, n.x, n.y])).toEqual([
			['a', ['Label a'], false, 130, 50],
			['b', ['Label b'], false, 400, 50],
			['e', ['Label e'], true, 400, 200],
		]);
	});
	it('draws an arrow only between placed ids, with its label box', () => {
		expect(arrows.map((a) => a.verb)).toEqual(['backs', 'agreed to']);
		expect(arrows[0]).toMatchObject({ x1: 234, x2: 296, my: 36, label: labelRect('backs', 265, 36) });
	});
});
