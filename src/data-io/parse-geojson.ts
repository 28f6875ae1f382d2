/**
 * GeoJSON (a FeatureCollection, a Feature or a bare geometry) into an imported layer: Points and
 * MultiPoints as points, LineStrings and MultiLineStrings as paths (a two-point line marked
 * `atlasKind: "od"`, as the atlas exports flows, as an arc), Polygons and MultiPolygons as
 * polygons, a GeometryCollection flattened into its members. A bad feature is listed by number and
 * skipped; the rest is kept. Never throws. Pure.
 */
import { checkPosition, isIssue, type CoordinateIssue } from './coordinates';
import { cleanProperties, createLayerBuilder, weightOf, type LayerBuilder, type LayerContent, type Position, type Properties } from './imported-layer';
import { MAX_FEATURES, MAX_TOTAL_VERTICES, MAX_VERTICES_PER_FEATURE } from './limits';

type Geometry = { type?: unknown; coordinates?: unknown; geometries?: unknown };

class FeatureProblem extends Error {
  constructor(readonly issue: CoordinateIssue) {
    super(issue.problem);
  }
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function position(x: unknown): Position {
  const p = checkPosition(x);
  if (isIssue(p)) throw new FeatureProblem(p);
  return p;
}

function line(x: unknown, min: number): Position[] {
  if (!Array.isArray(x) || x.length < min) throw new FeatureProblem({ field: 'geometry', problem: 'geometry', value: 'too few positions' });
  if (x.length > MAX_VERTICES_PER_FEATURE) throw new FeatureProblem({ field: 'geometry', problem: 'geometry', value: `more than ${MAX_VERTICES_PER_FEATURE} positions` });
  return x.map(position);
}

function list(x: unknown): unknown[] {
  if (!Array.isArray(x)) throw new FeatureProblem({ field: 'geometry', problem: 'geometry', value: 'coordinates' });
  return x;
}

/** Features added to `out` from one geometry (a collection recursively, at most 4 deep). */
function addGeometry(out: LayerBuilder, g: Geometry, props: Properties, weight: number | null, depth: number): number {
  const w = weight ?? 1;
  const c = g.coordinates;
  switch (g.type) {
    case 'Point':
      out.addPoint(position(c), w, props);
      return 1;
    case 'MultiPoint':
      list(c).forEach((p) => out.addPoint(position(p), w, props));
      return list(c).length;
    case 'LineString': {
      const path = line(c, 2);
      if (path.length === 2 && props.atlasKind === 'od') out.addArc(path[0] as Position, path[1] as Position, w, props);
      else out.addPath(path, w, props);
      return path.length;
    }
    case 'MultiLineString': {
      const paths = list(c).map((l) => line(l, 2));
      paths.forEach((p) => out.addPath(p, w, props));
      return paths.reduce((s, p) => s + p.length, 0);
    }
    case 'Polygon': {
      const rings = list(c).map((r) => line(r, 4));
      out.addPolygon(rings, props);
      return rings.reduce((s, r) => s + r.length, 0);
    }
    case 'MultiPolygon': {
      const polys = list(c).map((p) => list(p).map((r) => line(r, 4)));
      polys.forEach((rings) => out.addPolygon(rings, props));
      return polys.flat().reduce((s, r) => s + r.length, 0);
    }
    case 'GeometryCollection': {
      if (depth > 4 || !Array.isArray(g.geometries)) throw new FeatureProblem({ field: 'geometry', problem: 'geometry', value: 'GeometryCollection' });
      return g.geometries.reduce<number>((s, m) => s + (isObject(m) ? addGeometry(out, m, props, weight, depth + 1) : 0), 0);
    }
    default:
      throw new FeatureProblem({ field: 'geometry', problem: 'geometry', value: String(g.type).slice(0, 40) });
  }
}

/** The features of a parsed GeoJSON value, or null if it is none of FeatureCollection, Feature, geometry. */
function featuresOf(data: unknown): unknown[] | null {
  if (!isObject(data)) return null;
  if (data.type === 'FeatureCollection' && Array.isArray(data.features)) return data.features;
  if (data.type === 'Feature') return [data];
  if (typeof data.type === 'string' && ('coordinates' in data || 'geometries' in data)) return [{ type: 'Feature', geometry: data, properties: {} }];
  return null;
}

export function parseGeoJson(data: unknown, onProgress?: (done: number, total: number) => void): LayerContent {
  const out = createLayerBuilder();
  const features = featuresOf(data);
  if (!features) {
    out.error({ unit: 'file', n: 0, field: 'file', problem: 'json', value: 'expected a FeatureCollection, a Feature or a geometry' });
    return out.finish();
  }
  if (features.length > MAX_FEATURES) {
    out.error({ unit: 'file', n: 0, field: 'file', problem: 'too-many', value: MAX_FEATURES.toLocaleString('en-US') });
    return out.finish();
  }
  let vertices = 0;
  features.forEach((f, i) => {
    out.read(1);
    if (i % 5000 === 0) onProgress?.(i, features.length);
    if (!isObject(f) || !isObject(f.geometry)) {
      // A feature without geometry (null is allowed by RFC 7946) draws nothing and is no error.
      if (isObject(f) && f.geometry === null) return;
      out.error({ unit: 'feature', n: i + 1, field: 'geometry', problem: 'missing', value: '' });
      return;
    }
    const props = cleanProperties(f.properties);
    if (vertices > MAX_TOTAL_VERTICES) {
      out.error({ unit: 'feature', n: i + 1, field: 'geometry', problem: 'too-many', value: `${MAX_TOTAL_VERTICES.toLocaleString('en-US')} vertices` });
      return;
    }
    try {
      // Validate the whole feature before adding any of it: build into a scratch builder first.
      const scratch = createLayerBuilder(4);
      vertices += addGeometry(scratch, f.geometry, props, weightOf(props), 0);
      const part = scratch.finish();
      for (let k = 0; k < part.arcs.count; k += 1) {
        out.addArc([part.arcs.source[k * 2] ?? 0, part.arcs.source[k * 2 + 1] ?? 0], [part.arcs.target[k * 2] ?? 0, part.arcs.target[k * 2 + 1] ?? 0], part.arcs.weight[k] ?? 1, props);
      }
      part.paths.forEach((p) => out.addPath(p.path, p.weight, p.props));
      part.points.forEach((p) => out.addPoint(p.position, p.weight, p.props));
      part.polygons.forEach((p) => out.addPolygon(p.polygon, p.props));
    } catch (err) {
      if (err instanceof FeatureProblem) out.error({ unit: 'feature', n: i + 1, ...err.issue });
      else out.error({ unit: 'feature', n: i + 1, field: 'geometry', problem: 'geometry', value: 'unreadable' });
    }
  });
  onProgress?.(features.length, features.length);
  return out.finish();
}

/** Text to a layer: JSON.parse errors become a file-level error, never an exception. */
export function parseGeoJsonText(text: string, onProgress?: (done: number, total: number) => void): LayerContent {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const out = createLayerBuilder(1);
    out.error({ unit: 'file', n: 0, field: 'file', problem: 'json', value: (err instanceof Error ? err.message : String(err)).slice(0, 80) });
    return out.finish();
  }
  return parseGeoJson(data, onProgress);
}
