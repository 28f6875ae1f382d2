import { describe, expect, it } from 'vitest';
import type { LegFeature, PlaceFeature } from '../../model/schema';
import type { CorridorId, LegId, PlaceId } from '../../model/types';
import { MODE_COLORS } from '../palette';
import { createLegLayer, legColor, legPath, legWidth, LEG_LAYER_ID, MERCATOR_MAX_LAT } from './leg-layer';
import { createPlaceLayer, placeColor, placeRadius, PLACE_LAYER_ID } from './place-layer';

const leg = (mode: LegFeature['properties']['mode'], role: LegFeature['properties']['role'], coords: [number, number][]): LegFeature => ({
  type: 'Feature', id: 'leg:x', geometry: { type: 'LineString', coordinates: coords },
  properties: { kind: 'leg', id: 'x' as LegId, corridor: 'c' as CorridorId, name: { en: 'x', zh: 'x' }, mode, role, direction: 'west', inferred: false, drawnKm: 1, places: [], facts: [] },
});

const place = (role: PlaceFeature['properties']['role']): PlaceFeature => ({
  type: 'Feature', id: 'place:p', geometry: { type: 'Point', coordinates: [106, 29] },
  properties: { kind: 'place', id: 'p' as PlaceId, name: { en: 'p', zh: 'p' }, placeKind: 'city', role, coordSource: 'GN', corridors: [] },
});

describe('leg layer', () => {
  it('colours by mode and widens trunks', () => {
    expect(legColor(leg('sea', 'trunk', []))).toEqual(MODE_COLORS.sea);
    expect(legColor(leg('rail', 'trunk', []))).not.toEqual(legColor(leg('river', 'trunk', [])));
    expect(legWidth(leg('rail', 'trunk', []))).toBeGreaterThan(legWidth(leg('rail', 'feeder', [])));
  });

  it('clamps near-polar latitudes to the Web Mercator limit and keeps longitudes', () => {
    expect(legPath(leg('air', 'branch', [[106, 29], [180, 89.4], [286, 40.7]]))).toEqual([[106, 29], [180, MERCATOR_MAX_LAT], [286, 40.7]]);
  });

  it('keeps a stable id and the data array it was given', () => {
    const data = [leg('rail', 'trunk', [[0, 0], [1, 1]])];
    const layer = createLegLayer(data);
    expect(layer.id).toBe(LEG_LAYER_ID);
    expect(layer.props.data).toBe(data);
  });
});

describe('place layer', () => {
  it('sizes by role and marks hubs in their own colour', () => {
    expect(placeRadius(place('hub'))).toBeGreaterThan(placeRadius(place('waypoint')));
    expect(placeColor(place('hub'), [1, 2, 3])).not.toEqual([1, 2, 3]);
    expect(placeColor(place('destination'), [1, 2, 3])).toEqual([1, 2, 3]);
    expect(createPlaceLayer([], [1, 2, 3]).id).toBe(PLACE_LAYER_ID);
  });
});
