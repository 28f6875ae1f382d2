/** Corridor legs as deck.gl paths, coloured by mode and sized by role. Pure factory. */
import { PathLayer } from '@deck.gl/layers';
import type { LegFeature } from '../../model/schema';
import { MODE_COLORS, type Rgb } from '../palette';

export const LEG_LAYER_ID = 'corridor-legs';

/** Web Mercator cannot show latitudes beyond this; near-polar air arcs are clamped to it. */
export const MERCATOR_MAX_LAT = 85.0511;

const ROLE_WIDTH: Readonly<Record<LegFeature['properties']['role'], number>> = { trunk: 3.5, branch: 2.5, feeder: 1.75 };

/** The drawable path of a leg: its coordinates with latitudes clamped to the Mercator limit. */
export function legPath(leg: LegFeature): [number, number][] {
  return leg.geometry.coordinates.map(([lon, lat]) => [lon, Math.max(-MERCATOR_MAX_LAT, Math.min(MERCATOR_MAX_LAT, lat))]);
}

export function legColor(leg: LegFeature): Rgb {
  return MODE_COLORS[leg.properties.mode];
}

export function legWidth(leg: LegFeature): number {
  return ROLE_WIDTH[leg.properties.role];
}

export function createLegLayer(legs: readonly LegFeature[]): PathLayer<LegFeature> {
  return new PathLayer<LegFeature>({
    id: LEG_LAYER_ID,
    data: legs,
    getPath: legPath,
    getColor: legColor,
    getWidth: legWidth,
    widthUnits: 'pixels',
    widthMinPixels: 1,
    capRounded: true,
    jointRounded: true,
    pickable: true,
  });
}
