/**
 * npm run bench: the built app against a baseline page (bench/baseline.ts: bare MapLibre +
 * MapLibreOverlay drawing the same legs as paths and trips on the same basemap), in headless
 * Chromium with software WebGL, interleaved A/B at 640x360. Per page and run it measures time to
 * `atlas:first-frame`, the frame times while the flows animate (median, p95, fps over at least
 * --frames frames), and the gzip bytes of what the first view downloads (JS, CSS, data). The embed
 * (the app framed by a host page of another origin) is measured the same way. See docs/bench.md.
 *
 *   --runs N          runs per page, interleaved (default 5)
 *   --frames N        frames sampled per page per run (default 120)
 *   --warmup S        seconds between `ready` and sampling (default 2)
 *   --max-sample S    stop sampling after S seconds even if fewer frames came (default 60)
 *   --skip-build      use the existing dist/ and dist-bench/
 *   --skip-embed      measure the app and the baseline only
 *   --scale LIST      imported-flow counts of the scale cases (default 10000,100000)
 *   --skip-scale      no scale cases
 *   --scale-only      only the scale cases
 *
 * Prints the targets table (medians of runs, with min-max across runs) and writes
 * bench-results/bench-<timestamp>.json. Never fails on timing: it reports.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { ROOT, servePreview } from '../tests/e2e/helpers/preview';
import { measurePage, measureScale, serveHostPage, VIEWPORT, type PageTarget, type SampleOptions } from './lib/bench-page';
import { positiveFlag } from './lib/flags';
import { compare, formatScaleTable, formatTable, quantile, runMetrics, scaleRows, summarise, type RunSample, type ScaleRow, type ScaleSample } from './lib/bench-stats';
import { flowsCsv, syntheticFlows } from './lib/synthetic-flows';

function options(): { runs: number; sample: SampleOptions; skipBuild: boolean; skipEmbed: boolean; scale: number[]; scaleOnly: boolean } {
  const { values } = parseArgs({
    strict: true,
    allowPositionals: false,
    options: {
      runs: { type: 'string', default: '5' },
      frames: { type: 'string', default: '120' },
      warmup: { type: 'string', default: '2' },
      'max-sample': { type: 'string', default: '60' },
      'skip-build': { type: 'boolean', default: false },
      'skip-embed': { type: 'boolean', default: false },
      scale: { type: 'string', default: '10000,100000' },
      'skip-scale': { type: 'boolean', default: false },
      'scale-only': { type: 'boolean', default: false },
    },
  });
  const scale = values['skip-scale'] ? [] : values.scale.split(',').map((x) => Math.round(positiveFlag('scale', x)));
  return {
    runs: Math.round(positiveFlag('runs', values.runs)),
    sample: { frames: Math.round(positiveFlag('frames', values.frames)), warmupMs: positiveFlag('warmup', values.warmup) * 1000, maxSampleMs: positiveFlag('max-sample', values['max-sample']) * 1000 },
    skipBuild: values['skip-build'],
    skipEmbed: values['skip-embed'],
    scale,
    scaleOnly: values['scale-only'],
  };
}

/** The scale cases: per flow count, the app and the baseline interleaved, `runs` times each. */
async function runScale(browser: Awaited<ReturnType<typeof launchBrowser>>, appUrl: string, baseUrl: string, counts: readonly number[], runs: number, sample: SampleOptions): Promise<{ rows: ScaleRow[]; raw: Record<string, { app: ScaleSample[]; baseline: ScaleSample[] }> }> {
  const rows: ScaleRow[] = [];
  const raw: Record<string, { app: ScaleSample[]; baseline: ScaleSample[] }> = {};
  for (const n of counts) {
    const csv = flowsCsv(syntheticFlows(n));
    const got = { app: [] as ScaleSample[], baseline: [] as ScaleSample[] };
    for (let i = 0; i < runs; i++) {
      const order = i % 2 === 0 ? (['app', 'baseline'] as const) : (['baseline', 'app'] as const);
      for (const kind of order) {
        const url = kind === 'app' ? appUrl : `${baseUrl}baseline.html?arcs=${n}`;
        const r = await measureScale(browser, { kind, url, csv }, sample);
        got[kind].push(r);
        console.log(`scale ${n} run ${i + 1}/${runs} ${kind.padEnd(8)} drop-to-drawn ${r.dropToDrawnMs.toFixed(0)} ms; ${r.frameMs.length} frames: median ${quantile(r.frameMs, 0.5).toFixed(1)} ms, p95 ${quantile(r.frameMs, 0.95).toFixed(1)} ms; heap ${r.heapMB.toFixed(1)} MB`);
      }
    }
    raw[String(n)] = got;
    rows.push(...scaleRows(n, got.app, got.baseline));
  }
  return { rows, raw };
}

