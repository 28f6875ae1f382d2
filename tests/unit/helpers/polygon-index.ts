/** Natural Earth land and countries (world-atlas TopoJSON) for the rule tests, indexed by src/geo/polygon-index.ts. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MultiPolygon, Polygon } from 'geojson';
import { indexPolygons, ringsOf, type PolygonIndex } from '../../../src/geo/polygon-index';

export type { PolygonIndex };

const require = createRequire(import.meta.url);

function loadTopology<K extends string>(file: string): Topology<Record<K, GeometryCollection>> {
  return JSON.parse(readFileSync(require.resolve(file), 'utf8')) as Topology<Record<K, GeometryCollection>>;
}

/** Natural Earth land as one shape named `land`. */
export function loadLandIndex(resolution: '10m' | '50m' = '10m'): PolygonIndex {
  const topo = loadTopology<'land'>(`world-atlas/land-${resolution}.json`);
  const rings = feature(topo, topo.objects.land).features.flatMap((f) => ringsOf(f.geometry as Polygon | MultiPolygon));
  return indexPolygons([{ name: 'land', rings }]);
}

/** Natural Earth 50m countries (the borders the basemap draws), one shape per country name. */
export function loadCountryIndex(): PolygonIndex {
  const topo = loadTopology<'countries'>('world-atlas/countries-50m.json');
  const shapes = feature(topo, topo.objects.countries).features
    .filter((f) => f.geometry !== null)
    .map((f) => ({ name: String((f.properties as { name?: string } | null)?.name ?? f.id), rings: ringsOf(f.geometry as Polygon | MultiPolygon) }));
  return indexPolygons(shapes);
}
