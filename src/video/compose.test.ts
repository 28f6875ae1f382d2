import { describe, expect, it } from 'vitest';
import { frameInsets, frameLayout } from './compose';

describe('frame layout', () => {
  it('scales with the frame height and keeps the panel beside the map', () => {
    const hd = frameLayout(1280, 720, true);
    expect(hd.scale).toBe(1);
    expect(hd.panel).toEqual({ x: 24, y: 24, width: 1280 * 0.38, height: 720 - 30 - 48 });
    expect(hd.strip).toEqual({ x: 0, y: 690, width: 1280, height: 30 });
    const uhd = frameLayout(3840, 2160, true);
    expect(uhd.scale).toBe(3);
    expect(uhd.panel.width).toBeCloseTo(3 * 1280 * 0.38, 6);
  });

  it('tells the camera to keep clear of the panel and the strip, or only the strip without captions', () => {
    expect(frameInsets(frameLayout(1280, 720, true))).toEqual({ top: 16, right: 16, bottom: 46, left: 24 + 1280 * 0.38 + 16 });
    expect(frameInsets(frameLayout(1280, 720, false)).left).toBe(16);
  });
});
