/**
 * Longitudes across the antimeridian: fold into -180..180, signed differences, and the one unwrap
 * used by the build (legs) and the basemap (country rings and borders). Pure.
 */
import type { LonLat } from './lon-lat';

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
 * Make longitudes continuous: each point is shifted by a multiple of 360 so that it is within 180
 * degrees of the previous one. A line that crosses the antimeridian then draws as one line
 * (longitudes may leave -180..180, which MapLibre and deck.gl draw on the next world copy).
 * Accepts GeoJSON positions; extra ordinates (altitude) are dropped.
 */
export function unwrapLongitudes(coords: readonly (readonly number[])[]): LonLat[] {
  const out: LonLat[] = [];
  let prev: number | undefined;
  for (const [lon = 0, lat = 0] of coords) {
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
