import { describe, expect, it } from 'vitest';
import { distanceKm, lengthKm } from '../geo/distance';
import { buildGreatCircle, buildGreatCircleChain } from './great-circle';

describe('buildGreatCircle', () => {
  it('starts and ends exactly at its two points', () => {
    const line = buildGreatCircle([106.6417, 29.7192], [-0.1257, 51.5085]);
    expect(line[0]).toEqual([106.6417, 29.7192]);
    expect(line[line.length - 1]).toEqual([-0.1257, 51.5085]);
  });

  it('is as long as the great-circle distance and bends north of the straight line', () => {
    const a: [number, number] = [106.6417, 29.7192];
    const b: [number, number] = [-0.1257, 51.5085];
    const line = buildGreatCircle(a, b);
    expect(lengthKm(line) / distanceKm(a, b)).toBeCloseTo(1, 3);
    expect(Math.max(...line.map(([, lat]) => lat))).toBeGreaterThan(55);
  });

  it('crosses the antimeridian as one continuous line', () => {
    const line = buildGreatCircle([139.6917, 35.6895], [-118.2437, 34.0522]);
    const jumps = line.slice(1).map((p, i) => Math.abs(p[0] - (line[i]?.[0] ?? p[0])));
    expect(Math.max(...jumps)).toBeLessThan(5);
    expect(line[line.length - 1]?.[0]).toBeCloseTo(-118.2437 + 360, 3);
  });

  it('keeps a near-polar arc (Chongqing - New York) continuous, with no jump over 180 degrees', () => {
    const line = buildGreatCircle([106.6417, 29.7192], [-74.006, 40.7143]);
    const jumps = line.slice(1).map((p, i) => Math.abs(p[0] - (line[i]?.[0] ?? p[0])));
    expect(Math.max(...jumps)).toBeLessThan(180);
    // The arc passes within a degree of the pole: the true geography, clamped only when drawn.
    expect(Math.max(...line.map(([, lat]) => lat))).toBeGreaterThan(89);
  });
});

describe('buildGreatCircleChain', () => {
  it('joins arcs through every waypoint without repeating the joints', () => {
    const pts: Array<[number, number]> = [[106.56, 29.67], [113.25, 23.1167], [114.1577, 22.2855], [103.82, 1.265]];
    const chain = buildGreatCircleChain(pts);
    for (const p of pts) expect(chain).toContainEqual(p);
    const dupes = chain.slice(1).filter((p, i) => p[0] === chain[i]?.[0] && p[1] === chain[i]?.[1]);
    expect(dupes).toEqual([]);
  });
});
