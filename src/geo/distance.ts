/**
 * Great-circle distances on a sphere (haversine). Own code, not turf, so the browser bundle carries
 * no build-time dependency; the radius is turf's, so build-time and run-time lengths agree.
 */
import type { LonLat } from './lon-lat';

/** Mean Earth radius in km (IUGG), as @turf/helpers uses. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

export function distanceKm(a: LonLat, b: LonLat): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLon = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** Length of a polyline in km (sum of its great-circle steps). */
export function lengthKm(coords: readonly LonLat[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1];
    const b = coords[i];
    if (a && b) km += distanceKm(a, b);
  }
  return km;
}
