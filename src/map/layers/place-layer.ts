/** Places as dots sized by role (hub, gateway, destination); Chongqing's hubs in vermillion. Pure factory. */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { PlaceFeature } from '../../model/schema';
import { BASEMAP_COLORS, HUB_COLOR, type Rgb } from '../palette';
import { focusKey, isOnFocusedCorridor, isPlaceFocused, type LayerContext } from './layer-context';

export const PLACE_LAYER_ID = 'corridor-places';

const ROLE_RADIUS: Readonly<Record<PlaceFeature['properties']['role'], number>> = { hub: 5, gateway: 4, destination: 3.5, waypoint: 1.75 };

export function placeRadius(place: PlaceFeature): number {
  return ROLE_RADIUS[place.properties.role];
}

export function placeColor(place: PlaceFeature, otherColor: Rgb): Rgb {
  return place.properties.role === 'hub' ? HUB_COLOR : otherColor;
}

export function createPlaceLayer(places: readonly PlaceFeature[], ctx: LayerContext): ScatterplotLayer<PlaceFeature> {
  const other = BASEMAP_COLORS[ctx.theme].place;
  const triggers = [ctx.theme, focusKey(ctx)];
  const anyFocus = ctx.selectedCorridor !== null || ctx.highlightCorridors.length > 0;
  const inSelection = (p: PlaceFeature): boolean => isPlaceFocused(ctx, p) || isOnFocusedCorridor(ctx, p);
  return new ScatterplotLayer<PlaceFeature>({
    id: PLACE_LAYER_ID,
    data: places,
    getPosition: (p) => p.geometry.coordinates,
    getRadius: (p) => placeRadius(p) * (isPlaceFocused(ctx, p) ? 1.8 : 1) * ctx.lineScale,
    getFillColor: (p) => [...placeColor(p, other), anyFocus && !inSelection(p) ? 90 : 255],
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: ctx.theme === 'dark' ? [0, 0, 0, 180] : [255, 255, 255, 220],
    lineWidthUnits: 'pixels',
    getLineWidth: (p) => (isPlaceFocused(ctx, p) ? 2.5 : 1),
    pickable: true,
    updateTriggers: { getFillColor: triggers, getRadius: [...triggers, ctx.lineScale], getLineWidth: triggers, getLineColor: ctx.theme },
  });
}
