/**
 * Sea lanes with passages closed: shortest paths on the same patched MARNET network as
 * `sea-route.ts` (same antimeridian bridges, same port snapping), without the edges that cross a
 * closed passage's box. geojson-path-finder cannot drop edges per query, so this is a plain
 * Dijkstra over the network's vertices. Build time only; the browser looks the results up.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { Passage } from '../model/routes';
import { dedupeConsecutive, roundCoord } from '../geo/coords';
import { distanceKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';
import { unwrapLongitudes } from '../geo/longitude';
import { applyNetworkPatches, MARNET_PATCHES, type NetworkPatch } from './marnet-patches';
import { segmentPasses } from './passages';
import { BRIDGE_WEIGHT_KM, buildAntimeridianBridges, MAX_SNAP_KM } from './sea-route';

interface Arc { to: number; km: number; passes: readonly string[] }

export type ClosedRouter = (from: LonLat, to: LonLat, closed: readonly Passage[]) => LonLat[] | { error: string; blocked?: boolean };

const key = (c: readonly number[]): string => `${c[0] ?? 0},${c[1] ?? 0}`;

/** A binary min-heap of [priority, vertex]. */
class Heap {
  private items: Array<[number, number]> = [];
  get size(): number {
    return this.items.length;
  }
  push(item: [number, number]): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((a[p] as [number, number])[0] <= item[0]) break;
      a[i] = a[p] as [number, number];
      i = p;
    }
    a[i] = item;
  }
  pop(): [number, number] | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length && last) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && (a[l] as [number, number])[0] < (m === i ? last[0] : (a[m] as [number, number])[0])) m = l;
        if (r < a.length && (a[r] as [number, number])[0] < (m === i ? last[0] : (a[m] as [number, number])[0])) m = r;
        if (m === i) break;
        a[i] = a[m] as [number, number];
        i = m;
      }
      a[i] = last;
    }
    return top;
  }
}

export function createClosedRouter(rawNetwork: FeatureCollection<LineString>, passages: readonly Passage[], patches: readonly NetworkPatch[] = MARNET_PATCHES): ClosedRouter {
  const { network } = applyNetworkPatches(rawNetwork, patches);
  const ids = new Map<string, number>();
  const vertices: LonLat[] = [];
  const idOf = (c: readonly number[]): number => {
    const k = key(c);
    let id = ids.get(k);
    if (id === undefined) {
      id = vertices.length;
      ids.set(k, id);
      vertices.push([c[0] ?? 0, c[1] ?? 0]);
    }
    return id;
  };
  const arcs: Arc[][] = [];
  const link = (a: number, b: number, km: number, passes: readonly string[]): void => {
    (arcs[a] ??= []).push({ to: b, km, passes });
    (arcs[b] ??= []).push({ to: a, km, passes });
  };
  for (const f of network.features) {
    const c = f.geometry.coordinates;
    for (let i = 1; i < c.length; i++) {
      const a = [c[i - 1]?.[0] ?? 0, c[i - 1]?.[1] ?? 0] as LonLat;
      const b = [c[i]?.[0] ?? 0, c[i]?.[1] ?? 0] as LonLat;
      link(idOf(a), idOf(b), distanceKm(a, b), passages.filter((p) => segmentPasses(a, b, p.box)).map((p) => p.id));
    }
  }
  for (const bridge of buildAntimeridianBridges(vertices)) {
    const [a, b] = bridge.geometry.coordinates;
    if (a && b) link(idOf(a), idOf(b), BRIDGE_WEIGHT_KM, []);
  }

  const nearest = (p: LonLat): number => {
    let best = -1;
    let bestD = Infinity;
    const cosLat = Math.cos((p[1] * Math.PI) / 180);
    vertices.forEach((v, i) => {
      let dLon = Math.abs(v[0] - p[0]);
      if (dLon > 180) dLon = 360 - dLon;
      const d = (dLon * cosLat) ** 2 + (v[1] - p[1]) ** 2;
      if (d < bestD) [best, bestD] = [i, d];
    });
    return best;
  };

  return (from, to, closed) => {
    const a = nearest(from);
    const b = nearest(to);
    if (a < 0 || b < 0) return { error: 'the sea network is empty' };
    for (const [port, snap] of [[from, a], [to, b]] as const) {
      if (distanceKm(port, vertices[snap] as LonLat) > MAX_SNAP_KM) return { error: `port [${port.join(', ')}] is too far from the sea network` };
    }
    if (a === b) return dedupeConsecutive(unwrapLongitudes([from, to]).map(roundCoord));
    const shut = new Set<string>(closed.map((p) => p.id));
    const dist = new Float64Array(vertices.length).fill(Infinity);
    const prev = new Int32Array(vertices.length).fill(-1);
    const heap = new Heap();
    dist[a] = 0;
    heap.push([0, a]);
    while (heap.size) {
      const [d, u] = heap.pop() as [number, number];
      if (d > (dist[u] ?? Infinity)) continue;
      if (u === b) break;
      for (const arc of arcs[u] ?? []) {
        if (arc.passes.some((p) => shut.has(p))) continue;
        const nd = d + arc.km;
        if (nd < (dist[arc.to] ?? Infinity)) {
          dist[arc.to] = nd;
          prev[arc.to] = u;
          heap.push([nd, arc.to]);
        }
      }
    }
    if (!Number.isFinite(dist[b] ?? Infinity)) return { error: 'no lane avoids the closed passages', blocked: true };
    const path: LonLat[] = [];
    for (let v = b; v >= 0; v = prev[v] ?? -1) path.push(vertices[v] as LonLat);
    path.reverse();
    return dedupeConsecutive(unwrapLongitudes([from, ...path, to]).map(roundCoord));
  };
}
