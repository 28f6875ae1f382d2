/**
 * The soak test (reference perf-reliability 6.1): the tour in headless Chromium with short dwell
 * and flights, sampling post-GC heap, DOM nodes, listeners and process memory every N chapter
 * changes, and losing and restoring the WebGL contexts every M changes. Shared by `npm run soak`
 * (the long run) and the short run in `npm test`.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { positiveFlag } from './flags';
import { loseAndRestoreContexts } from '../../tests/e2e/driver';
import type { Browser, Page } from '../../tests/e2e/helpers/browser';

/** Targets from the issue: heap slope < 2 MB/h, growth < 5 MB, flat DOM and listeners, recoveries < 5 s from the loss. */
export const SOAK_TARGETS = { slopeMBPerHour: 2, growthMB: 5, domDrift: 2, recoveryMs: 5000 } as const;

export interface SoakFlags {
  changes: number;
  dwell: number;
  every: number;
  loseEvery: number;
  skipBuild: boolean;
}

/** The command line, strictly: unknown flags, flags without a value and values that are not positive numbers fail. */
export function parseSoakFlags(args: string[]): SoakFlags {
  const { values } = parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      changes: { type: 'string', default: '300' },
      dwell: { type: 'string', default: '2' },
      every: { type: 'string', default: '50' },
      'lose-every': { type: 'string', default: '100' },
      'skip-build': { type: 'boolean', default: false },
    },
  });
  return {
    changes: positiveFlag('changes', values.changes),
    dwell: positiveFlag('dwell', values.dwell),
    every: positiveFlag('every', values.every),
    loseEvery: positiveFlag('lose-every', values['lose-every']),
    skipBuild: values['skip-build'],
  };
}


/** How long the soak holds the contexts lost before restoring them (a GPU reset the browser recovers from). */
export const HOLD_LOST_MS = 1000;

export interface SoakOptions {
  baseURL: string;
  changes: number;
  dwellSeconds: number;
  /** Sample about this often; rounded to whole tours so every sample shows the same chapter. */
  sampleEvery: number;
  /** Chapters in the tour. */
  chapters: number;
  loseEvery: number;
  /** Seconds per chapter at the real pace (auto dwell plus the flight), to express slopes per hour of show time. */
  realSecondsPerChange: number;
  log?: (line: string) => void;
}

export interface SoakSample {
  changes: number;
  wallSeconds: number;
  heapMB: number;
  /** Chromium's Nodes metric: every DOM node the renderer holds (incl. detached and UA shadow trees). */
  nodes: number;
  /** Elements in the page's document (what a DOM leak in the app would grow). */
  elements: number;
  listeners: number;
  documents: number;
  rendererRssMB: number | null;
  gpuRssMB: number | null;
  /** Context losses injected before this sample. */
  losses: number;
}

/** One injected context loss. */
export interface SoakRecovery {
  /** Chapter changes before the loss. */
  atChange: number;
  /** The app's measure, from the loss to a settled, drawn map: what a visitor sees blank (includes HOLD_LOST_MS). */
  lossToReadyMs: number;
  /** The app's measure, from the restore (or the start of a rebuild) to a settled, drawn map. */
  restoreToReadyMs: number;
  /** From before the driver lost the contexts until it saw the recovery (adds the driver's round trips). */
  observedMs: number;
}

export interface SoakResult {
  samples: SoakSample[];
  recoveries: SoakRecovery[];
  /** Least-squares heap slope after warm-up, in MB per hour of real show time. */
  heapSlopeMBPerHour: number;
  heapGrowthMB: number;
  nodesRange: [number, number];
  elementsRange: [number, number];
  listenersRange: [number, number];
  /** Changes in DOM nodes and listeners between consecutive samples with no context loss between them. */
  nodeStepsWithoutLoss: number[];
  elementStepsWithoutLoss: number[];
  listenerStepsWithoutLoss: number[];
  errors: string[];
  foreignRequests: string[];
  /** Same-origin paths the page and its service worker requested (from Playwright's request events). */
  servedPaths: string[];
  wallSeconds: number;
}

/** Resident memory of Chromium's renderer and GPU processes (MB), from ps; null where ps is missing. */
function processRss(): { renderer: number | null; gpu: number | null } {
  try {
    const out = execFileSync('ps', ['-eo', 'rss,args'], { encoding: 'utf8' });
    const sum = (type: string): number | null => {
      const rows = out.split('\n').filter((l) => l.includes('chromium') && l.includes(`--type=${type}`));
      return rows.length ? rows.reduce((a, l) => a + Number(l.trim().split(/\s+/u)[0]), 0) / 1024 : null;
    };
    return { renderer: sum('renderer'), gpu: sum('gpu-process') };
  } catch {
    return { renderer: null, gpu: null };
  }
}

