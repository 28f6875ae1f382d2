import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceKm, lengthKm } from './distance';
import type { LonLat } from './lon-lat';
import { leavesMercator, MERCATOR_LIMIT_LAT, POLAR_CIRCLE_LAT, splitPolar } from './polar-split';

interface Feature { properties: { kind?: string; id: string; mode?: string }; geometry: { coordinates: number[][] | number[] } }
const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as { features: Feature[] };
const legs = model.features.filter((f) => f.properties.kind === 'leg');
const line = (id: string): LonLat[] => {
  const f = legs.find((l) => l.properties.id === id);
  if (!f) throw new Error(id);
  return f.geometry.coordinates as LonLat[];
};
const place = (id: string): LonLat => {
  const f = model.features.find((p) => p.properties.kind === 'place' && p.properties.id === id);
  if (!f) throw new Error(id);
  return f.geometry.coordinates as LonLat;
};

describe('polar split', () => {
  const ny = line('air-new-york');
  const parts = splitPolar(ny);

  it('cuts the Chongqing - New York great circle at the Arctic circle into two parts, one at each city', () => {
    expect(leavesMercator(ny)).toBe(true);
    expect(parts).toHaveLength(2);
    const [a, b] = parts;
    expect(a?.coordinates[0]).toEqual(ny[0]);
    expect(a?.cutStart).toBeNull();
    expect(a?.cutEnd?.pole).toBe('north');
    expect(a?.cutEnd?.at[1]).toBeCloseTo(POLAR_CIRCLE_LAT, 6);
    expect(b?.cutStart?.at[1]).toBeCloseTo(POLAR_CIRCLE_LAT, 6);
    expect(b?.cutEnd).toBeNull();
    // New York's part sits next to New York (-74.0), not on the next world copy (286.0).
    const nyPlace = place('new-york');
    const end = b?.coordinates.at(-1);
    expect(end?.[0]).toBeCloseTo(nyPlace[0], 3);
    expect(end?.[1]).toBeCloseTo(nyPlace[1], 3);
    expect(Math.max(...(b?.coordinates ?? []).map((c) => c[0]))).toBeLessThan(-60);
    // The cut ends are the parts' ends.
    expect(a?.coordinates.at(-1)).toEqual(a?.cutEnd?.at);
    expect(b?.coordinates[0]).toEqual(b?.cutStart?.at);
  });

  it('never draws beyond the polar circle, so never near the Mercator edge and never along it', () => {
    for (const part of parts) {
      for (const [, lat] of part.coordinates) expect(Math.abs(lat)).toBeLessThanOrEqual(POLAR_CIRCLE_LAT + 1e-9);
      const alongEdge = part.coordinates.filter(([, lat], i) => i > 0 && Math.abs(lat) >= 85 && Math.abs(part.coordinates[i - 1]?.[1] ?? 0) >= 85);
      expect(alongEdge).toEqual([]);
    }
    expect(Math.max(...parts.flatMap((p) => p.coordinates.map(([, lat]) => lat)))).toBeLessThan(85);
  });

  it('keeps each part continuous: short steps, no jump in longitude', () => {
    for (const part of parts) {
      part.coordinates.forEach((c, i) => {
        const prev = part.coordinates[i - 1];
        if (!prev) return;
        expect(Math.abs(c[0] - prev[0]), `step ${i}`).toBeLessThan(5);
        expect(distanceKm(prev, c), `step ${i}`).toBeLessThan(150);
      });
    }
  });

  it('places each part along the whole line: the second starts after the Arctic gap', () => {
    const [a, b] = parts;
    if (!a || !b) throw new Error('two parts');
    expect(a.startKm).toBe(0);
    const gap = b.startKm - lengthKm(a.coordinates);
    // Both cuts lie at 66.56 N, about 23 degrees of latitude from the route's highest point (89.4 N).
    expect(gap).toBeGreaterThan(4500);
    expect(gap).toBeLessThan(5600);
    expect(b.startKm + lengthKm(b.coordinates)).toBeCloseTo(lengthKm(ny), 0);
  });

  it('leaves every line inside the Mercator range untouched, the Pacific crossings included', () => {
    for (const id of ['lsc-sea-los-angeles', 'air-london', 'air-auckland', 'cer-xian-alashankou']) {
      const coords = line(id);
      const split = splitPolar(coords);
      expect(split).toHaveLength(1);
      expect(split[0]?.coordinates).toEqual(coords);
      expect(split[0]?.cutStart).toBeNull();
      expect(split[0]?.cutEnd).toBeNull();
    }
    expect(Math.max(...line('lsc-sea-los-angeles').map((c) => c[0]))).toBeGreaterThan(180);
    const inRange = legs.filter((l) => !leavesMercator(l.geometry.coordinates as LonLat[])).map((l) => l.properties.id);
    expect(legs.length - inRange.length).toBe(1);
  });

  it('cuts a southern polar line at the Antarctic circle, and a line that starts beyond the circle', () => {
    const south: LonLat[] = [[150, -40], [150, -60], [150, -70], [150, -86], [-30, -86], [-30, -70], [-30, -50]];
    const s = splitPolar(south);
    expect(s.map((p) => p.cutEnd?.pole ?? p.cutStart?.pole)).toEqual(['south', 'south']);
    expect(s[0]?.coordinates.at(-1)).toEqual([150, -POLAR_CIRCLE_LAT]);
    expect(s[1]?.coordinates[0]).toEqual([-30, -POLAR_CIRCLE_LAT]);
    const fromPole: LonLat[] = [[10, 88], [10, 70], [10, 60], [10, 50]];
    const f = splitPolar(fromPole);
    expect(f).toHaveLength(1);
    expect(f[0]?.coordinates).toEqual([[10, POLAR_CIRCLE_LAT], [10, 60], [10, 50]]);
    expect(f[0]?.cutStart?.pole).toBe('north');
    expect(MERCATOR_LIMIT_LAT).toBeGreaterThan(POLAR_CIRCLE_LAT);
  });
});
