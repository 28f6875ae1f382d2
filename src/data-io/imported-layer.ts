/**
 * An imported layer as the app keeps it (in memory and in IndexedDB): origin-destination arcs as
 * flat typed arrays (deck.gl binary attributes: no per-arc objects, no re-upload per frame), and
 * paths, points and polygons with their properties. The builder collects features as a parser
 * finds them. Pure.
 */
import type { RowError } from './row-error';
import { MAX_ERRORS_KEPT, MAX_PROPERTY_CHARS, MAX_PROPERTY_KEYS } from './limits';

export type Position = [number, number];
export type PropertyValue = string | number | boolean | null;
export type Properties = Record<string, PropertyValue>;

export interface ArcSet {
  count: number;
  /** [lon, lat] pairs, `count` of them. */
  source: Float64Array;
  target: Float64Array;
  /** Weight per arc (1 when the file gives none). */
  weight: Float32Array;
  /** Properties per arc, or null (CSV flows keep their ends and weight only). */
  props: Properties[] | null;
}

export interface PathRecord { path: Position[]; weight: number; props: Properties }
export interface PointRecord { position: Position; weight: number; props: Properties }
export interface PolygonRecord { polygon: Position[][]; props: Properties }

export interface LayerContent {
  arcs: ArcSet;
  paths: PathRecord[];
  points: PointRecord[];
  polygons: PolygonRecord[];
  /** Rows or features read (valid or not). */
  read: number;
  errors: RowError[];
  /** All errors, including those not kept. */
  errorCount: number;
}

export interface ImportedLayer extends LayerContent {
  id: string;
  name: string;
  hidden: boolean;
  /** Index into the imported-layer palette. */
  colorIndex: number;
  fileName: string;
  kind: 'csv' | 'geojson';
  createdAt: string;
}

/** How many features a layer draws. */
export function featureCount(c: Pick<LayerContent, 'arcs' | 'paths' | 'points' | 'polygons'>): number {
  return c.arcs.count + c.paths.length + c.points.length + c.polygons.length;
}

/** Property values kept as plain values: at most MAX_PROPERTY_KEYS keys, strings cut, objects as JSON text. */
export function cleanProperties(raw: unknown): Properties {
  const out: Properties = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  let n = 0;
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (n >= MAX_PROPERTY_KEYS) break;
    const key = k.slice(0, 64);
    if (v === null || typeof v === 'boolean') out[key] = v;
    else if (typeof v === 'number') out[key] = Number.isFinite(v) ? v : null;
    else if (typeof v === 'string') out[key] = v.slice(0, MAX_PROPERTY_CHARS);
    else {
      let text = '';
      try {
        text = JSON.stringify(v) ?? '';
      } catch {
        text = '';
      }
      out[key] = text.slice(0, MAX_PROPERTY_CHARS);
    }
    n += 1;
  }
  return out;
}

/** The weight a feature's properties give (weight, count, value, flow, volume), or null. */
export function weightOf(props: Properties): number | null {
  for (const key of ['weight', 'count', 'value', 'flow', 'volume']) {
    const v = props[key];
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (Number.isFinite(n) && n >= 0) return n;
  }
  return null;
}

export interface LayerBuilder {
  addArc(from: Position, to: Position, weight: number, props: Properties | null): void;
  addPath(path: Position[], weight: number, props: Properties): void;
  addPoint(position: Position, weight: number, props: Properties): void;
  addPolygon(polygon: Position[][], props: Properties): void;
  error(e: RowError): void;
  read(n: number): void;
  arcCount(): number;
  count(): number;
  finish(): LayerContent;
}

/** Collects features; arcs grow typed arrays by doubling, so 100,000 flows never become 100,000 objects. */
export function createLayerBuilder(initialArcs = 1024): LayerBuilder {
  let cap = Math.max(1, initialArcs);
  let source = new Float64Array(cap * 2);
  let target = new Float64Array(cap * 2);
  let weight = new Float32Array(cap);
  let arcProps: Properties[] | null = null;
  let n = 0;
  let readCount = 0;
  const paths: PathRecord[] = [];
  const points: PointRecord[] = [];
  const polygons: PolygonRecord[] = [];
  const errors: RowError[] = [];
  let errorCount = 0;
  const grow = (): void => {
    cap *= 2;
    const s = new Float64Array(cap * 2);
    s.set(source);
    source = s;
    const t = new Float64Array(cap * 2);
    t.set(target);
    target = t;
    const w = new Float32Array(cap);
    w.set(weight);
    weight = w;
  };
  return {
    addArc(from, to, w, props) {
      if (n === cap) grow();
      source[n * 2] = from[0];
      source[n * 2 + 1] = from[1];
      target[n * 2] = to[0];
      target[n * 2 + 1] = to[1];
      weight[n] = w;
      if (props) {
        arcProps ??= Array.from({ length: n }, () => ({}));
        arcProps.push(props);
      } else arcProps?.push({});
      n += 1;
    },
    addPath: (path, w, props) => void paths.push({ path, weight: w, props }),
    addPoint: (position, w, props) => void points.push({ position, weight: w, props }),
    addPolygon: (polygon, props) => void polygons.push({ polygon, props }),
    error(e) {
      errorCount += 1;
      if (errors.length < MAX_ERRORS_KEPT) errors.push(e);
    },
    read(k) {
      readCount += k;
    },
    arcCount: () => n,
    count: () => n + paths.length + points.length + polygons.length,
    finish() {
      return {
        arcs: { count: n, source: source.slice(0, n * 2), target: target.slice(0, n * 2), weight: weight.slice(0, n), props: arcProps },
        paths, points, polygons, read: readCount, errors, errorCount,
      };
    },
  };
}
