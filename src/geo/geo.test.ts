import { describe, expect, it } from 'vitest';
import turfDistance from '@turf/distance';
import turfLength from '@turf/length';
import { lineString, point } from '@turf/helpers';
import { dedupeConsecutive, roundCoord } from './coords';
import { compassOfBearing, directionFrom, initialBearing } from './direction';
import { distanceKm, lengthKm } from './distance';
import { lonDelta, unwrapLongitudes, wrapLongitude } from './longitude';

describe('unwrapLongitudes', () => {
  it('makes a line that crosses 180 degrees continuous', () => {
    expect(unwrapLongitudes([[170, 0], [179, 1], [-179, 2], [-170, 3]])).toEqual([[170, 0], [179, 1], [181, 2], [190, 3]]);
  });
  it('works westward too and leaves ordinary lines alone', () => {
    expect(unwrapLongitudes([[-170, 0], [175, 1]])).toEqual([[-170, 0], [-185, 1]]);
    expect(unwrapLongitudes([[100, 0], [120, 1]])).toEqual([[100, 0], [120, 1]]);
  });
});

describe('roundCoord / dedupeConsecutive', () => {
  it('rounds to 5 dp without negative zero', () => {
    expect(roundCoord([106.123456789, -0.000001])).toEqual([106.12346, 0]);
    expect(Object.is(roundCoord([-0.000001, 1])[0], -0)).toBe(false);
  });
  it('drops repeated points', () => {
    expect(dedupeConsecutive([[1, 1], [1, 1], [2, 2], [1, 1]])).toEqual([[1, 1], [2, 2], [1, 1]]);
  });
});

describe('lengthKm / lonDelta', () => {
  it('measures one degree of latitude as about 111 km', () => {
    expect(lengthKm([[0, 0], [0, 1]])).toBeCloseTo(111.19, 1);
    expect(lengthKm([[0, 0]])).toBe(0);
  });
  it('folds longitude differences into -180..180', () => {
    expect(lonDelta(170, -170)).toBe(20);
    expect(lonDelta(-170, 170)).toBe(-20);
  });
});

describe('initialBearing / compassOfBearing / directionFrom (from Chongqing)', () => {
  const cq: [number, number] = [106.64, 29.72];
  it.each([
    ['New York (the great circle leaves almost due north)', [-73.78, 40.64], 'north'],
    ['London (north-west, over Siberia)', [-0.13, 51.51], 'north'],
    ['Moscow', [37.62, 55.75], 'north'],
    ['Dubai', [55.3, 25.26], 'west'],
    ['Tokyo', [139.69, 35.69], 'east'],
    ['Sydney', [151.21, -33.87], 'south'],
    ['Singapore', [103.85, 1.29], 'south'],
    ['Shanghai', [121.46, 31.22], 'east'],
    ['Ulaanbaatar', [106.88, 47.91], 'north'],
  ] as const)('%s is %s', (_name, to, dir) => {
    expect(directionFrom(cq, [to[0], to[1]])).toBe(dir);
  });
  it('gives the bearings of known great circles', () => {
    expect(initialBearing([0, 0], [0, 10])).toBeCloseTo(0, 9);
    expect(initialBearing([0, 0], [10, 0])).toBeCloseTo(90, 9);
    expect(initialBearing([0, 10], [0, 0])).toBeCloseTo(180, 9);
    expect(initialBearing([10, 0], [0, 0])).toBeCloseTo(270, 9);
    // Chongqing to New York: about half a degree east of north (trust audit B.1).
    expect(initialBearing(cq, [-73.78, 40.64])).toBeGreaterThan(0);
    expect(initialBearing(cq, [-73.78, 40.64])).toBeLessThan(2);
  });
  it('splits the compass into quarters at 45, 135, 225 and 315 degrees', () => {
    expect([0, 44.9, 45, 134.9, 135, 224.9, 225, 314.9, 315, 359.9, -10, 370].map((b) => compassOfBearing(b)))
      .toEqual(['north', 'north', 'east', 'east', 'south', 'south', 'west', 'west', 'north', 'north', 'north', 'north']);
  });
});

describe('distanceKm / lengthKm agree with turf (used at build and test time)', () => {
  const cases: [[number, number], [number, number]][] = [
    [[106.55, 29.56], [6.76, 51.43]], // Chongqing - Duisburg
    [[108.62, 21.68], [-118.26, 33.73]], // Qinzhou - Los Angeles
    [[0, 0], [179.9, 0.1]],
    [[-73.78, 40.64], [106.64, 29.72]],
  ];
  it.each(cases)('%j to %j within 1 m', (a, b) => {
    expect(Math.abs(distanceKm(a, b) - turfDistance(point(a), point(b), { units: 'kilometers' }))).toBeLessThan(0.001);
  });
  it('sums a polyline like turf', () => {
    const line: [number, number][] = [[106.55, 29.56], [103.8, 36.06], [87.6, 43.8], [82.6, 45.2]];
    expect(lengthKm(line)).toBeCloseTo(turfLength(lineString(line), { units: 'kilometers' }), 3);
  });
});

describe('wrapLongitude', () => {
  it.each([[0, 0], [180, 180], [-180, 180], [190, -170], [-190, 170], [540, 180], [359.5, -0.5]])('%d -> %d', (x, w) => {
    expect(wrapLongitude(x)).toBeCloseTo(w, 9);
  });
});
