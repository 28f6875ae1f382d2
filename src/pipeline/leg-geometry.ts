/** The drawn line of one leg, by mode. Pure (the sea router is passed in). */
import type { Leg, Place } from '../model/types';
import { dedupeConsecutive, roundCoord } from '../geo/coords';
import type { LonLat } from '../geo/lon-lat';
import { unwrapLongitudes } from '../geo/longitude';
import { buildGreatCircleChain } from './great-circle';
import type { SeaRouter } from './sea-route';

export function waypointCoords(leg: Leg, placeById: ReadonlyMap<string, Place>): LonLat[] {
  return leg.via.map((w) => (typeof w === 'string' ? placeById.get(w)?.coord ?? [NaN, NaN] : w.at));
}

/**
 * Rail, river and road legs follow their waypoints. Sea legs are routed on the sea-lane network
 * between consecutive waypoints, or drawn straight through them when `routing: charted`. Air and data
 * legs are great-circle arcs through their waypoints. Every line is unwrapped at 180 degrees.
 */
export function buildLegCoordinates(
  leg: Leg,
  placeById: ReadonlyMap<string, Place>,
  routeSea: SeaRouter,
): LonLat[] | { error: string } {
  const points = waypointCoords(leg, placeById);
  if (points.some(([lon, lat]) => !Number.isFinite(lon) || !Number.isFinite(lat))) {
    return { error: 'a waypoint has no coordinates' };
  }
  switch (leg.mode) {
    case 'air':
    case 'data':
      return buildGreatCircleChain(points);
    case 'sea': {
      if (leg.routing === 'charted') return dedupeConsecutive(unwrapLongitudes(points).map(roundCoord));
      const parts: LonLat[] = [];
      for (let i = 1; i < points.length; i++) {
        const part = routeSea(points[i - 1] as LonLat, points[i] as LonLat);
        if ('error' in part) return part;
        parts.push(...part);
      }
      return dedupeConsecutive(unwrapLongitudes(parts));
    }
    case 'rail':
    case 'river':
    case 'road':
      return dedupeConsecutive(unwrapLongitudes(points).map(roundCoord));
  }
}
