/**
 * Geography rules over the compiled model (issue 16, trust audit section B), so no kind of error
 * the audit found can come back:
 * - sea legs keep to water: every 1 km sample, from 3 km of each end (port approaches included), is
 *   at sea or within 5 km of it (Natural Earth 10m land), outside the Suez and Panama canals;
 * - rail legs stay in the countries their corridor crosses (Natural Earth 50m borders, the ones the
 *   basemap draws): no sample in a country none of the corridor's rail places is in, and no run in
 *   another country between two runs of the same country;
 * - directions: a leg of a corridor with one direction carries the corridor's (that is the filter
 *   convention: the China-Europe railway is "west" although it sets out north-east); a leg of a
 *   corridor whose direction is `all` (the air routes) carries the compass quarter of its initial
 *   great-circle bearing from its origin;
 * - gateways and border stations lie in their own country on the 50m borders.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, LegFeature, PlaceFeature } from '../../src/model/schema';
import type { RoutesFile } from '../../src/model/routes';
import { distanceKm } from '../../src/geo/distance';
import { compassOfBearing, initialBearing } from '../../src/geo/direction';
import type { LonLat } from '../../src/geo/lon-lat';
import { wrapLongitude } from '../../src/geo/longitude';
import { samplesAlong } from './helpers/land';
import { loadCountryIndex, loadLandIndex } from './helpers/polygon-index';

const MODEL_PATH = process.env.GEO_RULES_MODEL ?? new URL('../../data/model/atlas.geojson', import.meta.url);
const model = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as AtlasModel;
const legs = model.features.filter((f): f is LegFeature => f.properties.kind === 'leg');
const places = new Map<string, PlaceFeature>(model.features.filter((f): f is PlaceFeature => f.properties.kind === 'place').map((p) => [p.properties.id, p]));
const routes = JSON.parse(readFileSync(new URL('../../data/model/routes.json', import.meta.url), 'utf8')) as RoutesFile;
/** The sea legs and closures that use lane `i`, for the test's name. */
const lineUsers = (i: number): string => routes.seaLegs.flatMap((s) => s.scenarios.filter((c) => c.line === i).slice(0, 1).map((c) => `${s.leg} without ${c.closed.join('+')}`)).join('; ');
const land = loadLandIndex('10m');
const countries = loadCountryIndex();

/** Canals a sea lane may cross: [west, south, east, north]. */
const CANALS: ReadonlyArray<[string, [number, number, number, number]]> = [
  ['Suez', [32.15, 29.85, 32.65, 31.4]],
  ['Panama', [-80.0, 8.85, -79.45, 9.45]],
];
const WATER_KM = 5;
const END_KM = 3;
const STEP_KM = 1;

/** In a canal's box, in any world copy (lanes are unwrapped: Panama may lie at 280 degrees east). */
const inCanal = ([lon, lat]: LonLat): boolean => {
  const x = wrapLongitude(lon);
  return CANALS.some(([, [w, s, e, n]]) => x >= w && x <= e && lat >= s && lat <= n);
};

/** Samples of a sea leg on land further than 5 km from water, as "lon,lat (km n)". */
export function overland(leg: LegFeature): string[] {
  const samples = samplesAlong(leg.geometry.coordinates, STEP_KM, distanceKm);
  const total = samples[samples.length - 1]?.km ?? 0;
  return samples
    .filter(({ km }) => km >= END_KM && km <= total - END_KM)
    .filter(({ at }) => !inCanal(at) && land.shapeAt(at[0], at[1]) !== undefined && land.edgeDistanceKm(at[0], at[1], WATER_KM) > WATER_KM)
    .map(({ at, km }) => `${at[0].toFixed(3)},${at[1].toFixed(3)} (km ${Math.round(km)})`);
}

/** Collapse samples into runs of the same country (samples in no country are skipped). */
function countryRuns(leg: LegFeature): Array<{ country: string; fromKm: number; toKm: number }> {
  const runs: Array<{ country: string; fromKm: number; toKm: number }> = [];
  for (const { at, km } of samplesAlong(leg.geometry.coordinates, STEP_KM, distanceKm)) {
    const c = countries.shapeAt(at[0], at[1]);
    if (c === undefined) continue;
    const last = runs[runs.length - 1];
    if (last && last.country === c) last.toKm = km;
    else runs.push({ country: c, fromKm: km, toKm: km });
  }
  return runs;
}

const countryOfPlace = (id: string): string | undefined => {
  const c = places.get(id)?.geometry.coordinates;
  return c ? countries.shapeAt(c[0], c[1]) : undefined;
};

/** The countries a corridor's rail legs name places in. */
function railCountries(corridor: string): Set<string> {
  return new Set(legs
    .filter((l) => l.properties.corridor === corridor && l.properties.mode === 'rail')
    .flatMap((l) => l.properties.places.map(countryOfPlace))
    .filter((c): c is string => c !== undefined));
}

/** Why a rail leg leaves its corridor's countries: a foreign country, or an excursion A-B-A. */
export function excursions(leg: LegFeature): string[] {
  const allowed = railCountries(leg.properties.corridor);
  const runs = countryRuns(leg);
  const out: string[] = [];
  runs.forEach((r, i) => {
    const span = `${r.country} km ${Math.round(r.fromKm)}-${Math.round(r.toKm)}`;
    if (!allowed.has(r.country)) out.push(`${span}: not a country of the corridor's rail places`);
    else if (i > 0 && i < runs.length - 1 && runs[i - 1]?.country === runs[i + 1]?.country) out.push(`${span}: inside ${runs[i - 1]?.country ?? ''} on both sides`);
  });
  return out;
}

