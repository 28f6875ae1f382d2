/**
 * Natural Earth countries (world-atlas TopoJSON) as GeoJSON MapLibre can draw. Pure.
 *
 * world-atlas rings that cross the antimeridian (Russia, Fiji) jump from +180 to -180, and
 * Antarctica's ring runs round the pole; drawn as they are, they streak across the whole map.
 * Each such ring is unwrapped into continuous longitudes (MapLibre wraps what lies beyond 180),
 * and a ring that then goes round a pole is closed along that pole.
 */
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { unwrapLongitudes } from './longitude';

export type CountriesTopology = Topology<{ countries: GeometryCollection<{ name?: string }> }>;

export interface WorldGeometry {
  countries: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  borders: Feature<MultiLineString>;
}

function hasJump(ring: readonly Position[]): boolean {
  return ring.some((p, i) => i > 0 && Math.abs((p[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)) > 180);
}

/** Repair one ring; rings without a jump across 180 are returned unchanged. */
export function fixRing(ring: readonly Position[]): Position[] {
  if (!hasJump(ring)) return [...ring];
  const out: Position[] = unwrapLongitudes(ring);
  const first = out[0];
  const last = out[out.length - 1];
  if (!first || !last) return out;
  const offset = (last[0] ?? 0) - (first[0] ?? 0);
  if (Math.abs(offset) > 180) {
    // Goes round a pole: close it along the nearer pole.
    const meanLat = out.reduce((s, p) => s + (p[1] ?? 0), 0) / out.length;
    const pole = meanLat < 0 ? -90 : 90;
    out.push([last[0] ?? 0, pole], [first[0] ?? 0, pole], [first[0] ?? 0, first[1] ?? 0]);
  }
  return out;
}

function fixGeometry(g: Geometry | null): Polygon | MultiPolygon | null {
  if (!g) return null;
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(fixRing) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(fixRing)) };
  return null;
}

/** Convert the world-atlas countries topology; borders are the arcs shared by two countries. */
export function buildWorldGeometry(topo: CountriesTopology): WorldGeometry {
  const collection = feature(topo, topo.objects.countries);
  const countries: WorldGeometry['countries'] = {
    type: 'FeatureCollection',
    features: collection.features.flatMap((f) => {
      const geometry = fixGeometry(f.geometry);
      return geometry ? [{ type: 'Feature' as const, properties: { name: f.properties?.name ?? '' }, geometry }] : [];
    }),
  };
  const borderLines = mesh(topo, topo.objects.countries, (a, b) => a !== b);
  const borders: Feature<MultiLineString> = {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiLineString', coordinates: borderLines.coordinates.map((line) => unwrapLongitudes(line)) },
  };
  return { countries, borders };
}
