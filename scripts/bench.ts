/**
 * npm run bench: the built app against a baseline page (bare MapLibre + MapLibreOverlay drawing the
 * same legs as paths and trips on the same basemap), in headless Chromium with software WebGL,
 * interleaved A/B. Measures time to `atlas:first-frame`, frame times while the flows animate
 * (640x360), and the gzip bytes of what the first view downloads (JS, CSS, data).
 *   --runs N   runs per page (default 5)    --skip-build   use the existing dist/ and dist-bench/
 * The embed is measured too: the app in an iframe (embed mode) on a host page of another origin.
 * Prints a table and writes bench-results/bench-<timestamp>.json. Never fails on timing: it reports.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/helpers/browser';
import { serve, type Served } from './lib/serve';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const VIEWPORT = { width: 640, height: 360 };
const WARMUP_MS = 2000;
const SAMPLE_MS = 5000;

interface RunResult { firstFrameMs: number; completeMs: number; frameMs: number[]; bytes: Record<'js' | 'css' | 'data' | 'other', number> }

function kind(path: string): keyof RunResult['bytes'] {
  const ext = extname(path);
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.json' || ext === '.geojson') return 'data';
  return 'other';
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  let n = gzipCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file), { level: 6 }).length;
    gzipCache.set(file, n);
  }
  return n;
}

/** `hostUrl`: open this page instead, which frames `served` (the embed); timings are read in the frame. */
async function measure(browser: Browser, served: Served, dir: string, entry: string, hostUrl?: string): Promise<RunResult> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  served.paths.length = 0;
  await page.goto(hostUrl ?? served.url);
  const target = hostUrl ? await (await page.waitForSelector('iframe')).contentFrame() : page.mainFrame();
  if (!target) throw new Error('no frame');
  await target.waitForFunction(() => ['ready', 'error'].includes(document.documentElement.dataset.atlasState ?? ''), undefined, { timeout: 180_000 });
  if ((await target.evaluate(() => document.documentElement.dataset.atlasState)) !== 'ready') throw new Error(`${served.url} reached error`);
  const [firstFrameMs, completeMs] = (await target.evaluate(`[
    performance.getEntriesByName('atlas:first-frame')[0]?.startTime ?? NaN,
    performance.getEntriesByName('atlas:complete')[0]?.startTime ?? NaN,
  ]`)) as [number, number];
  const firstView = [...new Set(served.paths)];
  const bytes = { js: 0, css: 0, data: 0, other: 0 };
  for (const p of firstView) {
    const file = join(dir, p === '/' ? entry : p);
    try {
      bytes[kind(file)] += gzipBytes(file);
    } catch {
      // 404s (none expected) count nothing
    }
  }
  await page.waitForTimeout(WARMUP_MS);
  // A string, not a function: tsx would inject helpers the page does not have.
  const stamps = (await target.evaluate(`new Promise((done) => {
    const out = [];
    const t0 = performance.now();
    const frame = (t) => { out.push(t); if (t - t0 < ${SAMPLE_MS}) requestAnimationFrame(frame); else done(out); };
    requestAnimationFrame(frame);
  })`)) as number[];
  await context.close();
  return { firstFrameMs, completeMs, frameMs: stamps.slice(1).map((t, i) => t - (stamps[i] ?? t)), bytes };
}

