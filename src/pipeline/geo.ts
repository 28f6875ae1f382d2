/** Pure geometry helpers shared by the pipeline: unwrapping, rounding, lengths, bearings. */
import turfDistance from '@turf/distance';
import turfLength from '@turf/length';
import { lineString, point } from '@turf/helpers';
import type { Direction } from '../model/types';

export type LonLat = [number, number];

/** Coordinates are stored with 5 decimal places (about 1 m). */
export const COORD_DP = 5;

export function roundTo(value: number, dp: number): number {
  const f = 10 ** dp;
  // Normalise -0 so the serialised model is byte-stable.
  return Math.round(value * f) / f + 0;
}

export function roundCoord([lon, lat]: LonLat): LonLat {
  return [roundTo(lon, COORD_DP), roundTo(lat, COORD_DP)];
}

/**
 * Make longitudes continuous: each point is shifted by a multiple of 360 so that it is within 180
 * degrees of the previous one. A line that crosses the antimeridian then draws as one line
 * (longitudes may leave -180..180, which MapLibre and deck.gl draw on the next world copy).
 */
export function unwrapLongitudes(coords: readonly LonLat[]): LonLat[] {
  const out: LonLat[] = [];
  let prev: number | undefined;
  for (const [lon, lat] of coords) {
    let x = lon;
    if (prev !== undefined) {
      while (x - prev > 180) x -= 360;
      while (x - prev < -180) x += 360;
    }
    out.push([x, lat]);
    prev = x;
  }
  return out;
}

/** Drop points equal to their predecessor (after rounding). */
export function dedupeConsecutive(coords: readonly LonLat[]): LonLat[] {
  return coords.filter((c, i) => {
    const p = coords[i - 1];
    return p === undefined || p[0] !== c[0] || p[1] !== c[1];
  });
}

export function distanceKm(a: LonLat, b: LonLat): number {
  return turfDistance(point(a), point(b), { units: 'kilometers' });
}

export function lengthKm(coords: readonly LonLat[]): number {
  if (coords.length < 2) return 0;
  return turfLength(lineString(coords.map((c) => [...c])), { units: 'kilometers' });
}

/** A longitude (or bearing) folded into -180..180; values already in range are returned unchanged. */
export function wrapLongitude(lon: number): number {
  if (lon > -180 && lon <= 180) return lon;
  const w = Math.round((((((lon + 180) % 360) + 360) % 360) - 180) * 1e9) / 1e9;
  return w === -180 ? 180 : w;
}

/** Longitude difference b - a folded into -180..180. */
export function lonDelta(a: number, b: number): number {
  return ((((b - a) % 360) + 540) % 360) - 180;
}

/**
 * The compass direction of `to` as seen from `from`, by the larger of the east-west and
 * north-south displacements (east-west scaled by the cosine of the mean latitude).
 */
export function directionFrom(from: LonLat, to: LonLat): Exclude<Direction, 'regional'> {
  const meanLat = ((from[1] + to[1]) / 2) * (Math.PI / 180);
  const dx = lonDelta(from[0], to[0]) * Math.cos(meanLat);
  const dy = to[1] - from[1];
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'east' : 'west';
  return dy >= 0 ? 'north' : 'south';
}
