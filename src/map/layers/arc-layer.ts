/**
 * Arcs: the air routes from Jiangbei (great-circle arcs) and, when the Land-Sea Corridor or Qinzhou
 * is selected, the fan-out of sea destinations from Qinzhou Port. Pure factories.
 */
import { ArcLayer } from '@deck.gl/layers';
import type { LegFeature } from '../../model/schema';
import { MODE_COLORS } from '../palette';
import { corridorAlpha, emphasis, type LayerContext } from './layer-context';
import { legWidth } from './leg-layer';

export const AIR_ARC_LAYER_ID = 'air-arcs';
export const SEA_FAN_LAYER_ID = 'sea-fan-arcs';

/** Longitude back in -180..180 (arcs take their ends, not the unwrapped line). */
function wrapLon(lon: number): number {
  if (lon >= -180 && lon <= 180) return lon;
  return Math.round((((((lon + 180) % 360) + 360) % 360) - 180) * 1e5) / 1e5;
}

export function legEnds(leg: LegFeature): { from: [number, number]; to: [number, number] } {
  const c = leg.geometry.coordinates;
  const a = c[0] ?? [0, 0];
  const b = c[c.length - 1] ?? a;
  return { from: [wrapLon(a[0]), a[1]], to: [wrapLon(b[0]), b[1]] };
}

export function createAirArcLayer(legs: readonly LegFeature[], ctx: LayerContext): ArcLayer<LegFeature> {
  const triggers = [ctx.selectedCorridor, ctx.hoverCorridor, ctx.hoverLeg];
  return new ArcLayer<LegFeature>({
    id: AIR_ARC_LAYER_ID,
    data: legs,
    greatCircle: true,
    getSourcePosition: (l) => legEnds(l).from,
    getTargetPosition: (l) => legEnds(l).to,
    getSourceColor: (l) => [...MODE_COLORS.air, corridorAlpha(ctx, l.properties.corridor)],
    getTargetColor: (l) => [...MODE_COLORS.air, corridorAlpha(ctx, l.properties.corridor)],
    getWidth: (l) => legWidth(l) * emphasis(ctx, l.properties.corridor, l.properties.id),
    widthUnits: 'pixels',
    getHeight: 0.25,
    numSegments: 64,
    pickable: true,
    updateTriggers: { getSourceColor: triggers, getTargetColor: triggers, getWidth: triggers },
  });
}

/** Sea legs leaving Qinzhou Port, as straight schematic arcs (shown with the Land-Sea Corridor selected). */
export function seaFanLegs(legs: readonly LegFeature[]): LegFeature[] {
  return legs.filter((l) => l.properties.mode === 'sea' && l.properties.places[0] === 'qinzhou-port');
}

export function createSeaFanLayer(legs: readonly LegFeature[], ctx: LayerContext): ArcLayer<LegFeature> {
  const show = ctx.selectedCorridor === 'land-sea-corridor' || ctx.selectedPlace === 'qinzhou-port';
  return new ArcLayer<LegFeature>({
    id: SEA_FAN_LAYER_ID,
    data: legs,
    visible: show,
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
