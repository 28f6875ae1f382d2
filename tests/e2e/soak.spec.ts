/**
 * The short soak (18 chapter changes, two loops of the tour, two context losses) with looser bounds than
 * `npm run soak`: it catches a leak that grows per chapter or a recovery that never finishes. (It was
 * 36 changes; halved to keep CI under 15 minutes once the planner, import/export and video specs came.)
 */
import { HOLD_LOST_MS, runSoak } from '../../scripts/lib/soak-run';
import { IDLE_WAIT_MS, RESTORE_WAIT_MS } from '../../src/reliability/policy';
import { describe, expect, test } from './helpers/fixtures';

describe('short soak', () => {
  test('given the tour with 2 s chapters, after 18 chapter changes and two context losses, memory, DOM and listeners stay bounded and every loss is drawn again by the first rung of the recovery ladder', async ({ browser, baseURL }) => {
    const r = await runSoak(browser, { baseURL, changes: 18, dwellSeconds: 2, sampleEvery: 9, chapters: 9, loseEvery: 7, realSecondsPerChange: 14 });
    expect(r.errors).toEqual([]);
    expect(r.foreignRequests).toEqual([]);
    // Samples at the start of each loop: before, after one loop and after two.
    expect(r.samples.length).toBeGreaterThanOrEqual(3);
    expect(r.recoveries).toHaveLength(2);
    // A visitor sees the blank from the loss: the contexts stay lost HOLD_LOST_MS, then the map
    // must be drawn again by the restore itself, without a rebuild or a reload (the ladder's first
    // rung: restore within RESTORE_WAIT_MS, settled within IDLE_WAIT_MS). The product target, under
    // 5 s from the loss, is `npm run soak`'s verdict (SOAK_TARGETS.recoveryMs); on this machine
    // MapLibre's style reload after a restore keeps it at 6-8 s (see docs/decisions.md).
    for (const rec of r.recoveries) {
      console.log(`short soak: drawn again ${rec.lossToReadyMs} ms after the loss (${rec.restoreToReadyMs} ms after the restore)`);
      expect(rec.lossToReadyMs).toBeGreaterThanOrEqual(HOLD_LOST_MS);
      expect(rec.lossToReadyMs).toBeLessThan(HOLD_LOST_MS + RESTORE_WAIT_MS + IDLE_WAIT_MS);
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