/** Border stations and gateways, with the country (Natural Earth 50m name) each must lie in. */
const GATEWAY_COUNTRY: Readonly<Record<string, string>> = {
  alashankou: 'China',
  dostyk: 'Kazakhstan',
  khorgos: 'China',
  altynkol: 'Kazakhstan',
  brest: 'Belarus',
  malaszewicze: 'Poland',
  'pingxiang-gx': 'China',
  'dong-dang': 'Vietnam',
  mohan: 'China',
  boten: 'Laos',
  'nong-khai': 'Thailand',
  manzhouli: 'China',
  zabaykalsk: 'Russia',
};

describe('geo rules', () => {
  it('the indexes answer known points', () => {
    expect(land.shapeAt(106.55, 29.56)).toBe('land'); // Chongqing
    expect(land.shapeAt(110, 15)).toBeUndefined(); // South China Sea
    expect(countries.shapeAt(106.55, 29.56)).toBe('China');
    expect(countries.shapeAt(6.76, 51.43)).toBe('Germany');
    expect(countries.shapeAt(97.0, 21.0)).toBe('Myanmar');
    const coastKm = land.edgeDistanceKm(103.85, 1.29, 20); // Singapore, on the shore
    expect(coastKm).toBeLessThan(5);
    expect(land.edgeDistanceKm(100, 35, 5)).toBe(Infinity); // Qinghai, far from any coast
  });

  it.each(legs.filter((l) => l.properties.mode === 'sea').map((l) => [l.properties.id, l] as const))(
    'sea leg %s keeps within 5 km of water from 3 km of each end (1 km samples, canals excepted)',
    (_id, leg) => {
      expect(overland(leg)).toEqual([]);
    },
  );

  // The planner's lanes re-routed round closed passages (data/model/routes.json) follow the same rule.
  it.each(routes.lines.map((line, i) => [`${i} (${lineUsers(i)})`, line] as const))(
    're-routed lane %s keeps within 5 km of water from 3 km of each end',
    (_id, line) => {
      const lane = { ...legs[0], geometry: { type: 'LineString', coordinates: line } } as LegFeature;
      expect(overland(lane)).toEqual([]);
    },
  );

  it.each(legs.filter((l) => l.properties.mode === 'rail').map((l) => [l.properties.id, l] as const))(
    'rail leg %s stays in the countries of its corridor (50m borders, 1 km samples)',
    (_id, leg) => {
      expect(excursions(leg)).toEqual([]);
    },
  );

  it('every leg carries its direction by the rule', () => {
    const corridorDirection = new Map(model.corridors.map((c) => [c.id, c.direction]));
    const wrong = legs.flatMap((leg) => {
      const c = leg.geometry.coordinates;
      const first = c[0] as LonLat;
      const last = c[c.length - 1] as LonLat;
      const own = corridorDirection.get(leg.properties.corridor);
      const bearing = initialBearing(first, last);
      const expected = own === 'all' ? compassOfBearing(bearing) : own;
      return leg.properties.direction === expected ? [] : [`${leg.properties.id}: ${leg.properties.direction}, expected ${expected ?? '?'} (initial bearing ${bearing.toFixed(1)})`];
    });
    expect(wrong).toEqual([]);
  });

  it('every border crossing and land gateway lies in its own country (50m borders)', () => {
    const borderPlaces = [...places.values()].filter((p) => p.properties.placeKind === 'border-crossing').map((p) => p.properties.id);
    expect(borderPlaces.filter((id) => !(id in GATEWAY_COUNTRY))).toEqual([]);
    const wrong = Object.entries(GATEWAY_COUNTRY)
      .map(([id, expected]) => [id, expected, countryOfPlace(id)] as const)
      .filter(([, expected, actual]) => expected !== actual)
      .map(([id, expected, actual]) => `${id}: in ${actual ?? 'no country'}, expected ${expected}`);
    expect(wrong).toEqual([]);
  });
});

describe('corridor lengths are main-route lengths', () => {
  const legById = new Map(legs.map((l) => [l.properties.id as string, l]));

  it('no corridor is longer than 25,000 km (a sum of branches would be)', () => {
    expect(model.corridors.filter((c) => c.drawnKm > 25_000 || c.mainRoute.drawnKm > 25_000).map((c) => `${c.id}: ${c.drawnKm}`)).toEqual([]);
  });

  it.each(model.corridors.map((c) => [c.id, c] as const))('%s: length = its main route = the sum of the route\'s legs, which chain end to end', (_id, c) => {
    const route = c.mainRoute.legs.map((id) => legById.get(id));
    expect(route.every((l) => l !== undefined && l.properties.corridor === c.id)).toBe(true);
    const chain = route.map((l) => [l?.properties.places[0], l?.properties.places[(l?.properties.places.length ?? 0) - 1]]);
    expect(chain[0]?.[0]).toBe(c.mainRoute.from);
    expect(chain[chain.length - 1]?.[1]).toBe(c.mainRoute.to);
    chain.slice(1).forEach(([start], i) => expect(start).toBe(chain[i]?.[1]));
    expect(c.drawnKm).toBe(c.mainRoute.drawnKm);
    expect(c.mainRoute.drawnKm).toBe(route.reduce((sum, l) => sum + (l?.properties.drawnKm ?? 0), 0));
  });
});
