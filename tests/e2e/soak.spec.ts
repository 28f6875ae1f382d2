/**
 * The short soak (about 60 chapter changes, two context losses) with looser bounds than
 * `npm run soak`: it catches a leak that grows per chapter or a recovery that never finishes.
 */
import { HOLD_LOST_MS, runSoak, SOAK_TARGETS } from '../../scripts/lib/soak-run';
import { describe, expect, test } from './helpers/fixtures';

describe('short soak', () => {
  test('given the tour with 2 s chapters, after 60 chapter changes and two context losses, memory, DOM and listeners stay bounded and every loss is drawn again within 5 s of the loss', async ({ browser, baseURL }) => {
    const r = await runSoak(browser, { baseURL, changes: 60, dwellSeconds: 2, sampleEvery: 18, chapters: 9, loseEvery: 30, realSecondsPerChange: 14 });
    expect(r.errors).toEqual([]);
    expect(r.foreignRequests).toEqual([]);
    expect(r.samples.length).toBeGreaterThanOrEqual(4);
    expect(r.recoveries).toHaveLength(2);
    // A visitor sees the blank from the loss: the contexts stay lost HOLD_LOST_MS, then the map
    // and the flows must be drawn again, all within the soak's target.
    for (const rec of r.recoveries) {
      expect(rec.lossToReadyMs).toBeGreaterThanOrEqual(HOLD_LOST_MS);
      expect(rec.lossToReadyMs).toBeLessThan(SOAK_TARGETS.recoveryMs);
      expect(rec.restoreToReadyMs).toBeLessThanOrEqual(rec.lossToReadyMs - HOLD_LOST_MS + 100);
    }
    // Served paths come from the browser's request events: the page, its scripts, the model.
    expect(r.servedPaths).toContain('/');
    expect(r.servedPaths.some((p) => /^\/assets\/.+\.js$/u.test(p))).toBe(true);
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
