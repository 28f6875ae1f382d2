import { describe, expect, it } from 'vitest';
import { captionPadding } from './caption-padding';

describe('captionPadding', () => {
  it('keeps the band beside a tall caption clear on a wide screen', () => {
    expect(captionPadding({ width: 1920, height: 1080 }, { width: 600, height: 700 })).toEqual({ top: 24, right: 24, bottom: 24, left: 624 });
  });
  it('keeps the band above a wide, short caption clear (portrait or phone)', () => {
    expect(captionPadding({ width: 800, height: 1200 }, { width: 760, height: 300 })).toEqual({ top: 24, right: 24, bottom: 324, left: 24 });
  });
  it('never gives the caption more than 60% of the map, and pads evenly without one', () => {
    expect(captionPadding({ width: 400, height: 300 }, { width: 390, height: 290 }).bottom).toBe(180);
    expect(captionPadding({ width: 400, height: 300 }, null)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });
});
