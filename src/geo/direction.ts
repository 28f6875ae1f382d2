/** Compass direction of one place as seen from another. Pure. */
import type { LonLat } from './lon-lat';
import { lonDelta } from './longitude';

export type Compass = 'east' | 'west' | 'north' | 'south';

/**
 * The compass direction of `to` as seen from `from`, by the larger of the east-west and
 * north-south displacements (east-west scaled by the cosine of the mean latitude).
 */
export function directionFrom(from: LonLat, to: LonLat): Compass {
  const meanLat = ((from[1] + to[1]) / 2) * (Math.PI / 180);
  const dx = lonDelta(from[0], to[0]) * Math.cos(meanLat);
  const dy = to[1] - from[1];
  if (Math.abs(dx) >= Math.abs(dy)) return dx >= 0 ? 'east' : 'west';
  return dy >= 0 ? 'north' : 'south';
}
