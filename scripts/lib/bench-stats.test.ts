import { describe, expect, it } from 'vitest';
import { compare, formatScaleTable, formatTable, framesPerSecond, intervals, quantile, scaleRows, summarise, type RunSample } from './bench-stats';

const run = (frameMs: number[], firstFrameMs = 1000, js = 600 * 1024): RunSample => ({
  firstFrameMs, completeMs: firstFrameMs + 100, frameMs, bytes: { js, css: 10 * 1024, data: 200 * 1024, other: 0 },
});

describe('bench statistics', () => {
  it('interpolate quantiles and take frame intervals from animation-frame stamps', () => {
    expect(quantile([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(quantile([10, 20], 0.95)).toBeCloseTo(19.5, 10);
    expect(quantile([], 0.5)).toBeNaN();
    expect(intervals([100, 116, 150, 166])).toEqual([16, 34, 16]);
  });

  it('count fps as frames over the time they took, not from the median', () => {
    // 9 frames of 20 ms and one of 820 ms: 10 frames in 1 s.
    expect(framesPerSecond([...Array.from({ length: 9 }, () => 20), 820])).toBeCloseTo(10, 10);
    expect(framesPerSecond([])).toBeNaN();
  });

  it('report each metric as the median of runs with the min and max across runs', () => {
    const s = summarise([run([20, 20, 40]), run([30, 30, 30], 3000), run([10, 10, 100], 2000)]);
    expect(s.firstFrameMs).toEqual({ min: 1000, median: 2000, max: 3000 });
    expect(s.frameMedianMs).toEqual({ min: 10, median: 20, max: 30 });
    expect(s.frames.median).toBe(3);
    expect(s.totalGzipKB.median).toBe(810);
  });

  it('judge p95 and fps against the baseline: p95 at most 1.15x, fps at least 0.9x', () => {
    const base = summarise([run(Array.from({ length: 100 }, (_, i) => (i < 95 ? 20 : 40)))]);
    const slowTail = summarise([run(Array.from({ length: 100 }, (_, i) => (i < 90 ? 20 : 60)))]);
    const rows = compare(slowTail, base, null);
    const row = (m: string): (typeof rows)[number] | undefined => rows.find((r) => r.metric === m);
    expect(row('frameMedianMs')?.met).toBe(true);
    expect(row('frameP95Ms')?.met).toBe(false);
    expect(row('fps')?.met).toBe(false);
    expect(row('frames')?.met).toBeNull();
    expect(compare(base, base, base).filter((r) => r.met === false)).toEqual([]);
    expect(formatTable(rows)).toMatch(/frameP95Ms .* NOT met/u);
  });

  it('allow at most 60 KB more first-view JS than the baseline', () => {
    const base = summarise([run([20], 1000, 600 * 1024)]);
    expect(compare(summarise([run([20], 1000, 660 * 1024)]), base, null).find((r) => r.metric === 'jsGzipKB')?.met).toBe(true);
    expect(compare(summarise([run([20], 1000, 661 * 1024)]), base, null).find((r) => r.metric === 'jsGzipKB')?.met).toBe(false);
  });
});

describe('scale cases', () => {
  it('compares the app with the baseline per arc count and checks the 10 s goal at 100k only', () => {
    const app = [{ dropToDrawnMs: 12_000, frameMs: [20, 20, 40], heapMB: 80 }];
    const base = [{ dropToDrawnMs: 3_000, frameMs: [20, 20, 20], heapMB: 60 }];
    const rows = scaleRows(100_000, app, base);
    const row = (m: string) => rows.find((r) => r.metric === m);
    expect(row('dropToDrawnMs')).toMatchObject({ ratio: 4, met: false });
    expect(row('frameMedianMs')).toMatchObject({ ratio: 1, met: true });
    expect(row('heapMB')).toMatchObject({ met: true });
    expect(scaleRows(10_000, app, base).find((r) => r.metric === 'dropToDrawnMs')?.met).toBe(true);
    expect(formatScaleTable(rows).split('\n')[1]).toMatch(/^ {1}100000 {2}dropToDrawnMs +12000\.0 +3000\.0 +4\.00 {2}< 10 s at 100k NOT met/u);
  });
});
