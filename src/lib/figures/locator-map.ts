// Projects Natural Earth country shapes into a small locator map at build time (no runtime JavaScript).
import { geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapPlace {
	/** Text shown on the map. */
	label: string;
	/** [longitude, latitude] in degrees. */
	at: [number, number];
	/** "area": a dashed ring for an approximate region; "point": a dot for a town. */
	kind: 'area' | 'point';
}

export interface MapSpec {
	width: number;
	height: number;
	/** West, south, east, north in degrees: the part of the world shown. */
	bounds: [number, number, number, number];
	/** Country names (as in Natural Earth) drawn in the highlight colour. */
	highlight: readonly string[];
	/** Country labels and where to put them. */
	countryLabels: readonly { name: string; at: [number, number] }[];
	places: readonly MapPlace[];
}

export interface RenderedMap {
	width: number;
	height: number;
	/** `highlight` is the country's index in `spec.highlight`, or -1. */
	countries: { name: string; d: string; highlight: number }[];
	labels: { text: string; x: number; y: number }[];
	places: (MapPlace & { x: number; y: number })[];
}

export function renderLocatorMap(topology: Topology, spec: MapSpec): RenderedMap {
	const object = topology.objects['countries'] as GeometryCollection<{ name: string }>;
	const all = feature(topology, object) as FeatureCollection<Geometry, { name: string }>;
	const [west, south, east, north] = spec.bounds;
	const frame: Feature = {
		type: 'Feature',
		properties: {},
		geometry: {
			type: 'MultiPoint',
			coordinates: [
				[west, south],
				[east, north],
			],
		},
	};
	const projection = geoMercator()
		.fitSize([spec.width, spec.height], frame)
		.clipExtent([
			[0, 0],
			[spec.width, spec.height],
		]);
	const path = geoPath(projection).digits(1);
	const point = (at: [number, number]) => {
		const [x, y] = projection(at)!;
		return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
	};
	const countries = all.features
		.map((f) => ({
			name: f.properties.name,
			d: path(f as GeoPermissibleObjects) ?? '',
			highlight: spec.highlight.indexOf(f.properties.name),
		}))
		.filter((c) => c.d !== '')
		// Highlighted countries last, so their borders sit on top.
		.sort((a, b) => a.highlight - b.highlight);
	// A label names a country of the map data (Natural Earth's name, in any case): geography, never a claim.
	const known = new Set(all.features.map((f) => f.properties.name.toUpperCase()));
	for (const { name } of spec.countryLabels)
		if (!known.has(name.toUpperCase())) throw new Error(`locator map: no country "${name}" in the map data`);
	return {
		width: spec.width,
		height: spec.height,
		countries,
		labels: spec.countryLabels.map(({ name, at }) => ({ text: name, ...point(at) })),
		places: spec.places.map((place) => ({ ...place, ...point(place.at) })),
	};
}
