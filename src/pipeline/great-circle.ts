/** Great-circle arcs for air and data legs, unwrapped at the antimeridian. Pure. */
import greatCircle from '@turf/great-circle';
import { point } from '@turf/helpers';
import { dedupeConsecutive, roundCoord } from '../geo/coords';
import { distanceKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';
import { unwrapLongitudes } from '../geo/longitude';

/** One interpolated point per this many km (within the bounds below). */
const KM_PER_POINT = 100;
const MIN_POINTS = 8;
const MAX_POINTS = 160;

/** The great-circle arc from `a` to `b` as one continuous line (no jump at 180 degrees). */
export function buildGreatCircle(a: LonLat, b: LonLat): LonLat[] {
  const npoints = Math.min(MAX_POINTS, Math.max(MIN_POINTS, Math.ceil(distanceKm(a, b) / KM_PER_POINT)));
  const geometry = greatCircle(point(a), point(b), { npoints }).geometry;
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const coords = parts.flat().map((c) => [c[0] ?? 0, c[1] ?? 0] as LonLat);
  // turf splits at the antimeridian into parts ending at +-180; unwrap then drop the seam duplicate.
  const joined = unwrapLongitudes(coords);
  const out = dedupeConsecutive(joined.map(roundCoord));
  // Pin the exact ends (turf may return them with float noise).
  out[0] = roundCoord(a);
  const endLon = out[out.length - 1]?.[0] ?? b[0];
  const shift = Math.round((endLon - b[0]) / 360) * 360;
  out[out.length - 1] = roundCoord([b[0] + shift, b[1]]);
  return out;
}

/** A chain of great-circle arcs through every waypoint, as one continuous line. */
export function buildGreatCircleChain(points: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) out.push(...buildGreatCircle(a, b));
  }
  return dedupeConsecutive(unwrapLongitudes(out));
}
