/** Natural Earth land (world-atlas) for geometry tests: is a point on land? */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { wrapLongitude } from '../../../src/geo/longitude';

type Box = [number, number, number, number];
interface IndexedPolygon { box: Box; polygon: Feature<Polygon> }

const require = createRequire(import.meta.url);

function bbox(ring: readonly Position[]): Box {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x = 0, y = 0] of ring) {
    w = Math.min(w, x); s = Math.min(s, y); e = Math.max(e, x); n = Math.max(n, y);
  }
  return [w, s, e, n];
}

/** Load world-atlas land at `resolution` ('10m' or '50m') as bbox-indexed polygons. */
export function loadLand(resolution: '10m' | '50m' = '10m'): (lon: number, lat: number) => boolean {
  const path = require.resolve(`world-atlas/land-${resolution}.json`);
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ land: GeometryCollection }>;
  const land = feature(topo, topo.objects.land);
  const polygons: IndexedPolygon[] = [];
  for (const f of land.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    const parts = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    for (const coordinates of parts) {
      const outer = coordinates[0];
      if (!outer) continue;
      polygons.push({ box: bbox(outer), polygon: { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates } } });
    }
  }
  return (lon, lat) => {
    const x = wrapLongitude(lon);
    return polygons.some(({ box, polygon }) =>
      x >= box[0] && x <= box[2] && lat >= box[1] && lat <= box[3] && booleanPointInPolygon([x, lat], polygon));
  };
}

/** Points every `stepKm` along a line (linear in lon/lat between vertices), with distance from start. */
export function samplesAlong(coords: ReadonlyArray<[number, number]>, stepKm: number, distanceKm: (a: [number, number], b: [number, number]) => number): Array<{ at: [number, number]; km: number }> {
  const out: Array<{ at: [number, number]; km: number }> = [];
  let travelled = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1];
    const b = coords[i];
    if (!a || !b) continue;
    const seg = distanceKm(a, b);
    const n = Math.max(1, Math.ceil(seg / stepKm));
    for (let k = 0; k < n; k++) {
      const t = k / n;
      out.push({ at: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t], km: travelled + seg * t });
    }
    travelled += seg;
  }
  const last = coords[coords.length - 1];
  if (last) out.push({ at: [last[0], last[1]], km: travelled });
  return out;
}
