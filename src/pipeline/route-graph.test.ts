import { describe, expect, it } from 'vitest';
import type { LegFeature } from '../model/schema';
import type { PlaceId } from '../model/types';
import type { LonLat } from '../geo/lon-lat';
import { distanceKm } from '../geo/distance';
import { bordersAlong, buildRouteGraph, placeIndexes } from './route-graph';

const leg = (id: string, mode: LegFeature['properties']['mode'], places: string[], coordinates: Array<[number, number]>): LegFeature => ({
  type: 'Feature', id,
  geometry: { type: 'LineString', coordinates },
  properties: { kind: 'leg', id, corridor: 'c', name: { en: id, zh: id }, mode, role: 'trunk', direction: 'west', inferred: false, drawnKm: 0, places, facts: [] },
} as unknown as LegFeature);

describe('route graph', () => {
  it('finds each named place along the line, in order, in any world copy', () => {
    expect(placeIndexes([[0, 0], [1, 0], [2, 0], [362, 0]], [[0, 0], [2, 0], [2, 0]])).toEqual([0, 2, 3]);
  });

  it('counts land borders between country runs, skipping the sea', () => {
    const country = ([lon]: LonLat): string | undefined => (lon < 1 ? 'A' : lon < 2 ? undefined : lon < 3 ? 'B' : 'C');
    expect(bordersAlong([[0.5, 0], [3.5, 0]], country, 5)).toBe(2);
    expect(bordersAlong([[0.1, 0], [0.9, 0]], country, 5)).toBe(0);
  });

  it('splits a leg at its named places, both ways, with the km of each part; no data links', () => {
    const coord = new Map<PlaceId, LonLat>([['a', [0, 0]], ['b', [1, 0]], ['c', [2, 0]]] as Array<[PlaceId, LonLat]>);
    const g = buildRouteGraph([leg('r', 'rail', ['a', 'b', 'c'], [[0, 0], [0.5, 0.5], [1, 0], [2, 0]]), leg('d', 'data', ['a', 'c'], [[0, 0], [2, 0]])], coord, () => 'X');
    expect(g.out.get('a' as PlaceId)?.map((e) => [e.leg, e.to])).toEqual([['r', 'b']]);
    const ab = g.out.get('a' as PlaceId)?.[0];
    expect(ab?.km).toBe(Math.round(distanceKm([0, 0], [0.5, 0.5]) + distanceKm([0.5, 0.5], [1, 0])));
    expect(g.out.get('b' as PlaceId)?.map((e) => e.to).sort()).toEqual(['a', 'c']);
  });
});
