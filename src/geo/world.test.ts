import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildWorldGeometry, fixRing, type CountriesTopology } from './world';

const require = createRequire(import.meta.url);
const topo = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as CountriesTopology;
const world = buildWorldGeometry(topo);

function rings(name: string): Position[][] {
  const f = world.countries.features.find((c) => c.properties.name === name);
  if (!f) throw new Error(`no country ${name}`);
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
}

/** Largest longitude step between consecutive points, ignoring edges that run along a pole. */
const maxJump = (ring: Position[]): number => Math.max(0, ...ring.slice(1).map((p, i) => {
  const q = ring[i] ?? p;
  const alongPole = Math.abs(p[1] ?? 0) === 90 && Math.abs(q[1] ?? 0) === 90;
  return alongPole ? 0 : Math.abs((p[0] ?? 0) - (q[0] ?? 0));
}));

describe('fixRing', () => {
  it('unwraps a ring that crosses 180 degrees and keeps it closed', () => {
    const ring = fixRing([[179, 0], [-179, 0], [-179, 1], [179, 1], [179, 0]]);
    expect(ring).toEqual([[179, 0], [181, 0], [181, 1], [179, 1], [179, 0]]);
  });
  it('closes a ring that goes round the south pole along the pole', () => {
    const ring = fixRing([[-180, -70], [0, -70], [180, -70], [-180, -70]]);
    expect(maxJump(ring)).toBeLessThanOrEqual(180);
    expect(ring.some(([, lat]) => lat === -90)).toBe(true);
  });
  it('leaves ordinary rings alone', () => {
    const ring: Position[] = [[0, 0], [1, 0], [1, 1], [0, 0]];
    expect(fixRing(ring)).toEqual(ring);
  });
});

describe('buildWorldGeometry (world-atlas 50m)', () => {
  it.each(['Russia', 'Fiji', 'Antarctica', 'United States of America'])('%s has no ring that jumps across the map', (name) => {
    for (const ring of rings(name)) expect(maxJump(ring)).toBeLessThanOrEqual(180);
  });

  it('keeps every ring closed', () => {
    for (const f of world.countries.features) {
      const all = f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of all) expect(ring[0], f.properties.name).toEqual(ring[ring.length - 1]);
    }
  });

  it('includes Singapore (missing at 110m) and has shared borders only', () => {
    expect(world.countries.features.some((f) => f.properties.name === 'Singapore')).toBe(true);
    expect(world.borders.geometry.coordinates.length).toBeGreaterThan(100);
    for (const line of world.borders.geometry.coordinates) expect(maxJump(line)).toBeLessThanOrEqual(180);
  });
});
