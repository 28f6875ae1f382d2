import { describe, expect, it } from 'vitest';
import type { CorridorId, Place, PlaceId } from '../model/types';
import { CITY_HUB_RADIUS_KM, corridorsOfPlaces } from './build-model';

const place = (id: string, kind: Place['kind'], role: Place['role'], coord: [number, number]): Place =>
  ({ id: id as PlaceId, name: { en: id, zh: id }, kind, coord, coordSource: 'GN', role });
const on = (entries: Record<string, string[]>): Map<string, Set<CorridorId>> =>
  new Map(Object.entries(entries).map(([k, v]) => [k, new Set(v as CorridorId[])]));

describe('corridorsOfPlaces', () => {
  // 0.1 degree of latitude is about 11 km.
  const city = place('city', 'city', 'hub', [100, 30]);
  const terminal = place('terminal', 'rail-terminal', 'hub', [100, 30.2]);
  const farHub = place('far-hub', 'rail-terminal', 'hub', [100, 30 + (CITY_HUB_RADIUS_KM + 2) / 111]);
  const border = place('border', 'border-crossing', 'gateway', [100.1, 30]);
  const town = place('town', 'city', 'waypoint', [100, 29.95]);
  const port = place('port', 'seaport', 'waypoint', [120, 31.2]);
  const portCity = place('port-city', 'city', 'destination', [120, 31]);
  const corridors = corridorsOfPlaces([city, terminal, farHub, border, town, port, portCity], on({ city: ['c-circle'], terminal: ['c-west', 'c-east'], 'far-hub': ['c-far'], border: ['c-border'], port: ['c-river'] }));

  it('gives a city the corridors of its own legs and of the hubs within the radius, sorted, once each', () => {
    expect(corridors.get('city')).toEqual(['c-circle', 'c-east', 'c-west']);
    expect(corridors.get('town')).toEqual(['c-east', 'c-west']);
  });
  it('gives a city the corridors of a port within the radius, whatever the port\'s role (Shanghai and Waigaoqiao)', () => {
    expect(corridors.get('port-city')).toEqual(['c-river']);
  });
  it('leaves other places with the corridors of their own legs, and ignores non-hubs and far hubs', () => {
    expect(corridors.get('terminal')).toEqual(['c-east', 'c-west']);
    expect(corridors.get('border')).toEqual(['c-border']);
    expect(corridors.get('city')).not.toContain('c-far');
    expect(corridors.get('city')).not.toContain('c-border');
  });
});