function build(): void {
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync(process.execPath, [vite, 'build', '--config', 'bench/vite.config.ts', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
}

type PageName = 'app' | 'baseline' | 'embed';

async function main(): Promise<void> {
  const opts = options();
  if (!opts.skipBuild) build();
  const app = await servePreview();
  const base = await servePreview('bench/vite.config.ts', 'dist-bench');
  const embedUrl = `${app.url}?mode=embed`;
  const host = opts.skipEmbed ? null : await serveHostPage(embedUrl);
  const browser = await launchBrowser();
  try {
    const targets: Partial<Record<PageName, PageTarget>> = {
      app: { url: app.url, origin: new URL(app.url).origin },
      baseline: { url: `${base.url}baseline.html`, origin: new URL(base.url).origin },
    };
    if (host) targets.embed = { url: embedUrl, origin: new URL(app.url).origin, hostUrl: host.url };
    const names = Object.keys(targets) as PageName[];
    const probe = await browser.newPage();
    const renderer = String(await probe.evaluate(`(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      const ext = gl && gl.getExtension('WEBGL_debug_renderer_info');
      return ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : 'unknown';
    })()`));
    await probe.close();

    const results: Partial<Record<PageName, RunSample[]>> = {};
    for (let i = 0; i < (opts.scaleOnly ? 0 : opts.runs); i++) {
      const order = i % 2 === 0 ? names : [...names].reverse();
      for (const name of order) {
        const target = targets[name];
        if (!target) continue;
        const r = await measurePage(browser, target, opts.sample);
        (results[name] ??= []).push(r);
        const m = runMetrics(r);
        console.log(`run ${i + 1}/${opts.runs} ${name.padEnd(8)} first frame ${m.firstFrameMs.toFixed(0)} ms; ${m.frames} frames: median ${m.frameMedianMs.toFixed(1)} ms, p95 ${m.frameP95Ms.toFixed(1)} ms, max ${quantile(r.frameMs, 1).toFixed(0)} ms, ${m.fps.toFixed(1)} fps`);
      }
    }

    const summary = (name: PageName) => {
      const rs = results[name];
      return rs ? summarise(rs) : null;
    };
    const appSummary = summary('app');
    const baseSummary = summary('baseline');
    if (!opts.scaleOnly && (!appSummary || !baseSummary)) throw new Error('no runs');
    const embedSummary = summary('embed');
    const rows = appSummary && baseSummary ? compare(appSummary, baseSummary, embedSummary) : [];
    const scale = opts.scale.length > 0 ? await runScale(browser, app.url, base.url, opts.scale, opts.runs, opts.sample) : null;
    console.log(`\nrenderer: ${renderer}; viewport ${VIEWPORT.width}x${VIEWPORT.height}; ${opts.runs} interleaved runs per page, >= ${opts.sample.frames} frames each after ${opts.sample.warmupMs / 1000} s;`);
    console.log('values are medians of runs (min-max across runs at the right); 60 Hz frame cap on (16.7 ms floor)');
    if (rows.length > 0) console.log(formatTable(rows));
    if (scale) console.log(`\nscale cases: imported flows (synthetic, seed 12), frames sampled after they are drawn, while the flows move\n${formatScaleTable(scale.rows)}`);
    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    const out = join(ROOT, `bench-results/bench-${new Date().toISOString().replace(/[:.]/gu, '-')}.json`);
    writeFileSync(out, `${JSON.stringify({ date: new Date().toISOString(), renderer, viewport: VIEWPORT, options: opts, summary: { app: appSummary, baseline: baseSummary, embed: embedSummary }, rows, raw: results, scale }, null, 1)}\n`);
    console.log(`\nwrote ${out}`);
  } finally {
    await browser.close();
    await Promise.all([app.close(), base.close(), host?.close()]);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