/** Least-squares slope of y over x. */
export function slope(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  if (n < 2) return 0;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  for (let i = 0; i < n; i++) {
    num += ((xs[i] ?? 0) - mx) * ((ys[i] ?? 0) - my);
    den += ((xs[i] ?? 0) - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

async function chapterChanges(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { __soakChanges?: number }).__soakChanges ?? 0);
}

export async function runSoak(browser: Browser, o: SoakOptions): Promise<SoakResult> {
  const log = o.log ?? (() => undefined);
  const context = await browser.newContext({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const servedPaths = new Set<string>();
  const origin = new URL(o.baseURL).origin;
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    // The guardian's own reload is a failure of the soak too, and says why.
    if (m.type() === 'error' || m.text().includes('Corridor Atlas: reloading')) errors.push(m.text());
  });
  context.on('request', (r) => {
    if (!/^https?:/u.test(r.url())) return;
    const url = new URL(r.url());
    if (url.origin === origin) servedPaths.add(url.pathname);
    else foreignRequests.push(r.url());
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');

  const started = Date.now();
  await page.goto(new URL(`?mode=present&loop=1&autoplay=1&idle=0&dwell=${o.dwellSeconds}`, o.baseURL).href);
  await page.waitForFunction(() => document.documentElement.dataset.atlasState === 'ready', undefined, { timeout: 120_000 });
  // Count chapter changes from the outside: the caption's current dot.
  await page.evaluate(() => {
    const w = window as unknown as { __soakChanges: number };
    w.__soakChanges = 0;
    let last = '';
    new MutationObserver(() => {
      const now = document.querySelector('#tour-caption .tour-dot[aria-current="step"]')?.getAttribute('data-chapter') ?? '';
      if (now !== last) {
        if (last !== '') w.__soakChanges += 1;
        last = now;
      }
    }).observe(document.getElementById('tour-caption') as HTMLElement, { childList: true, subtree: true });
  });
  await page.keyboard.press('Enter');

  const samples: SoakSample[] = [];
  const recoveries: SoakRecovery[] = [];
  const sample = async (changes: number): Promise<void> => {
    // Mid-chapter, so the caption just replaced is not still referenced by pending events; two
    // collections so that what the first one frees (DOM wrappers) is really gone.
    await page.waitForTimeout(Math.min(1000, o.dwellSeconds * 400));
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name: string): number => metrics.find((m) => m.name === name)?.value ?? 0;
    const rss = processRss();
    const elements = await page.evaluate(() => document.getElementsByTagName('*').length);
    const s: SoakSample = {
      changes, wallSeconds: (Date.now() - started) / 1000, heapMB: heap.usedSize / 2 ** 20,
      nodes: metric('Nodes'), elements, listeners: metric('JSEventListeners'), documents: metric('Documents'),
      rendererRssMB: rss.renderer, gpuRssMB: rss.gpu, losses: recoveries.length,
    };
    samples.push(s);
    log(`changes ${changes}: heap ${s.heapMB.toFixed(2)} MB, nodes ${s.nodes}, elements ${s.elements}, listeners ${s.listeners}, renderer ${s.rendererRssMB?.toFixed(0) ?? '?'} MB, gpu ${s.gpuRssMB?.toFixed(0) ?? '?'} MB`);
  };

  await sample(0);
  const every = Math.max(1, Math.round(o.sampleEvery / o.chapters)) * o.chapters;
  let nextSample = every;
  let nextLoss = o.loseEvery;
  let lastProgress = Date.now();
  const deadline = Date.now() + (o.changes * (o.dwellSeconds + 3) + 120) * 1000;
  while (Date.now() < deadline) {
    const done = await chapterChanges(page);
    if (done >= nextLoss && nextLoss <= o.changes) {
      const before = Number((await page.evaluate(() => document.documentElement.dataset.atlasRecoveries)) ?? '0');
      const t0 = Date.now();
      await loseAndRestoreContexts(page, HOLD_LOST_MS);
      await page.waitForFunction((n) => Number(document.documentElement.dataset.atlasRecoveries ?? '0') > n, before, { timeout: 30_000, polling: 50 });
      const observedMs = Date.now() - t0;
      const app = await page.evaluate(() => ({ loss: document.documentElement.dataset.atlasLastRecoveryMs, restore: document.documentElement.dataset.atlasLastRestoreMs }));
      const r: SoakRecovery = { atChange: done, lossToReadyMs: Number(app.loss), restoreToReadyMs: Number(app.restore), observedMs };
      recoveries.push(r);
      log(`context lost at change ${done}: drawn again ${r.lossToReadyMs} ms after the loss (${r.restoreToReadyMs} ms after the restore; the driver saw ${observedMs} ms)`);
      nextLoss += o.loseEvery;
    }
    if (done >= nextSample) {
      await sample(done);
      nextSample += every;
    }
    if (done >= o.changes) break;
    if (Date.now() - lastProgress > 30_000) {
      lastProgress = Date.now();
      const flags = await page.evaluate(() => ({ ...document.documentElement.dataset, hash: window.location.hash }));
      log(`progress: ${done} changes after ${((Date.now() - started) / 1000).toFixed(0)} s ${JSON.stringify(flags)}`);
    }
    await page.waitForTimeout(250);
  }
  const total = await chapterChanges(page);
  if (total < o.changes) errors.push(`only ${total} of ${o.changes} chapter changes happened`);
  await context.close();

  // Warm-up: the first sample after the start is dropped before fitting.
  const fit = samples.slice(1);
  const perChange = slope(fit.map((s) => s.changes), fit.map((s) => s.heapMB));
  const heaps = fit.map((s) => s.heapMB);
  const range = (xs: number[]): [number, number] => [Math.min(...xs), Math.max(...xs)];
  const steps = (pick: (s: SoakSample) => number): number[] =>
    fit.slice(1).flatMap((s, i) => (fit[i]?.losses === s.losses ? [pick(s) - pick(fit[i] as SoakSample)] : []));
  return {
    samples,
    recoveries,
    heapSlopeMBPerHour: perChange * (3600 / o.realSecondsPerChange),
    heapGrowthMB: heaps.length ? (heaps.at(-1) ?? 0) - (heaps[0] ?? 0) : 0,
    nodesRange: range(fit.map((s) => s.nodes)),
    elementsRange: range(fit.map((s) => s.elements)),
    listenersRange: range(fit.map((s) => s.listeners)),
    nodeStepsWithoutLoss: steps((s) => s.nodes),
    elementStepsWithoutLoss: steps((s) => s.elements),
    listenerStepsWithoutLoss: steps((s) => s.listeners),
    errors,
    foreignRequests,
    servedPaths: [...servedPaths].sort(),
    wallSeconds: (Date.now() - started) / 1000,
  };
}
