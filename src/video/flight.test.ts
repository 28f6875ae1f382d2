import { describe, expect, it } from 'vitest';
import { easeInOut, flightCamera } from './flight';

const size = { width: 1280, height: 720 };
const chongqing = { center: [106.55, 29.56] as [number, number], zoom: 5, bearing: 0, pitch: 0 };
const duisburg = { center: [6.76, 51.43] as [number, number], zoom: 6, bearing: 20, pitch: 30 };

describe('camera flight', () => {
  it('eases in and out like MapLibre (cubic-bezier(0.25, 0.1, 0.25, 1))', () => {
    expect(easeInOut(0)).toBe(0);
    expect(easeInOut(1)).toBe(1);
    expect(easeInOut(0.5)).toBeCloseTo(0.8024, 3);
    expect(easeInOut(0.1)).toBeLessThan(0.2);
    for (let t = 0.05; t < 1; t += 0.05) expect(easeInOut(t + 0.05)).toBeGreaterThan(easeInOut(t));
  });

  it('starts and lands exactly on the two cameras', () => {
    const a = flightCamera(chongqing, duisburg, 0, size, 1.2);
    expect(a.center[0]).toBeCloseTo(106.55, 6);
    expect(a.center[1]).toBeCloseTo(29.56, 6);
    expect(a.zoom).toBeCloseTo(5, 6);
    expect(flightCamera(chongqing, duisburg, 1, size, 1.2)).toEqual(duisburg);
  });

  it('zooms out in the middle of a long flight and interpolates bearing and pitch', () => {
    const mid = flightCamera(chongqing, duisburg, 0.5, size, 1.2);
    expect(mid.zoom).toBeLessThan(4.95);
    expect(mid.center[0]).toBeLessThan(106.55);
    expect(mid.center[0]).toBeGreaterThan(6.76);
    expect(mid.bearing).toBeCloseTo(20 * easeInOut(0.5), 6);
    expect(mid.pitch).toBeCloseTo(30 * easeInOut(0.5), 6);
  });

  it('zooms alone, monotonically, when the centre does not move', () => {
    const to = { ...chongqing, zoom: 8 };
    const zooms = [0, 0.25, 0.5, 0.75, 1].map((t) => flightCamera(chongqing, to, t, size, 1.2).zoom);
    expect(zooms[0]).toBeCloseTo(5, 6);
    expect(zooms[4]).toBe(8);
    for (let i = 1; i < zooms.length; i++) expect(zooms[i]).toBeGreaterThan(zooms[i - 1] as number);
    expect(flightCamera(chongqing, to, 0.5, size, 1.2).center[0]).toBeCloseTo(106.55, 6);
  });
});
