/**
 * Origin-destination flows as deck.gl arcs: schematic, not routes, so they look like nothing on the
 * ground. Their own colour (FLOW_ARC_COLORS, never a mode's), faint at the origin and full at the
 * destination (the direction of the flow), thinner than any leg, raised (visible as height when the
 * map is tilted). This module is loaded on demand (its own chunk, vite.config.ts) the first time
 * arcs are shown, so the first view does not carry the ArcLayer. Pure factory.
 */
import { ArcLayer } from '@deck.gl/layers';
import type { LegFeature } from '../../model/schema';
import { FLOW_ARC_COLORS } from '../palette';
import type { LayerContext } from './layer-context';
import { legEnds, SEA_FAN_LAYER_ID } from './sea-fan';

/** Alpha at the origin and at the destination: the gradient reads as the direction of the flow. */
export const FLOW_ARC_ALPHA = { source: 70, target: 255 } as const;
/** Pixels; every leg is wider (feeders 1.75). */
export const FLOW_ARC_WIDTH = 1.5;

export function createSeaFanLayer(legs: readonly LegFeature[], ctx: LayerContext): ArcLayer<LegFeature> {
  const color = FLOW_ARC_COLORS[ctx.theme];
  return new ArcLayer<LegFeature>({
    id: SEA_FAN_LAYER_ID,
    data: legs,
    getSourcePosition: (l) => legEnds(l).from,
    getTargetPosition: (l) => legEnds(l).to,
    getSourceColor: [...color, FLOW_ARC_ALPHA.source],
    getTargetColor: [...color, FLOW_ARC_ALPHA.target],
    getWidth: FLOW_ARC_WIDTH * ctx.lineScale,
    widthUnits: 'pixels',
    greatCircle: true,
    getHeight: 0.5,
    pickable: false,
    updateTriggers: { getSourceColor: ctx.theme, getTargetColor: ctx.theme },
  });
}

export type SeaFanFactory = typeof createSeaFanLayer;