function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (s[lo] ?? 0) + ((s[hi] ?? 0) - (s[lo] ?? 0)) * (i - lo);
}

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build')) {
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  }
  const pages = {
    app: { dir: join(ROOT, 'dist'), entry: 'index.html' },
    baseline: { dir: join(ROOT, 'dist-bench'), entry: 'baseline.html' },
  } as const;
  const servers = { app: await serve(pages.app.dir, pages.app.entry), baseline: await serve(pages.baseline.dir, pages.baseline.entry) };
  // The embed: a partner page on another origin framing the app at the bench viewport size.
  const embedSrc = `${servers.app.url}?mode=embed`;
  const host = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html><head><link rel="icon" href="data:,"></head><body style="margin:0"><iframe title="Corridor Atlas" src="${embedSrc}" allow="fullscreen" style="border:0;width:${VIEWPORT.width}px;height:${VIEWPORT.height}px"></iframe></body></html>`);
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', () => ok()));
  const hostAddress = host.address();
  const hostUrl = `http://127.0.0.1:${typeof hostAddress === 'object' && hostAddress ? hostAddress.port : 0}/`;
  // The normal 60 Hz frame cap stays on: uncapped, the flow loop starves the page (measured: 82 s to first frame).
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const probe = await browser.newPage();
  const renderer = await probe.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return ext && gl ? String(gl.getParameter(ext.UNMASKED_RENDERER_WEBGL)) : 'unknown';
  });
  await probe.close();

  const results: Record<'app' | 'baseline' | 'embed', RunResult[]> = { app: [], baseline: [], embed: [] };
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 === 0 ? (['app', 'baseline', 'embed'] as const) : (['embed', 'baseline', 'app'] as const);
    for (const name of order) {
      const r = name === 'embed'
        ? await measure(browser, servers.app, pages.app.dir, pages.app.entry, hostUrl)
        : await measure(browser, servers[name], pages[name].dir, pages[name].entry);
      results[name].push(r);
      console.log(`run ${i + 1}/${RUNS} ${name.padEnd(8)} first frame ${r.firstFrameMs.toFixed(0)} ms, median frame ${quantile(r.frameMs, 0.5).toFixed(1)} ms`);
    }
  }
  await browser.close();
  Object.values(servers).forEach((s) => s.server.close());
  host.close();

  const summary = (name: 'app' | 'baseline' | 'embed'): Record<string, number> => {
    const rs = results[name];
    return {
      firstFrameMs: quantile(rs.map((r) => r.firstFrameMs), 0.5),
      // The app only: labels, places and flows drawn after the corridors (the baseline has none).
      completeMs: quantile(rs.map((r) => r.completeMs), 0.5),
      frameMedianMs: quantile(rs.map((r) => quantile(r.frameMs, 0.5)), 0.5),
      frameP95Ms: quantile(rs.map((r) => quantile(r.frameMs, 0.95)), 0.5),
      fps: quantile(rs.map((r) => 1000 / (r.frameMs.reduce((a, b) => a + b, 0) / Math.max(1, r.frameMs.length))), 0.5),
      jsGzipKB: (rs[0]?.bytes.js ?? 0) / 1024,
      cssGzipKB: (rs[0]?.bytes.css ?? 0) / 1024,
      dataGzipKB: (rs[0]?.bytes.data ?? 0) / 1024,
      totalGzipKB: Object.values(rs[0]?.bytes ?? {}).reduce((a, b) => a + b, 0) / 1024,
    };
  };
  const app = summary('app');
  const base = summary('baseline');
  const embedded = summary('embed');
  const targets: Record<string, { limit: (b: number) => number; text: string }> = {
    firstFrameMs: { limit: (b) => b * 1.15, text: '<= 1.15x' },
    frameMedianMs: { limit: (b) => b * 1.15, text: '<= 1.15x' },
    jsGzipKB: { limit: (b) => b + 60, text: '<= +60 KB' },
  };
  const rows = Object.keys(app).map((k) => {
    const a = app[k] ?? Number.NaN;
    const b = base[k] ?? Number.NaN;
    const target = targets[k];
    return { metric: k, app: a, baseline: b, ratio: a / b, embed: embedded[k] ?? Number.NaN, target: target?.text ?? '', met: target ? a <= target.limit(b) : null };
  });
  console.log(`\nrenderer: ${renderer}; viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${RUNS} interleaved runs each; medians of runs; 60 Hz frame cap on (16.7 ms floor)`);
  console.log(`${'metric'.padEnd(15)}${'app'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(8)}${'embed'.padStart(10)}  target (app vs baseline)`);
  for (const r of rows) {
    console.log(`${r.metric.padEnd(15)}${r.app.toFixed(1).padStart(10)}${r.baseline.toFixed(1).padStart(10)}${r.ratio.toFixed(2).padStart(8)}${r.embed.toFixed(1).padStart(10)}  ${r.target}${r.met === null ? '' : r.met ? ' met' : ' NOT met'}`);
  }
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const out = join(ROOT, `bench-results/bench-${new Date().toISOString().replace(/[:.]/gu, '-')}.json`);
  writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), renderer, viewport: VIEWPORT, runs: RUNS, summary: { app, baseline: base, embed: embedded }, rows, raw: results }, null, 1)}\n`);
  console.log(`\nwrote ${out}`);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
