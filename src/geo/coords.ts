/** Rounding and de-duplication that keep the serialised model byte-stable. Pure. */
import type { LonLat } from './lon-lat';

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

/** Drop points equal to their predecessor (after rounding). */
export function dedupeConsecutive(coords: readonly LonLat[]): LonLat[] {
  return coords.filter((c, i) => {
    const p = coords[i - 1];
    return p === undefined || p[0] !== c[0] || p[1] !== c[1];
  });
}
