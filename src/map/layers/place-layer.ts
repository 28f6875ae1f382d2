/** Places as dots sized by role; Chongqing's hubs in vermillion. Pure factory. */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { PlaceFeature } from '../../model/schema';
import { HUB_COLOR, type Rgb } from '../palette';

export const PLACE_LAYER_ID = 'corridor-places';

const ROLE_RADIUS: Readonly<Record<PlaceFeature['properties']['role'], number>> = { hub: 5, gateway: 4, destination: 3.5, waypoint: 1.75 };

export function placeRadius(place: PlaceFeature): number {
  return ROLE_RADIUS[place.properties.role];
}

export function placeColor(place: PlaceFeature, otherColor: Rgb): Rgb {
  return place.properties.role === 'hub' ? HUB_COLOR : otherColor;
}

export function createPlaceLayer(places: readonly PlaceFeature[], otherColor: Rgb): ScatterplotLayer<PlaceFeature> {
  return new ScatterplotLayer<PlaceFeature>({
    id: PLACE_LAYER_ID,
    data: places,
    getPosition: (p) => p.geometry.coordinates,
    getRadius: placeRadius,
    getFillColor: (p) => placeColor(p, otherColor),
    radiusUnits: 'pixels',
    stroked: true,
    getLineColor: [0, 0, 0, 160],
    lineWidthUnits: 'pixels',
    getLineWidth: 1,
    pickable: true,
    updateTriggers: { getFillColor: otherColor },
  });
}
