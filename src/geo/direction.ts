/** Compass direction of one place as seen from another, by the initial great-circle bearing. Pure. */
import type { LonLat } from './lon-lat';

export type Compass = 'east' | 'west' | 'north' | 'south';

const RAD = Math.PI / 180;

/**
 * Initial bearing of the great circle from `from` to `to`, in degrees clockwise from north,
 * 0 <= bearing < 360 (the heading a traveller sets out on).
 */
export function initialBearing(from: LonLat, to: LonLat): number {
  const phi1 = from[1] * RAD;
  const phi2 = to[1] * RAD;
  const dLambda = (to[0] - from[0]) * RAD;
  const y = Math.sin(dLambda) * Math.cos(phi2);
  const x = Math.cos(phi1) * Math.sin(phi2) - Math.sin(phi1) * Math.cos(phi2) * Math.cos(dLambda);
  const deg = Math.atan2(y, x) / RAD;
  return ((deg % 360) + 360) % 360;
}

/**
 * The compass quarter of a bearing: north is 315..45 degrees, east 45..135, south 135..225, west
 * 225..315 (a boundary belongs to the quarter clockwise of it: 45 is east).
 */
export function compassOfBearing(bearing: number): Compass {
  const b = ((bearing % 360) + 360) % 360;
  if (b >= 315 || b < 45) return 'north';
  if (b < 135) return 'east';
  if (b < 225) return 'south';
  return 'west';
}

/** The compass direction of `to` as seen from `from`: the quarter of the initial bearing. */
export function directionFrom(from: LonLat, to: LonLat): Compass {
  return compassOfBearing(initialBearing(from, to));
}
