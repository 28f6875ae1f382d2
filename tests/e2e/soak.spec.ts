/**
 * The short soak (about 60 chapter changes, two context losses) with looser bounds than
 * `npm run soak`: it catches a leak that grows per chapter or a recovery that never finishes.
 */
import { runSoak } from '../../scripts/lib/soak-run';
import { describe, expect, test } from './helpers/fixtures';

describe('short soak', () => {
  test('given the tour with 2 s chapters, after 60 chapter changes and two context losses, memory, DOM and listeners stay bounded and every loss recovers', async ({ browser, baseURL }) => {
    const r = await runSoak(browser, { baseURL, changes: 60, dwellSeconds: 2, sampleEvery: 18, chapters: 9, loseEvery: 30, realSecondsPerChange: 14 });
    expect(r.errors).toEqual([]);
    expect(r.foreignRequests).toEqual([]);
    expect(r.samples.length).toBeGreaterThanOrEqual(4);
    expect(r.recoveriesMs).toHaveLength(2);
    // 1 s of loss before the restore, then the ladder's own limits (5 s restore + 10 s idle).
    for (const ms of r.recoveriesMs) expect(ms).toBeLessThan(16_000);
    expect(r.heapGrowthMB).toBeLessThan(15);
    // Every sample shows the same chapter, so the document is the same size unless something leaks.
    expect(r.elementsRange[1] - r.elementsRange[0]).toBeLessThanOrEqual(5);
    // Chromium's own node count also holds detached and UA shadow trees; it may swing by a caption, not grow.
    expect(r.nodesRange[1] - r.nodesRange[0]).toBeLessThanOrEqual(200);
    expect(r.listenersRange[1] - r.listenersRange[0]).toBeLessThanOrEqual(40);
    // After the start-up sample: one page document (plus at most the tooltip's), none piling up.
    expect(r.samples.slice(1).map((s) => s.documents).every((d) => d <= 2)).toBe(true);
  }, 600_000);
});
