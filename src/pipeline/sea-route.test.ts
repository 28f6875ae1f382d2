import type { Feature, FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { applyNetworkPatches } from './marnet-patches';
import { buildAntimeridianBridges, createSeaRouter } from './sea-route';

const line = (...coords: Array<[number, number]>): Feature<LineString> => ({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: coords } });

/**
 * A toy ocean: a Pacific lane split at the antimeridian (170E..180 and -180..-170W) and a long
 * way round the other side of the world (170E west to 0 to -170W) with a fork at 0.
 */
const TOY: FeatureCollection<LineString> = {
  type: 'FeatureCollection',
  features: [
    line([170, 0], [175, 0], [180, 0]),
    line([-180, 0], [-175, 0], [-170, 0]),
    line([170, 0], [90, 0], [0, 0]),
    line([0, 0], [-90, 0], [-170, 0]),
    line([0, 0], [0, 5]),
  ],
};

describe('buildAntimeridianBridges', () => {
  it('joins each +180 vertex to its -180 twin', () => {
    const bridges = buildAntimeridianBridges([[180, 0], [-180, 0], [180, 10], [-180, 40]]);
    expect(bridges.map((b) => b.geometry.coordinates)).toEqual([[[180, 0], [-180, 0]]]);
  });
});

describe('createSeaRouter', () => {
  it('crosses the Pacific over the bridge instead of going round the world, as one continuous line', () => {
    const route = createSeaRouter(TOY, [])([169.5, 0.1], [-169.5, 0.1]);
    if ('error' in route) throw new Error(route.error);
    expect(route[0]).toEqual([169.5, 0.1]);
    expect(route[route.length - 1]).toEqual([190.5, 0.1]);
    expect(route.every(([lon]) => lon >= 169.5 && lon <= 190.5)).toBe(true);
  });

  it('adds the real port coordinates at both ends', () => {
    const route = createSeaRouter(TOY, [])([0.3, 5.2], [89.7, 0.2]);
    if ('error' in route) throw new Error(route.error);
    expect(route[0]).toEqual([0.3, 5.2]);
    expect(route[1]).toEqual([0, 5]);
    expect(route[route.length - 1]).toEqual([89.7, 0.2]);
  });

  it('draws a direct line when both ends are nearest the same network vertex', () => {
    expect(createSeaRouter(TOY, [])([0.2, 5.1], [0.4, 5.3])).toEqual([[0.2, 5.1], [0.4, 5.3]]);
  });

  it('refuses a port far from the network', () => {
    const route = createSeaRouter(TOY, [])([45, 45], [0, 5]);
    expect(route).toEqual({ error: expect.stringContaining('km from the sea network') });
  });

  it('throws when a patch no longer matches the network', () => {
    expect(() => createSeaRouter(TOY, [{ reason: 'gone', from: [1, 1], to: [2, 2], via: [] }])).toThrow(/gone/);
  });
});

describe('applyNetworkPatches', () => {
  it('inserts a detour in either direction and drops edges', () => {
    const net: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [line([0, 0], [10, 0], [20, 0])] };
    const detour = applyNetworkPatches(net, [{ reason: 'r', from: [10, 0], to: [0, 0], via: [[5, 1]] }]);
    expect(detour.unmatched).toEqual([]);
    expect(detour.network.features[0]?.geometry.coordinates).toEqual([[0, 0], [5, 1], [10, 0], [20, 0]]);
    const dropped = applyNetworkPatches(net, [{ reason: 'd', from: [0, 0], to: [10, 0], via: 'drop' }]);
    expect(dropped.network.features.map((f) => f.geometry.coordinates)).toEqual([[[10, 0], [20, 0]]]);
    expect(applyNetworkPatches(net, [{ reason: 'x', from: [0, 0], to: [20, 0], via: [] }]).unmatched).toEqual(['x']);
  });

  it('adds edges that start at a vertex (and end at one when they join), and reports those that do not', () => {
    const net: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [line([0, 0], [10, 0], [20, 0])] };
    const added = applyNetworkPatches(net, [
      { reason: 'gap', add: [[0, 0], [10, 5], [20, 0]], joins: true },
      { reason: 'approach', add: [[20, 0], [21, 1]], joins: false },
      { reason: 'orphan', add: [[5, 5], [6, 6]], joins: false },
      { reason: 'dangling', add: [[0, 0], [6, 6]], joins: true },
    ]);
    expect(added.unmatched).toEqual(['orphan', 'dangling']);
    expect(added.network.features.map((f) => f.geometry.coordinates)).toEqual([
      [[0, 0], [10, 0], [20, 0]], [[0, 0], [10, 5], [20, 0]], [[20, 0], [21, 1]],
    ]);
  });

  it('routes over an added shortcut', () => {
    const net: FeatureCollection<LineString> = { type: 'FeatureCollection', features: [line([0, 0], [0, 10], [10, 10], [10, 0])] };
    const route = createSeaRouter(net, [{ reason: 'gap', add: [[0, 0], [10, 0]], joins: true }])([0, 0], [10, 0]);
    expect(route).toEqual([[0, 0], [10, 0]]);
  });
});
