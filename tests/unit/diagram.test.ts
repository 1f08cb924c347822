import { describe, expect, it } from 'vitest';
import { arrowBetween, exitPoint } from '../../src/lib/diagram';

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
