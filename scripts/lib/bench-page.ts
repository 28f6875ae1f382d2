/**
 * One bench run of one page: open it in a fresh browser context at the bench viewport, wait for
 * `ready`, read the first-frame marks, add up the gzip bytes of every response the first view got
 * (from Playwright's response events, workers included), then sample animation frames while the
 * flows move.
 */
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '../../tests/e2e/helpers/browser';
import { intervals, type ByteKind, type RunSample, type ScaleSample } from './bench-stats';

type Frame = ReturnType<Page['mainFrame']>;
type Response = NonNullable<Awaited<ReturnType<Page['goto']>>>;

export const VIEWPORT = { width: 640, height: 360 };

export interface SampleOptions {
  /** Wait this long after `ready` before sampling (the flows start at `ready`). */
  warmupMs: number;
  /** Sample at least this many frames... */
  frames: number;
  /** ...but stop after this long whatever the count (a stalled page must not hang the bench). */
  maxSampleMs: number;
}

export interface PageTarget {
  /** The page to open. */
  url: string;
  /** Only responses from here count as first-view bytes (the app's or the baseline's origin). */
  origin: string;
  /** Set for the embed: the URL of a host page on another origin; timings are read in its iframe. */
  hostUrl?: string;
}

export function byteKind(pathname: string): ByteKind {
  if (/\.m?js$/u.test(pathname)) return 'js';
  if (pathname.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/u.test(pathname)) return 'data';
  return 'other';
}

const gzipCache = new Map<string, number>();
async function gzipBytes(response: Response): Promise<number> {
  const key = response.url();
  const known = gzipCache.get(key);
  if (known !== undefined) return known;
  const n = gzipSync(await response.body(), { level: 6 }).length;
  gzipCache.set(key, n);
  return n;
}

// Strings for evaluate (tsx would inject helpers such as __name into named inner functions, which
// the page does not have); waitForFunction takes a function, since the app's CSP forbids eval.
const MARKS = `[
  performance.getEntriesByName('atlas:first-frame')[0]?.startTime ?? NaN,
  performance.getEntriesByName('atlas:complete')[0]?.startTime ?? NaN,
]`;
const sampleScript = (o: SampleOptions): string => `new Promise((done) => {
  const out = [];
  let t0 = -1;
  const frame = (t) => {
    if (t0 < 0) t0 = t;
    out.push(t);
    if (out.length > ${o.frames} || t - t0 >= ${o.maxSampleMs}) done(out);
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})`;

export async function measurePage(browser: Browser, target: PageTarget, options: SampleOptions): Promise<RunSample> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    const bytes: RunSample['bytes'] = { js: 0, css: 0, data: 0, other: 0 };
    const pending: Array<Promise<void>> = [];
    let firstView = true;
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (!firstView || url.origin !== target.origin || response.status() !== 200) return;
      pending.push(gzipBytes(response).then((n) => {
        bytes[byteKind(url.pathname)] += n;
      }, () => undefined));
    });
    await page.goto(target.hostUrl ?? target.url);
    const frame: Frame | null = target.hostUrl ? await (await page.waitForSelector('iframe')).contentFrame() : page.mainFrame();
    if (!frame) throw new Error('the host page has no frame');
    await frame.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.atlasState ?? ''), undefined, { timeout: 600_000 });
    firstView = false;
    await Promise.all(pending);
    if ((await frame.evaluate('document.documentElement.dataset.atlasState')) !== 'ready') throw new Error(`${target.url} reached error`);
    const [firstFrameMs, completeMs] = (await frame.evaluate(MARKS)) as [number, number];
    await page.waitForTimeout(options.warmupMs);
    const stamps = (await frame.evaluate(sampleScript(options))) as number[];
    return { firstFrameMs, completeMs, frameMs: intervals(stamps), bytes };
  } finally {
    await context.close();
  }
}

/**
 * A partner page on another origin framing `src` at the bench viewport size: a server that answers
 * every path with that one page. (A page answered by `page.route` instead has no address, so
 * Chromium's local-network-access checks refuse to let it frame a loopback app.)
 */
export async function serveHostPage(src: string): Promise<{ url: string; close: () => Promise<void> }> {
  const html = `<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0"><iframe title="Corridor Atlas" src="${src}" allow="fullscreen" style="border:0;width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></iframe></body></html>`;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end(html);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface ScaleTarget {
  kind: 'app' | 'baseline';
  url: string;
  /** The CSV the app gets (the same flows the baseline generates itself). */
  csv: string;
}

/** How long the app is left after `ready` before the drop. */
export const SCALE_SETTLE_MS = 3000;

const IMPORT_MARKS = `(() => {
  const s = performance.getEntriesByName('atlas:import-start')[0];
  const d = performance.getEntriesByName('atlas:import-drawn')[0];
  return s && d ? d.startTime - s.startTime : NaN;
})()`;

export async function measureScale(browser: Browser, target: ScaleTarget, options: SampleOptions): Promise<ScaleSample> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.goto(target.url);
    await page.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.atlasState ?? ''), undefined, { timeout: 600_000 });
    if (target.kind === 'app') {
      await page.waitForSelector('#data-io-open');
      // A reader drops a file seconds after the map appears, not while the service worker's
      // precaching (1 s after the first view) runs.
      await page.waitForTimeout(SCALE_SETTLE_MS);
      await page.evaluate((csv) => {
        const dt = new DataTransfer();
        dt.items.add(new File([csv], 'bench-flows.csv', { type: 'text/csv' }));
        performance.mark('atlas:import-start');
        document.querySelector('.map-stage')?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, target.csv);
    }
    await page.waitForFunction(() => performance.getEntriesByName('atlas:import-drawn').length > 0, undefined, { timeout: 900_000, polling: 250 });
    const dropToDrawnMs = (await page.evaluate(IMPORT_MARKS)) as number;
    await page.waitForTimeout(options.warmupMs);
    const stamps = (await page.evaluate(sampleScript(options))) as number[];
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    // Typed arrays live outside the V8 heap: their backing stores count too (when Chromium reports them).
    const backing = (heap as { backingStorageSize?: number }).backingStorageSize ?? 0;
    return { dropToDrawnMs, frameMs: intervals(stamps), heapMB: (heap.usedSize + backing) / 1024 / 1024 };
  } finally {
    await context.close();
  }
}
