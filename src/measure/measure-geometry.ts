/**
 * The measure tool's geometry, pure: great-circle lengths of each segment and in total (haversine
 * from src/geo/distance.ts, the app's one Earth radius), nautical miles, and the sampled
 * great-circle path that the overlay draws, unwrapped across the antimeridian.
 */
import { distanceKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';
import { unwrapLongitudes } from '../geo/longitude';

/** One international nautical mile in km (exact, by definition). */
export const KM_PER_NM = 1.852;

/** The largest angle between two samples of a drawn segment, in degrees of arc. */
export const SAMPLE_STEP_DEG = 1;

const RAD = Math.PI / 180;

export function kmToNm(km: number): number {
  return km / KM_PER_NM;
}

/** The great-circle length of each segment between consecutive points, in km. */
export function segmentKms(points: readonly LonLat[]): number[] {
  const out: number[] = [];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (a && b) out.push(distanceKm(a, b));
  }
  return out;
}

/** The sum of the segments, in km (0 for fewer than two points). */
export function totalKm(points: readonly LonLat[]): number {
  return segmentKms(points).reduce((sum, km) => sum + km, 0);
}

function toVector([lon, lat]: LonLat): [number, number, number] {
  const cosLat = Math.cos(lat * RAD);
  return [cosLat * Math.cos(lon * RAD), cosLat * Math.sin(lon * RAD), Math.sin(lat * RAD)];
}

function toLonLat([x, y, z]: readonly [number, number, number]): LonLat {
  return [Math.atan2(y, x) / RAD, Math.atan2(z, Math.hypot(x, y)) / RAD];
}

/**
 * Points along the great circle from `a` to `b` (both ends included), no two more than
 * `stepDeg` degrees of arc apart, by spherical linear interpolation. Coincident or antipodal ends
 * (where the great circle is not defined) give the two ends alone. Longitudes are in -180..180.
 */
export function sampleGreatCircle(a: LonLat, b: LonLat, stepDeg: number = SAMPLE_STEP_DEG): LonLat[] {
  const va = toVector(a);
  const vb = toVector(b);
  const dot = Math.min(1, Math.max(-1, va[0] * vb[0] + va[1] * vb[1] + va[2] * vb[2]));
  const angle = Math.acos(dot);
  const sinAngle = Math.sin(angle);
  if (sinAngle < 1e-9) return [a, b];
  // Less a hair, so 20.000000000000004 degrees in 5-degree steps is four steps, not five.
  const steps = Math.max(1, Math.ceil(angle / RAD / stepDeg - 1e-9));
  const out: LonLat[] = [a];
  for (let i = 1; i < steps; i++) {
    const f = i / steps;
    const wa = Math.sin((1 - f) * angle) / sinAngle;
    const wb = Math.sin(f * angle) / sinAngle;
    out.push(toLonLat([wa * va[0] + wb * vb[0], wa * va[1] + wb * vb[1], wa * va[2] + wb * vb[2]]));
  }
  out.push(b);
  return out;
}

/** What the overlay draws: the sampled line and the measured points on it, in the same world copy. */
export interface MeasureDrawing {
  path: LonLat[];
  vertices: LonLat[];
}

/** Web Mercator's latitude limit: the overlay clamps what it projects to it. */
export const MAX_MERCATOR_LAT = 85.051129;

/**
 * The drawn line through all points: each segment sampled along its great circle, the whole line
 * unwrapped (longitudes may leave -180..180 so it never jumps across the map), then shifted by a
 * whole number of turns so that it starts within 180 degrees of `nearLon` (the map's centre, so
 * it is drawn on the world copy in view). `vertices` are the measured points as they lie on it.
 */
export function measureDrawing(points: readonly LonLat[], nearLon = 0, stepDeg: number = SAMPLE_STEP_DEG): MeasureDrawing {
  const sampled: LonLat[] = [];
  const at: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const b = points[i];
    if (!b) continue;
    const a = points[i - 1];
    if (!a) sampled.push(b);
    else sampled.push(...sampleGreatCircle(a, b, stepDeg).slice(1));
    at.push(sampled.length - 1);
  }
  const line = unwrapLongitudes(sampled);
  const turns = Math.round((nearLon - (line[0]?.[0] ?? nearLon)) / 360);
  const path = turns === 0 ? line : line.map(([lon, lat]): LonLat => [lon + turns * 360, lat]);
  return { path, vertices: at.map((i) => path[i] ?? [0, 0]) };
}
