/**
 * Animated flows moving outward from Chongqing along every visible leg. Each leg's vertices get
 * timestamps (hours since departure) from its length and its mode's speed, so ships move slower
 * than trains. A new departure leaves every PERIOD_H hours; the loop (LOOP_H) is a multiple of the
 * period, so the animation wraps seamlessly. Timestamps stay small (they are 32-bit floats). Flows
 * run along the drawn parts of a leg (drawn-legs.ts), never along the map's edge.
 */
import { TripsLayer } from '@deck.gl/geo-layers';
import type { LegFeature } from '../../model/schema';
import type { Mode } from '../../model/types';
import { distanceKm } from '../../geo/distance';
import type { LonLat } from '../../geo/lon-lat';
import type { LinePart } from '../../geo/polar-split';
import { legParts } from '../drawn-legs';
import { MODE_COLORS } from '../palette';
import { focusKey, legAlpha, type LayerContext } from './layer-context';
import { mercatorPath } from './leg-layer';

export const TRIPS_LAYER_ID = 'corridor-flows';

/** Typical speeds in km/h, for the animation's relative pace (not figures the app shows). */
export const MODE_SPEED_KMH: Readonly<Record<Mode, number>> = {
  rail: 50, river: 18, sea: 30, road: 60, air: 750, data: 3000,
};
/** One departure per leg every this many simulated hours (6 s of animation). */
export const PERIOD_H = 144;
/** Simulated hours per real second. */
export const HOURS_PER_SECOND = 24;
/** The trail behind each moving head, in simulated hours. */
export const TRAIL_H = 10;

export interface Trip {
  leg: LegFeature;
  path: [number, number][];
  timestamps: Float32Array;
}

/** Hours from departure at each vertex of the leg's drawn path. */
export function legTimestamps(leg: LegFeature): number[] {
  return partTimestamps(leg, { coordinates: leg.geometry.coordinates, startKm: 0 });
}

/** The loop length: the longest trip rounded up to whole periods. */
export function loopHours(legs: readonly LegFeature[]): number {
  const longest = Math.max(PERIOD_H, ...legs.map((l) => legTimestamps(l).at(-1) ?? 0));
  return Math.ceil(longest / PERIOD_H) * PERIOD_H;
}

/**
 * Hours from departure at each vertex of one drawn part of a leg: a part after a polar cut starts
 * at the time the flow takes to reach it along the whole line, so it leaves one part at the cut and
 * comes back on the next after the Arctic crossing.
 */
export function partTimestamps(leg: LegFeature, part: Pick<LinePart, 'coordinates' | 'startKm'>): number[] {
  const speed = MODE_SPEED_KMH[leg.properties.mode];
  const path = part.coordinates;
  const out = [part.startKm / speed];
  for (let i = 1; i < path.length; i++) out.push((out[i - 1] ?? 0) + distanceKm(path[i - 1] as LonLat, path[i] as LonLat) / speed);
  return out;
}

/** Every departure along every drawn part of every leg that can be on screen during one loop. */
export function buildTrips(legs: readonly LegFeature[], loopH: number): Trip[] {
  const trips: Trip[] = [];
  for (const leg of legs) {
    const duration = legTimestamps(leg).at(-1) ?? 0;
    const first = -Math.ceil((duration + TRAIL_H) / PERIOD_H);
    for (const part of legParts(leg)) {
      const base = partTimestamps(leg, part);
      const path = mercatorPath(part.coordinates);
      for (let k = first; k * PERIOD_H < loopH; k++) {
        const offset = k * PERIOD_H;
        trips.push({ leg, path, timestamps: Float32Array.from(base, (t) => t + offset) });
      }
    }
  }
  return trips;
}

export function createTripsLayer(trips: readonly Trip[], currentTime: number, ctx: LayerContext): TripsLayer<Trip> {
  const triggers = [focusKey(ctx)];
  return new TripsLayer<Trip>({
    id: TRIPS_LAYER_ID,
    data: trips,
    getPath: (t) => t.path,
    getTimestamps: (t) => t.timestamps,
    getColor: (t) => [...MODE_COLORS[t.leg.properties.mode].map((c) => Math.min(255, c + 60)) as [number, number, number], legAlpha(ctx, t.leg.properties.corridor, t.leg.properties.id)],
    getWidth: 3 * ctx.lineScale,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    fadeTrail: true,
    trailLength: TRAIL_H,
    currentTime,
    pickable: false,
    updateTriggers: { getColor: triggers },
  });
}
