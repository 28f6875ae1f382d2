import { describe, expect, it } from 'vitest';
import { buildTimeline, frameCount, frameTimeMs, momentAt } from './timeline';

const chapter = (dwell: number | 'auto') => ({ dwell, title: { en: 'T', zh: '标' }, text: { en: 'text', zh: '文' } });

describe('video time line', () => {
  it('lays chapters end to end: flight (3 s, shorter for short dwells) then dwell, as the player does', () => {
    const tl = buildTimeline([chapter(10), chapter(2), chapter(12)], 'en', undefined, null);
    expect(tl.segments.map((s) => [s.startMs, s.flightMs, s.dwellMs, s.endMs])).toEqual([
      [0, 3000, 10000, 13000],
      [13000, 800, 2000, 15800],
      [15800, 3000, 12000, 30800],
    ]);
    expect(tl.totalMs).toBe(30800);
  });

  it('keeps the first N chapters and lets dwell= override every chapter', () => {
    const tl = buildTimeline([chapter(10), chapter('auto'), chapter(12)], 'zh', 2, 2);
    expect(tl.segments).toHaveLength(2);
    expect(tl.totalMs).toBe(2 * (800 + 2000));
  });

  it('has no flights under reduced motion (chapters cut in behind a crossfade)', () => {
    const tl = buildTimeline([chapter(10), chapter(2)], 'en', undefined, null, true);
    expect(tl.segments.map((s) => s.flightMs)).toEqual([0, 0]);
    expect(tl.totalMs).toBe(12000);
    expect(momentAt(tl, 0).flight).toBe(1);
  });

  it('counts frames to the nearest whole frame and places frame k at k / fps', () => {
    expect(frameCount(5600, 30)).toBe(168);
    expect(frameCount(5610, 60)).toBe(337);
    expect(frameTimeMs(30, 30)).toBe(1000);
    expect(frameTimeMs(1, 60)).toBeCloseTo(16.667, 3);
  });

  it('says where a virtual time falls: chapter, flight done, chapter progress', () => {
    const tl = buildTimeline([chapter(10), chapter(2)], 'en', undefined, null);
    expect(momentAt(tl, 1500)).toMatchObject({ segment: { index: 0 }, flight: 0.5, sinceStartMs: 1500 });
    expect(momentAt(tl, 6500).progress).toBeCloseTo(0.5, 6);
    expect(momentAt(tl, 13000)).toMatchObject({ segment: { index: 1 }, flight: 0, progress: 0 });
    expect(momentAt(tl, 13400).flight).toBeCloseTo(0.5, 6);
    // Past the end: the last chapter, finished.
    expect(momentAt(tl, 99999)).toMatchObject({ segment: { index: 1 }, flight: 1, progress: 1 });
  });
});
