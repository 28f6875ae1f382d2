import { describe, expect, it } from 'vitest';
import type { LonLat } from '../geo/lon-lat';
import { KM_PER_NM, kmToNm, measureDrawing, sampleGreatCircle, segmentKms, totalKm } from './measure-geometry';

const CHONGQING: LonLat = [106.5528, 29.5628];
const DUISBURG: LonLat = [6.7652, 51.4325];
/** 2πR/360 and πR/2 with R = 6371.0088 km, computed by hand. */
const ONE_DEGREE_KM = 111.19508;
const QUARTER_KM = 10007.55722;

describe('segment and total distances', () => {
  it('one degree along the equator and a quarter meridian', () => {
    expect(segmentKms([[0, 0], [1, 0]])[0]).toBeCloseTo(ONE_DEGREE_KM, 4);
    expect(segmentKms([[30, 0], [30, 90]])[0]).toBeCloseTo(QUARTER_KM, 4);
  });

  it('Chongqing to Duisburg is 8,109.2 km on the great circle (spherical law of cosines: 8109.227)', () => {
    expect(totalKm([CHONGQING, DUISBURG])).toBeCloseTo(8109.227, 2);
    expect(kmToNm(totalKm([CHONGQING, DUISBURG]))).toBeCloseTo(4378.632, 2);
  });

  it('the total is the sum of its segments, in order', () => {
    const pts: LonLat[] = [[0, 0], [1, 0], [1, 1], [1, 1]];
    const segs = segmentKms(pts);
    expect(segs).toHaveLength(3);
    expect(segs[0]).toBeCloseTo(ONE_DEGREE_KM, 4);
    expect(segs[1]).toBeCloseTo(ONE_DEGREE_KM, 4);
    expect(segs[2]).toBe(0);
    expect(totalKm(pts)).toBeCloseTo(2 * ONE_DEGREE_KM, 4);
  });

  it('fewer than two points measure nothing', () => {
    expect(totalKm([])).toBe(0);
    expect(totalKm([CHONGQING])).toBe(0);
    expect(segmentKms([CHONGQING])).toEqual([]);
  });

  it('a nautical mile is 1.852 km exactly', () => {
    expect(KM_PER_NM).toBe(1.852);
    expect(kmToNm(1852)).toBe(1000);
  });

  it('across the antimeridian the short way: 179 E to 179 W is two degrees', () => {
    expect(totalKm([[179, 0], [-179, 0]])).toBeCloseTo(2 * ONE_DEGREE_KM, 4);
  });
});

describe('the sampled great-circle path', () => {
  it('keeps both ends and steps at most one degree of arc', () => {
    const path = sampleGreatCircle(CHONGQING, DUISBURG);
    expect(path[0]).toEqual(CHONGQING);
    expect(path.at(-1)).toEqual(DUISBURG);
    // 8109.227 km / 111.195 km per degree = 72.9 degrees: 73 steps, 74 points.
    expect(path).toHaveLength(74);
    for (let i = 1; i < path.length; i++) expect(segmentKms([path[i - 1] ?? [0, 0], path[i] ?? [0, 0]])[0]).toBeLessThanOrEqual(ONE_DEGREE_KM + 1e-6);
    // Every sample lies on the great circle: the parts add up to the whole.
    expect(totalKm(path)).toBeCloseTo(8109.227, 2);
  });

  it('bends north of the straight line on the map (the great circle from Chongqing to Duisburg passes about 55 N)', () => {
    const maxLat = Math.max(...sampleGreatCircle(CHONGQING, DUISBURG).map((p) => p[1]));
    expect(maxLat).toBeGreaterThan(54);
    expect(maxLat).toBeLessThan(57);
  });

  it('the midpoint of a quarter meridian is at 45 degrees', () => {
    const path = sampleGreatCircle([0, 0], [0, 90], 45);
    expect(path).toHaveLength(3);
    expect(path[1]?.[0]).toBeCloseTo(0, 9);
    expect(path[1]?.[1]).toBeCloseTo(45, 9);
  });

  it('coincident or antipodal ends give the two ends alone', () => {
    expect(sampleGreatCircle([10, 10], [10, 10])).toEqual([[10, 10], [10, 10]]);
    expect(sampleGreatCircle([0, 0], [180, 0])).toEqual([[0, 0], [180, 0]]);
  });

  it('is unwrapped across the antimeridian and moved to the world copy near the centre', () => {
    const { path, vertices } = measureDrawing([[170, 0], [-170, 0]], 0, 5);
    expect(path.map((p) => Math.round(p[0]))).toEqual([170, 175, 180, 185, 190]);
    expect(vertices).toEqual([[170, 0], [190, 0]]);
    const shifted = measureDrawing([[170, 0], [-170, 0]], -200, 5).path;
    expect(shifted.map((p) => Math.round(p[0]))).toEqual([-190, -185, -180, -175, -170]);
  });

  it('joins the segments without repeating a point', () => {
    const { path, vertices } = measureDrawing([[0, 0], [2, 0], [2, 2]], 0, 1);
    expect(vertices).toEqual([[0, 0], [2, 0], [2, 2]]);
    expect(path.map(([lon, lat]) => [Math.round(lon * 1e6) / 1e6, Math.round(lat * 1e6) / 1e6])).toEqual([[0, 0], [1, 0], [2, 0], [2, 1], [2, 2]]);
    expect(measureDrawing([], 0)).toEqual({ path: [], vertices: [] });
    expect(measureDrawing([[5, 5]], 360)).toEqual({ path: [[365, 5]], vertices: [[365, 5]] });
  });
});
