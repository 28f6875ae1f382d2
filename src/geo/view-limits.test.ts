import { describe, expect, it } from 'vitest';
import { clamp, FIT_MAX_ZOOM, isWithin, VIEW_LIMITS } from './view-limits';

describe('view limits', () => {
  it('fits never zoom past the view limit', () => {
    expect(FIT_MAX_ZOOM).toBeGreaterThan(VIEW_LIMITS.minZoom);
    expect(FIT_MAX_ZOOM).toBeLessThanOrEqual(VIEW_LIMITS.maxZoom);
  });
  it('isWithin takes finite numbers in the closed range only', () => {
    expect(isWithin(0.5, 0.5, 12)).toBe(true);
    expect(isWithin(12, 0.5, 12)).toBe(true);
    expect(isWithin(12.01, 0.5, 12)).toBe(false);
    expect(isWithin(Number.NaN, 0, 1)).toBe(false);
    expect(isWithin(Infinity, 0, Infinity)).toBe(false);
    expect(isWithin('5', 0, 10)).toBe(false);
  });
  it('clamp limits to the range', () => {
    expect(clamp(-3, 0, 60)).toBe(0);
    expect(clamp(75, 0, 60)).toBe(60);
    expect(clamp(30, 0, 60)).toBe(30);
  });
});
