/**
 * The multimodal network of the compiled model: nodes are named places, edges are the parts of legs
 * between consecutive named places, with the leg's mode and corridor, the drawn km of that part and
 * the land borders it crosses. Pure: the country lookup is passed in.
 */
import type { LegFeature } from '../model/schema';
import type { RouteStep } from '../model/routes';
import type { LegRole, Mode, PlaceId } from '../model/types';
import { distanceKm, lengthKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';

/** One part of a leg between consecutive named places: a route step, with its leg's role for ranking. */
export interface Edge extends RouteStep {
  role: LegRole;
}

export interface RouteGraph {
  /** Edges out of each place, both directions of every part. */
  out: Map<PlaceId, Edge[]>;
  coord: Map<PlaceId, LonLat>;
}

/** Country name at a point, or undefined at sea. */
export type CountryAt = (p: LonLat) => string | undefined;

const sameSpot = (p: readonly number[], q: LonLat): boolean =>
  Math.abs((((p[0] ?? 0) - q[0] + 540) % 360) - 180) < 1e-4 && Math.abs((p[1] ?? 0) - q[1]) < 1e-4;

/** Index of each named place in the leg's line, in order (the first match after the previous one). */
export function placeIndexes(coords: ReadonlyArray<readonly number[]>, places: readonly LonLat[]): number[] {
  const out: number[] = [];
  let from = 0;
  for (const p of places) {
    let i = coords.findIndex((c, k) => k >= from && sameSpot(c, p));
    if (i < 0) i = nearestIndex(coords, p, from);
    out.push(i);
    from = Math.min(i + 1, coords.length - 1);
  }
  return out;
}

function nearestIndex(coords: ReadonlyArray<readonly number[]>, p: LonLat, from: number): number {
  let best = from;
  let bestD = Infinity;
  for (let k = from; k < coords.length; k++) {
    const c = coords[k] ?? [];
    const d = distanceKm([c[0] ?? 0, c[1] ?? 0], p);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}

/** Land borders crossed along a line: changes of country between samples about `stepKm` apart (samples at sea are skipped). */
export function bordersAlong(line: readonly LonLat[], countryAt: CountryAt, stepKm = 5): number {
  let last: string | undefined;
  let crossings = 0;
  const visit = (p: LonLat): void => {
    const c = countryAt(p);
    if (c === undefined) return;
    if (last !== undefined && c !== last) crossings++;
    last = c;
  };
  for (let i = 0; i < line.length; i++) {
    const a = line[i] as LonLat;
    visit(a);
    const b = line[i + 1];
    if (!b) break;
    const n = Math.floor(distanceKm(a, b) / stepKm);
    for (let k = 1; k < n; k++) visit([a[0] + ((b[0] - a[0]) * k) / n, a[1] + ((b[1] - a[1]) * k) / n]);
  }
  return crossings;
}

const LAND_MODES: ReadonlySet<Mode> = new Set(['rail', 'road', 'river']);

/** The graph of every leg except data links (a data channel carries no freight). */
export function buildRouteGraph(legs: readonly LegFeature[], coordOf: ReadonlyMap<PlaceId, LonLat>, countryAt: CountryAt): RouteGraph {
  const out = new Map<PlaceId, Edge[]>();
  const add = (e: Edge): void => {
    const list = out.get(e.from) ?? [];
    list.push(e);
    out.set(e.from, list);
  };
  for (const f of legs) {
    const p = f.properties;
    if (p.mode === 'data') continue;
    const coords = f.geometry.coordinates;
    const at = placeIndexes(coords, p.places.map((id) => coordOf.get(id) ?? [NaN, NaN]));
    for (let k = 1; k < p.places.length; k++) {
      const part = coords.slice(at[k - 1], (at[k] ?? 0) + 1) as LonLat[];
      const km = Math.round(lengthKm(part));
      const borders = LAND_MODES.has(p.mode) ? bordersAlong(part, countryAt) : 0;
      const from = p.places[k - 1] as PlaceId;
      const to = p.places[k] as PlaceId;
      const base = { leg: p.id, corridor: p.corridor, mode: p.mode, km, borders, inferred: p.inferred, role: p.role };
      add({ ...base, from, to });
      add({ ...base, from: to, to: from });
    }
  }
  return { out, coord: new Map(coordOf) };
}
