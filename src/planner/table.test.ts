import { describe, expect, it } from 'vitest';
import type { CorridorId, PlaceId } from '../model/types';
import type { Comparison, RouteRow } from './compare';
import { comparisonCsv, comparisonPayload, sortRows } from './table';

const row = (id: string, km: number | null, days: [number, number] | null, co2: number | null): RouteRow => ({
  id, corridors: ['c' as CorridorId], modes: ['rail', 'sea'], steps: [], distanceKm: km, baseDistanceKm: km ?? 0, officialKm: null, officialFacts: [],
  days: days ? { min: days[0], max: days[1], basis: 'estimate' } : null, baseDays: { min: 0, max: 0, basis: 'estimate' }, daysParts: [],
  co2eKgPerTeu: co2, co2eKgPerTonne: co2 === null ? null : co2 / 10, co2Parts: [], transshipments: 1, transferPlaces: [], borders: 0,
  passages: ['suez'], blocked: km === null,
});

describe('comparison table', () => {
  const rows = [row('b', 200, [10, 12], 50), row('a', null, null, null), row('c', 100, [20, 30], 40)];

  it('sorts by any column both ways, blocked routes last either way', () => {
    expect(sortRows(rows, 'distanceKm', 'ascending').map((r) => r.id)).toEqual(['c', 'b', 'a']);
    expect(sortRows(rows, 'distanceKm', 'descending').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, 'days', 'ascending').map((r) => r.id)).toEqual(['b', 'c', 'a']);
    expect(sortRows(rows, 'option', 'ascending').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('writes one CSV row per option with quoted text', () => {
    const c: Comparison = { to: 'duisburg' as PlaceId, closed: ['suez'], tonnesPerTeu: 10, routes: [row('x:"odd", id', 100, [1, 2], 5)] };
    expect(comparisonCsv(c).split('\r\n')).toEqual([
      'to,closed,id,corridors,modes,distanceKm,officialKm,daysMin,daysMax,daysBasis,transshipments,borders,passages,co2eKgPerTeu,co2eKgPerTonne,tonnesPerTeu,blocked',
      'duisburg,suez,"x:""odd"", id",c,rail sea,100,,1,2,estimate,1,0,suez,5,0.5,10,false',
      '',
    ]);
  });

  it('gives the embed API the public fields', () => {
    const c: Comparison = { to: 'duisburg' as PlaceId, closed: [], tonnesPerTeu: 10, routes: [row('x', 100, [1, 2], 5)] };
    expect(comparisonPayload(c)).toEqual({ to: 'duisburg', closed: [], routes: [{ id: 'x', corridors: ['c'], modes: ['rail', 'sea'], distanceKm: 100, officialKm: null, days: { min: 1, max: 2, basis: 'estimate' }, co2eKgPerTeu: 5, transshipments: 1, passages: ['suez'] }] });
  });
});
