/**
 * Every leg as a deck.gl path: a casing underneath for contrast on both themes, the line coloured by
 * mode, dashed where the routing is inferred and for the data channel, wider for trunks, highlighted
 * on hover and selection. Air legs are drawn along their great-circle geometry from the model, a
 * polar one as its parts below the polar circle (the caller passes drawnLegs(), drawn-legs.ts). Both
 * layers use the same dash shader so software WebGL compiles one program for them. Pure factories.
 */
import { PathStyleExtension, type PathStyleExtensionProps } from '@deck.gl/extensions';
import { PathLayer } from '@deck.gl/layers';
import type { LegFeature } from '../../model/schema';
import { CASING_COLORS, modeColor, type Rgb, type Theme } from '../palette';
import { emphasis, focusKey, legAlpha, type LayerContext } from './layer-context';

export const LEG_LAYER_ID = 'corridor-legs';
export const LEG_CASING_LAYER_ID = 'corridor-legs-casing';

/** Web Mercator cannot show latitudes beyond this; near-polar arcs are clamped to it. */
export const MERCATOR_MAX_LAT = 85.0511;

const ROLE_WIDTH: Readonly<Record<LegFeature['properties']['role'], number>> = { trunk: 3.5, branch: 2.5, feeder: 1.75 };
const SOLID: [number, number] = [0, 0];
const INFERRED_DASH: [number, number] = [3, 2];
const DATA_DASH: [number, number] = [1.2, 1.6];

/**
 * A line with latitudes clamped to the Mercator limit. The drawn legs never reach it (polar legs are
 * cut at the polar circle, drawn-legs.ts); the clamp only guards against a line that would vanish.
 */
export function mercatorPath(coords: readonly (readonly [number, number])[]): [number, number][] {
  return coords.map(([lon, lat]) => [lon, Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat))]);
}

/** The drawable path of a leg (or of one drawn part of it). */
export function legPath(leg: LegFeature): [number, number][] {
  return mercatorPath(leg.geometry.coordinates);
}

export function legColor(leg: LegFeature, theme: Theme = 'dark'): Rgb {
  return modeColor(leg.properties.mode, theme);
}

export function legWidth(leg: LegFeature): number {
  return ROLE_WIDTH[leg.properties.role];
}

/** Dash pattern in line widths: data links dotted, inferred routings dashed, the rest solid. */
export function legDash(leg: LegFeature): [number, number] {
  if (leg.properties.mode === 'data') return DATA_DASH;
  return leg.properties.inferred ? INFERRED_DASH : SOLID;
}

const DASH_EXTENSION = new PathStyleExtension({ dash: true });

type DashedPathLayer = PathLayer<LegFeature, PathStyleExtensionProps<LegFeature>>;

export function createLegLayers(legs: readonly LegFeature[], ctx: LayerContext): [DashedPathLayer, DashedPathLayer] {
  const triggers = [focusKey(ctx), ctx.hoverCorridor, ctx.hoverLeg];
  const width = (l: LegFeature): number => legWidth(l) * emphasis(ctx, l.properties.corridor, l.properties.id) * ctx.lineScale;
  const casing = new PathLayer<LegFeature, PathStyleExtensionProps<LegFeature>>({
    id: LEG_CASING_LAYER_ID,
    data: legs,
    getPath: legPath,
    getColor: (l) => [...CASING_COLORS[ctx.theme], legAlpha(ctx, l.properties.corridor, l.properties.id)],
    getWidth: (l) => width(l) + 2 * ctx.lineScale,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
    getDashArray: SOLID,
    extensions: [DASH_EXTENSION],
    updateTriggers: { getColor: [ctx.theme, ...triggers], getWidth: [...triggers, ctx.lineScale] },
  });
  const line = new PathLayer<LegFeature, PathStyleExtensionProps<LegFeature>>({
    id: LEG_LAYER_ID,
    data: legs,
    getPath: legPath,
    getColor: (l) => [...legColor(l, ctx.theme), legAlpha(ctx, l.properties.corridor, l.properties.id)],
    getWidth: width,
    widthUnits: 'pixels',
    widthMinPixels: 1,
    capRounded: true,
    jointRounded: true,
    pickable: true,
    autoHighlight: false,
    getDashArray: legDash,
    dashJustified: true,
    extensions: [DASH_EXTENSION],
    updateTriggers: { getColor: [ctx.theme, ...triggers], getWidth: [...triggers, ctx.lineScale] },
  });
  return [casing, line];
}

export const PLANNER_LANE_LAYER_ID = 'planner-lanes';

type Lane = { id: string; path: Array<[number, number]> };

/** Sea lanes the planner re-routed round closed passages: sea colour, wide, above the legs they replace. */
export function createPlannerLaneLayer(lanes: readonly Lane[], ctx: LayerContext): PathLayer<Lane> {
  return new PathLayer<Lane>({
    id: PLANNER_LANE_LAYER_ID,
    data: lanes,
    getPath: (l) => mercatorPath(l.path),
    getColor: [...modeColor('sea', ctx.theme), 255],
    getWidth: 4 * ctx.lineScale,
    widthUnits: 'pixels',
    capRounded: true,
    jointRounded: true,
  });
}
