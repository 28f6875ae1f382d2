/**
 * The bench's statistics, pure: frame times of one run -> median, p95 and fps; several runs -> the
 * median of each metric and its spread (min/median/max across runs); app against baseline -> the
 * targets table. No I/O.
 */

export type ByteKind = 'js' | 'css' | 'data' | 'other';

export interface RunSample {
  firstFrameMs: number;
  /** The app only: labels, places and flows drawn after the corridors (the baseline has none). */
  completeMs: number;
  /** Time between consecutive animation frames while the flows move. */
  frameMs: number[];
  /** Gzip bytes (level 6) of what the first view downloaded, by kind. */
  bytes: Record<ByteKind, number>;
}

export interface Spread {
  min: number;
  median: number;
  max: number;
}

export function quantile(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return Number.NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  const hi = Math.ceil(i);
  return (s[lo] ?? 0) + ((s[hi] ?? 0) - (s[lo] ?? 0)) * (i - lo);
}

export function spread(xs: readonly number[]): Spread {
  return { min: Math.min(...xs), median: quantile(xs, 0.5), max: Math.max(...xs) };
}

/** Frames per second over the sampled window: frame count over the time they took. */
export function framesPerSecond(frameMs: readonly number[]): number {
  const total = frameMs.reduce((a, b) => a + b, 0);
  return total > 0 ? (1000 * frameMs.length) / total : Number.NaN;
}

/** Frame intervals from requestAnimationFrame timestamps. */
export function intervals(stamps: readonly number[]): number[] {
  return stamps.slice(1).map((t, i) => t - (stamps[i] ?? t));
}

export const METRICS = ['firstFrameMs', 'completeMs', 'frameMedianMs', 'frameP95Ms', 'fps', 'frames', 'jsGzipKB', 'cssGzipKB', 'dataGzipKB', 'totalGzipKB'] as const;
export type Metric = (typeof METRICS)[number];

/** One run's value of every metric. */
export function runMetrics(r: RunSample): Record<Metric, number> {
  const kb = (n: number): number => n / 1024;
  return {
    firstFrameMs: r.firstFrameMs,
    completeMs: r.completeMs,
    frameMedianMs: quantile(r.frameMs, 0.5),
    frameP95Ms: quantile(r.frameMs, 0.95),
    fps: framesPerSecond(r.frameMs),
    frames: r.frameMs.length,
    jsGzipKB: kb(r.bytes.js),
    cssGzipKB: kb(r.bytes.css),
    dataGzipKB: kb(r.bytes.data),
    totalGzipKB: kb(r.bytes.js + r.bytes.css + r.bytes.data + r.bytes.other),
  };
}

/** Every metric's spread across runs (its median is what the targets compare). */
export function summarise(runs: readonly RunSample[]): Record<Metric, Spread> {
  const per = runs.map(runMetrics);
  return Object.fromEntries(METRICS.map((m) => [m, spread(per.map((p) => p[m]))])) as Record<Metric, Spread>;
}

export interface Target {
  text: string;
  met(app: number, baseline: number): boolean;
}

/** App against baseline, medians of runs. Lower is better except fps. */
export const TARGETS: Partial<Record<Metric, Target>> = {
  firstFrameMs: { text: '<= 1.15x', met: (a, b) => a <= b * 1.15 },
  frameMedianMs: { text: '<= 1.15x', met: (a, b) => a <= b * 1.15 },
  frameP95Ms: { text: '<= 1.15x', met: (a, b) => a <= b * 1.15 },
  fps: { text: '>= 0.9x', met: (a, b) => a >= b * 0.9 },
  jsGzipKB: { text: '<= +60 KB', met: (a, b) => a <= b + 60 },
};

export interface Row {
  metric: Metric;
  app: Spread;
  baseline: Spread;
  embed: Spread | null;
  ratio: number;
  target: string;
  met: boolean | null;
}

export function compare(app: Record<Metric, Spread>, baseline: Record<Metric, Spread>, embed: Record<Metric, Spread> | null): Row[] {
  return METRICS.map((metric) => {
    const a = app[metric].median;
    const b = baseline[metric].median;
    const target = TARGETS[metric];
    return { metric, app: app[metric], baseline: baseline[metric], embed: embed?.[metric] ?? null, ratio: a / b, target: target?.text ?? '', met: target ? target.met(a, b) : null };
  });
}

const num = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '-');
const range = (s: Spread): string => ` ${num(s.min)}-${num(s.max)}`;

