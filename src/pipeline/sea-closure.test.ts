import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString } from 'geojson';
import type { Passage } from '../model/routes';
import { lengthKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';
import { createClosedRouter } from './sea-closure';

/** A ring of sea lanes round an "island": the short way east through a strait, the long way round west. */
const NETWORK: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 0], [2, 0]] } },
    { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0], [0, 3], [2, 3], [2, 0]] } },
  ],
};
const STRAIT: Passage = { id: 'suez', name: { en: 'Strait', zh: '海峡' }, short: { en: 'Strait', zh: '海峡' }, box: [0.9, -0.1, 1.1, 0.1] };
const NORTH: Passage = { id: 'gibraltar', name: { en: 'North', zh: '北' }, short: { en: 'North', zh: '北' }, box: [0.9, 2.9, 1.1, 3.1] };
const route = createClosedRouter(NETWORK, [STRAIT, NORTH], []);
const from: LonLat = [0, 0.01];
const to: LonLat = [2, 0.01];

describe('sea lanes with passages closed', () => {
  it('takes the strait when it is open', () => {
    const lane = route(from, to, []);
    expect('error' in lane).toBe(false);
    expect(lane).toContainEqual([1, 0]);
  });

  it('goes round when the strait is closed, and is longer by the detour', () => {
    const open = route(from, to, []) as LonLat[];
    const round = route(from, to, [STRAIT]) as LonLat[];
    expect(round).toContainEqual([0, 3]);
    expect(round).not.toContainEqual([1, 0]);
    // 2 degrees east against 3 + 2 + 3 degrees round.
    expect(lengthKm(round) / lengthKm(open)).toBeCloseTo(4, 1);
  });

  it('says so when every way is closed', () => {
    expect(route(from, to, [STRAIT, NORTH])).toEqual({ error: 'no lane avoids the closed passages', blocked: true });
  });
});
