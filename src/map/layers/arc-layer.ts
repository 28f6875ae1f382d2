/**
 * The fan-out of sea destinations from Qinzhou Port as arcs, shown when the Land-Sea Corridor or
 * Qinzhou is selected. (Air routes are great-circle paths in the leg layer.) Pure factories.
 */
import { ArcLayer } from '@deck.gl/layers';
import type { LegFeature } from '../../model/schema';
import { wrapLongitude } from '../../geo/longitude';
import { MODE_COLORS } from '../palette';
import { isFocused, type LayerContext } from './layer-context';

export const SEA_FAN_LAYER_ID = 'sea-fan-arcs';


export function legEnds(leg: LegFeature): { from: [number, number]; to: [number, number] } {
  const c = leg.geometry.coordinates;
  const a = c[0] ?? [0, 0];
  const b = c[c.length - 1] ?? a;
  // Arcs take their ends back in -180..180, not the unwrapped line.
  return { from: [wrapLongitude(a[0]), a[1]], to: [wrapLongitude(b[0]), b[1]] };
}

/** Sea legs leaving Qinzhou Port, as straight schematic arcs (shown with the Land-Sea Corridor selected). */
export function seaFanLegs(legs: readonly LegFeature[]): LegFeature[] {
  return legs.filter((l) => l.properties.mode === 'sea' && l.properties.places[0] === 'qinzhou-port');
}

/** True when the fan-out is shown. */
export function isSeaFanShown(ctx: LayerContext): boolean {
  return isFocused(ctx, 'land-sea-corridor') === true || ctx.selectedPlace === 'qinzhou-port';
}

export function createSeaFanLayer(legs: readonly LegFeature[]): ArcLayer<LegFeature> {
  return new ArcLayer<LegFeature>({
    id: SEA_FAN_LAYER_ID,
    data: legs,
    getSourcePosition: (l) => legEnds(l).from,
    getTargetPosition: (l) => legEnds(l).to,
    getSourceColor: [...MODE_COLORS.sea, 200],
    getTargetColor: [...MODE_COLORS.sea, 90],
    getWidth: 1.5,
    widthUnits: 'pixels',
    greatCircle: true,
    getHeight: 0.4,
    pickable: false,
  });
}