/** The table printed at the end: medians of runs, the ratio and target, then each page's spread. */
export function formatTable(rows: readonly Row[]): string {
  const head = `${'metric'.padEnd(14)}${'app'.padStart(9)}${'baseline'.padStart(10)}${'ratio'.padStart(7)}${'embed'.padStart(9)}  ${'target'.padEnd(18)}${'app min-max'.padStart(18)}${'base min-max'.padStart(18)}${'embed min-max'.padStart(18)}`;
  const lines = rows.map((r) => {
    const verdict = r.met === null ? '' : r.met ? ' met' : ' NOT met';
    return `${r.metric.padEnd(14)}${num(r.app.median).padStart(9)}${num(r.baseline.median).padStart(10)}${(Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '-').padStart(7)}${(r.embed ? num(r.embed.median) : '-').padStart(9)}  ${`${r.target}${verdict}`.padEnd(18)}${range(r.app).padStart(18)}${range(r.baseline).padStart(18)}${(r.embed ? range(r.embed) : ' -').padStart(18)}`;
  });
  return [head, ...lines].join('\n');
}

// ---------------------------------------------------------------- scale cases (imported flows)

/** One scale run: the app with N imported flows (a CSV dropped on the map) or the baseline drawing them. */
export interface ScaleSample {
  /** From the drop (the app) or the hand-over of the arrays (the baseline) to deck.gl's first draw of them. */
  dropToDrawnMs: number;
  /** Time between animation frames while the flows move, after the arcs are drawn. */
  frameMs: number[];
  /** Post-GC JavaScript heap of the page with ArrayBuffer backing stores, MB. */
  heapMB: number;
}

export const SCALE_METRICS = ['dropToDrawnMs', 'frameMedianMs', 'frameP95Ms', 'fps', 'heapMB'] as const;
export type ScaleMetric = (typeof SCALE_METRICS)[number];

export interface ScaleRow {
  arcs: number;
  metric: ScaleMetric;
  app: Spread;
  baseline: Spread;
  ratio: number;
  target: string;
  met: boolean | null;
}

function scaleMetrics(r: ScaleSample): Record<ScaleMetric, number> {
  return { dropToDrawnMs: r.dropToDrawnMs, frameMedianMs: quantile(r.frameMs, 0.5), frameP95Ms: quantile(r.frameMs, 0.95), fps: framesPerSecond(r.frameMs), heapMB: r.heapMB };
}

/** Issue 12's goals: frame time <= 1.15x the baseline, 100,000 rows drawn within 10 s; heap as B7. */
export const SCALE_TARGETS: Partial<Record<ScaleMetric, { text: string; met(app: number, baseline: number, arcs: number): boolean }>> = {
  dropToDrawnMs: { text: '< 10 s at 100k', met: (a, _b, arcs) => arcs < 100_000 || a < 10_000 },
  frameMedianMs: { text: '<= 1.15x', met: (a, b) => a <= b * 1.15 },
  fps: { text: '>= 0.9x', met: (a, b) => a >= b * 0.9 },
  heapMB: { text: '<= 1.2x + 10 MB', met: (a, b) => a <= b * 1.2 + 10 },
};

export function scaleRows(arcs: number, app: readonly ScaleSample[], baseline: readonly ScaleSample[]): ScaleRow[] {
  const a = app.map(scaleMetrics);
  const b = baseline.map(scaleMetrics);
  return SCALE_METRICS.map((metric) => {
    const as = spread(a.map((m) => m[metric]));
    const bs = spread(b.map((m) => m[metric]));
    const t = SCALE_TARGETS[metric];
    return { arcs, metric, app: as, baseline: bs, ratio: as.median / bs.median, target: t?.text ?? '', met: t ? t.met(as.median, bs.median, arcs) : null };
  });
}

export function formatScaleTable(rows: readonly ScaleRow[]): string {
  const head = `${'arcs'.padStart(7)}  ${'metric'.padEnd(14)}${'app'.padStart(10)}${'baseline'.padStart(10)}${'ratio'.padStart(7)}  ${'target'.padEnd(24)}${'app min-max'.padStart(20)}${'base min-max'.padStart(20)}`;
  return [head, ...rows.map((r) => {
    const verdict = r.met === null ? '' : r.met ? ' met' : ' NOT met';
    return `${String(r.arcs).padStart(7)}  ${r.metric.padEnd(14)}${num(r.app.median).padStart(10)}${num(r.baseline.median).padStart(10)}${(Number.isFinite(r.ratio) ? r.ratio.toFixed(2) : '-').padStart(7)}  ${`${r.target}${verdict}`.padEnd(24)}${range(r.app).padStart(20)}${range(r.baseline).padStart(20)}`;
  })].join('\n');
}
