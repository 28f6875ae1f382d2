/**
 * Which origin-destination arcs the map shows and where they start and end: the sea destinations
 * fanning out from Qinzhou Port, shown when the Land-Sea Corridor or Qinzhou is in focus. The
 * ArcLayer itself (arc-layer.ts) loads on demand, the first time they are shown. Pure.
 */
import type { LonLat } from '../../geo/lon-lat';
import { lonDelta, wrapLongitude } from '../../geo/longitude';
import type { LegFeature } from '../../model/schema';
import { isFocused, type LayerContext } from './layer-context';

export const SEA_FAN_LAYER_ID = 'sea-fan-arcs';

/**
 * An arc's ends: the origin in -180..180 and the destination within 180 degrees of it (unwrapped),
 * so an arc to Los Angeles crosses the Pacific instead of the world.
 */
export function legEnds(leg: LegFeature): { from: LonLat; to: LonLat } {
  const c = leg.geometry.coordinates;
  const a = c[0] ?? [0, 0];
  const b = c[c.length - 1] ?? a;
  const fromLon = wrapLongitude(a[0]);
  return { from: [fromLon, a[1]], to: [fromLon + lonDelta(fromLon, b[0]), b[1]] };
}

/** Sea legs leaving Qinzhou Port, as schematic arcs (shown with the Land-Sea Corridor selected). */
export function seaFanLegs(legs: readonly LegFeature[]): LegFeature[] {
  return legs.filter((l) => l.properties.mode === 'sea' && l.properties.places[0] === 'qinzhou-port');
}

/** True when the fan-out is shown. */
export function isSeaFanShown(ctx: LayerContext): boolean {
  return isFocused(ctx, 'land-sea-corridor') === true || ctx.selectedPlace === 'qinzhou-port';
}
