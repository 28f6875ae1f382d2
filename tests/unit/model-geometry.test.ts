/**
 * Geometry invariants of the committed model (SPEC section 3.5): rail and river legs stay on land
 * (sea legs: geo-rules.test.ts), lines follow geography in steps of at most 400 km, no jump of more than
 * 180 degrees, and a Pacific crossing is close to the great circle.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasModel, LegFeature, PlaceFeature } from '../../src/model/schema';
import { distanceKm, lengthKm } from '../../src/geo/distance';
import type { LonLat } from '../../src/geo/lon-lat';
import { loadLand, samplesAlong } from './helpers/land';

const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const legs = model.features.filter((f): f is LegFeature => f.properties.kind === 'leg');
const placeCoord = new Map<string, LonLat>(model.features.filter((f): f is PlaceFeature => f.properties.kind === 'place').map((p) => [p.properties.id, [p.geometry.coordinates[0], p.geometry.coordinates[1]]]));
const isLand = loadLand('10m');

/**
 * Natural Earth's land polygon treats the tidal Yangtze below Zhenjiang as sea (the estuary is
 * 2-20 km wide there), so river samples inside this box count as on the river.
 */
const YANGTZE_ESTUARY: [number, number, number, number] = [119.4, 31.0, 122.2, 32.35];


/** Sampled points of a leg that break a predicate, skipping the ends. */
function offenders(leg: LegFeature, bad: (p: LonLat) => boolean, skipKm: number): string[] {
  const samples = samplesAlong(leg.geometry.coordinates, 5, distanceKm);
  const total = samples[samples.length - 1]?.km ?? 0;
  return samples
    .filter(({ km }) => km >= skipKm && km <= total - skipKm)
    .filter(({ at }) => bad(at))
    .map(({ at, km }) => `${at[0].toFixed(2)},${at[1].toFixed(2)} (km ${Math.round(km)})`);
}

const sameSpot = ([x, y]: LonLat, [lon, lat]: LonLat): boolean => Math.abs(((x - lon + 540) % 360) - 180) < 1e-4 && Math.abs(y - lat) < 1e-4;

/**
 * Why a line is not a chain of great-circle arcs through `stops`: a stop it misses, a point off the
 * arc between its stops (it would lengthen the path by more than 0.1%), or an arc over 500 km drawn
 * with no points between its ends (a straight line on the map).
 */
function greatCircleFaults(line: readonly LonLat[], stops: readonly LonLat[]): string[] {
  const at = stops.map((s) => line.findIndex((p) => sameSpot(p, s)));
  if (at.some((i) => i < 0) || at.some((i, k) => k > 0 && i <= (at[k - 1] ?? 0))) return [`does not pass through its places in order (${at.join(', ')})`];
  return stops.slice(1).flatMap((b, k) => {
    const a = stops[k] as LonLat;
    const inner = line.slice((at[k] ?? 0) + 1, at[k + 1]);
    const arcKm = distanceKm(a, b);
    if (arcKm > 500 && inner.length === 0) return [`arc ${k + 1} (${Math.round(arcKm)} km) is drawn straight`];
    return inner.filter((p) => distanceKm(a, p) + distanceKm(p, b) > arcKm * 1.001).map((p) => `arc ${k + 1}: ${p.join(',')} is off the great circle`);
  });
}

describe('model geometry', () => {
  it('has legs of every mode', () => {
    expect(new Set(legs.map((l) => l.properties.mode))).toEqual(new Set(['rail', 'river', 'sea', 'road', 'air', 'data']));
  });

  // Sea legs: tests/unit/geo-rules.test.ts (1 km samples from 3 km of each end, within 5 km of
  // water). A strict "never over Natural Earth land" rule cannot hold for a port approach up a
  // river channel that the 10m land polygon does not cut out (Ho Chi Minh City's Long Tau channel).

  it.each(legs.filter((l) => l.properties.mode === 'rail' || l.properties.mode === 'river').map((l) => [l.properties.id, l] as const))(
    'rail/river leg %s stays on land',
    (_id, leg) => {
      const [w, s, e, n] = YANGTZE_ESTUARY;
      const inEstuary = ([lon, lat]: LonLat): boolean =>
        leg.properties.mode === 'river' && lon >= w && lon <= e && lat >= s && lat <= n;
      // Terminals such as Qinzhou and Laem Chabang stand on reclaimed land newer than Natural
      // Earth's coastline: allow the first and last 12 km.
      expect(offenders(leg, (p) => !inEstuary(p) && !isLand(p[0], p[1]), 12)).toEqual([]);
    },
  );

  it.each(legs.filter((l) => ['rail', 'river', 'road'].includes(l.properties.mode)).map((l) => [l.properties.id, l] as const))(
    'rail/river/road leg %s has no straight segment longer than 400 km',
    (_id, leg) => {
      const c = leg.geometry.coordinates;
      const long = c.slice(1).map((b, i) => ({ km: distanceKm(c[i] as LonLat, b), i })).filter(({ km }) => km > 400);
      expect(long).toEqual([]);
    },
  );

  it('no line jumps by more than 180 degrees of longitude between consecutive points', () => {
    const jumps = legs.flatMap((l) => l.geometry.coordinates.slice(1)
      .map((b, i) => [l.properties.id, Math.abs(b[0] - (l.geometry.coordinates[i]?.[0] ?? b[0]))] as const)
      .filter(([, d]) => d > 180));
    expect(jumps).toEqual([]);
  });

  it('a Pacific crossing is shorter than 1.2 times the great-circle distance', () => {
    const pacific = legs.filter((l) => l.properties.mode === 'sea' && l.geometry.coordinates.some(([lon]) => lon > 180 || lon < -180));
    expect(pacific.length).toBeGreaterThan(0);
    for (const leg of pacific) {
      const c = leg.geometry.coordinates;
      const gc = distanceKm(c[0] as LonLat, c[c.length - 1] as LonLat);
      expect(lengthKm(c), leg.properties.id).toBeLessThan(1.2 * gc);
    }
  });

  it.each(['air', 'data'] as const)('%s legs are great-circle arcs through their places, densified so they curve', (mode) => {
    const arcs = legs.filter((l) => l.properties.mode === mode);
    expect(arcs.length).toBeGreaterThan(0);
    const off = arcs.flatMap((leg) => greatCircleFaults(leg.geometry.coordinates, leg.properties.places.map((id): LonLat => placeCoord.get(id) ?? [NaN, NaN]))
      .map((fault) => `${leg.properties.id}: ${fault}`));
    expect(off).toEqual([]);
  });

  it('a leg that crosses the antimeridian is unwrapped into one continuous line', () => {
    const crossers = legs.filter((l) => l.geometry.coordinates.some(([lon]) => Math.abs(lon) > 180));
    expect(crossers.map((l) => l.properties.id)).toEqual(expect.arrayContaining(['lsc-sea-los-angeles', 'air-new-york']));
  });
});
