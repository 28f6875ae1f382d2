/**
 * npm run soak: the default tour, accelerated, for many chapter changes (default 300), with heap,
 * DOM, listener and process-memory samples every 50 changes and a WebGL context loss every 100.
 *   --changes N  --dwell S  --every N  --lose-every N  --skip-build
 * Writes bench-results/soak-<date>.json and exits 1 when a target is missed (2 on a bad flag).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chapterDwellSeconds } from '../src/tour/dwell';
import type { Chapter } from '../src/tour/tour-schema';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { ROOT, servePreview } from '../tests/e2e/helpers/preview';
import { parseSoakFlags, runSoak, SOAK_TARGETS, type SoakFlags } from './lib/soak-run';

const USAGE = 'usage: npm run soak -- [--changes N] [--dwell S] [--every N] [--lose-every N] [--skip-build]';

async function main(flags: SoakFlags): Promise<void> {
  if (!flags.skipBuild) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  const tour = JSON.parse(readFileSync(join(ROOT, 'data/tours/chongqing-four-directions.json'), 'utf8')) as { chapters: Chapter[] };
  // Real pace: each chapter's auto dwell (English) plus a 3 s flight.
  const real = tour.chapters.reduce((a, c) => a + chapterDwellSeconds({ ...c, dwell: c.dwell ?? 'auto' }, 'en') + 3, 0) / tour.chapters.length;
  const served = await servePreview();
  const browser = await launchBrowser();
  const options = {
    baseURL: served.url, changes: flags.changes, dwellSeconds: flags.dwell, sampleEvery: flags.every, chapters: tour.chapters.length,
    loseEvery: flags.loseEvery, realSecondsPerChange: real, log: (l: string) => console.log(l),
  };
  const renderer = browser.version();
  const result = await runSoak(browser, options).finally(async () => {
    await browser.close();
    await served.close();
  });

  const verdict = {
    heapSlope: result.heapSlopeMBPerHour < SOAK_TARGETS.slopeMBPerHour,
    heapGrowth: result.heapGrowthMB < SOAK_TARGETS.growthMB,
    // Flat while the tour runs: same chapter on screen at every sample, no context loss in between.
    elementsFlat: result.elementStepsWithoutLoss.every((d) => Math.abs(d) <= SOAK_TARGETS.domDrift),
    // Chromium's Nodes metric swings by about one caption between samples (detached and shadow trees
    // awaiting collection); it must not trend upward: the last sample within the first two's range.
    nodesNoTrend: (() => {
      const fit = result.samples.slice(1);
      const band = Math.max(...fit.slice(0, 2).map((x) => x.nodes));
      return (fit.at(-1)?.nodes ?? 0) <= band + SOAK_TARGETS.domDrift;
    })(),
    listenersFlat: result.listenerStepsWithoutLoss.every((d) => Math.abs(d) <= SOAK_TARGETS.domDrift),
    // What a visitor sees: the blank from the loss to a drawn map.
    recoveries: result.recoveries.every((r) => r.lossToReadyMs < SOAK_TARGETS.recoveryMs),
    noErrors: result.errors.length === 0,
    offline: result.foreignRequests.length === 0,
  };
  const summary = {
    date: new Date().toISOString(), chromium: renderer, options: { ...options, log: undefined }, realSecondsPerChange: real,
    equivalentHours: (options.changes * real) / 3600, ...result, verdict,
  };
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const out = join(ROOT, 'bench-results', `soak-${summary.date.replace(/[:.]/gu, '-')}.json`);
  writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
  const list = (xs: readonly number[]): string => xs.join(', ');
  console.log(`\n${options.changes} chapter changes in ${result.wallSeconds.toFixed(0)} s (≈ ${summary.equivalentHours.toFixed(1)} h of show time at ${real.toFixed(1)} s per chapter)`);
  console.log(`heap slope ${result.heapSlopeMBPerHour.toFixed(3)} MB/h (target < ${SOAK_TARGETS.slopeMBPerHour}), growth ${result.heapGrowthMB.toFixed(2)} MB (target < ${SOAK_TARGETS.growthMB})`);
  console.log(`document elements ${result.elementsRange.join('–')} (steps without a loss: ${list(result.elementStepsWithoutLoss)}); renderer DOM nodes ${result.nodesRange.join('–')} (steps without a loss: ${list(result.nodeStepsWithoutLoss)}), listeners ${result.listenersRange.join('–')} (steps without a loss: ${list(result.listenerStepsWithoutLoss)})`);
  console.log(`context recoveries ${list(result.recoveries.map((r) => r.lossToReadyMs))} ms from the loss (target < ${SOAK_TARGETS.recoveryMs}); of which ${list(result.recoveries.map((r) => r.restoreToReadyMs))} ms after the restore; seen from the driver ${list(result.recoveries.map((r) => r.observedMs))} ms`);
  console.log(`errors ${result.errors.length}, requests off the origin ${result.foreignRequests.length}, paths served ${result.servedPaths.length}; ${out}`);
  const failed = Object.entries(verdict).filter(([, ok]) => !ok).map(([k]) => k);
  if (failed.length) {
    console.error(`soak FAILED: ${failed.join(', ')}`);
    process.exit(1);
  }
  console.log('soak passed');
}

let flags: SoakFlags;
try {
  flags = parseSoakFlags(process.argv.slice(2));
} catch (err) {
  console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
  process.exit(2);
}
main(flags).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
