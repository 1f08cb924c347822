import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { renderLocatorMap } from '../../../src/lib/figures/locator-map';

const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as Topology;
const map = renderLocatorMap(world, {
	width: 640,
	height: 420,
	bounds: [37.5, 37, 51.5, 44.8],
	highlight: ['Armenia', 'Azerbaijan'],
	countryLabels: [{ name: 'ARMENIA', at: [44.5, 40.2] }],
	places: [{ label: 'Yevlakh', at: [47.15, 40.62], kind: 'point' }],
});

describe('renderLocatorMap', () => {
	it('draws the highlighted countries, last, with their index', () => {
		const highlighted = map.countries.filter((c) => c.highlight >= 0);
		expect(highlighted.map((c) => [c.name, c.highlight])).toEqual([
			['Armenia', 0],
			['Azerbaijan', 1],
		]);
		expect(map.countries.slice(-2).map((c) => c.name)).toEqual(['Armenia', 'Azerbaijan']);
	});
	it('keeps only countries inside the frame, clipped to it', () => {
		const names = map.countries.map((c) => c.name);
		expect(names).toEqual(expect.arrayContaining(['Russia', 'Turkey', 'Georgia', 'Iran']));
		expect(names).not.toContain('France');
		for (const { d } of map.countries) {
			for (const n of d.match(/-?\d+(\.\d+)?/g)!.map(Number)) {
				expect(n).toBeGreaterThanOrEqual(-0.1);
				expect(n).toBeLessThanOrEqual(640.1);
			}
		}
	});
	it('places markers inside the frame, east of a label further west', () => {
		const [yevlakh] = map.places;
		const [armenia] = map.labels;
		expect(yevlakh!.x).toBeGreaterThan(armenia!.x);
		expect(yevlakh!.y).toBeGreaterThan(0);
		expect(yevlakh!.y).toBeLessThan(420);
	});
	it('keeps the inline SVG small', () => {
		const bytes = map.countries.reduce((sum, c) => sum + c.d.length, 0);
		expect(bytes).toBeLessThan(40_000);
	});
});
