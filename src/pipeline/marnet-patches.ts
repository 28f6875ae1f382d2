/**
 * Corrections to the MARNET sea-lane network. A few of its long edges cut across islands; each patch
 * replaces one edge (matched in either direction) by a detour through open water. Geometry tests
 * (sea legs never cross Natural Earth 10m land) found these; every patch must still match an edge,
 * so an upstream network change cannot silently drop a fix. Where the network has a gap (a lane that
 * detours hundreds of km, or a port it reaches only overland), an added edge starts at a network
 * vertex and runs through open water to another vertex or to a port approach; it must still start
 * (and, when `joins`, end) at a vertex.
 */
import type { FeatureCollection, LineString } from 'geojson';
import type { LonLat } from '../geo/lon-lat';

/** Replace the edge from-to by a detour through `via`, or remove it when `via` is `'drop'`. */
export interface EdgePatch {
  reason: string;
  from: LonLat;
  to: LonLat;
  via: LonLat[] | 'drop';
}

/**
 * A new edge `add` (two or more points) from a network vertex through open water. `joins: true`:
 * its last point is a vertex too (a shortcut across a gap); otherwise it ends at a new vertex that
 * a port approach snaps to.
 */
export interface AddedEdge {
  reason: string;
  add: LonLat[];
  joins: boolean;
}

export type NetworkPatch = EdgePatch | AddedEdge;

export const MARNET_PATCHES: readonly NetworkPatch[] = [
  {
    reason: 'Gulf of Aden approach crosses Socotra; pass north of the island',
    from: [54.7085, 12.2395],
    to: [51, 13],
    via: [[54.9, 12.6], [54.2, 13.0], [52.5, 13.0]],
  },
  {
    reason: 'Taiwan Strait edge crosses the Fujian coast and Pingtan island; keep to mid-strait',
    from: [117, 23],
    to: [120, 25.7],
    via: [[118.6, 23.4], [119.8, 24.6], [120.3, 25.3]],
  },
  {
    reason: 'Zhejiang coastal edge crosses the Taizhou islands (Shanghai and Ningbo sailings south); keep offshore',
    from: [121.3, 27.8],
    to: [122.6776, 30.8345],
    via: [[121.8, 28.1], [122.1, 28.6]],
  },
  {
    reason: 'Atlantic edge crosses Madeira (lanes round the Cape with Suez closed); pass between Madeira and Porto Santo',
    from: [-17, 33],
    to: [-15.3, 28.3],
    via: [[-16.0, 32.7]],
  },
  {
    reason: 'Atlantic edge crosses Gran Canaria (lanes round the Cape with Suez closed); pass east of it',
    from: [-16.6896, 24.657],
    to: [-15.3, 28.3],
    via: [[-15.9, 25.8], [-15.15, 27.6]],
  },
  {
    reason: 'West Sumatra edge crosses Nias (lanes round Sumatra with Malacca closed); keep to the strait east of Nias',
    from: [96.5411, 2.462],
    to: [99.9, -1.4],
    via: [[96.9, 1.9], [97.65, 1.75], [98.2, 1.1], [98.85, 0.35]],
  },
  {
    reason: 'Bab-el-Mandeb edge crosses Perim island; use the Large Strait west of it',
    from: [45, 12],
    to: [43.3, 12.7],
    via: [[43.6, 12.45], [43.3, 12.6]],
  },
  { reason: 'A network vertex lies on Perim island (1 of 2)', from: [45, 12], to: [43.465, 12.6341], via: 'drop' },
  { reason: 'A network vertex lies on Perim island (2 of 2)', from: [43.465, 12.6341], to: [43.3, 12.7], via: 'drop' },
  {
    reason: 'Southern Red Sea edge crosses the Hanish islands; pass west of them',
    from: [43.3, 12.7],
    to: [42, 15],
    via: [[43.1, 13.2], [42.45, 13.8]],
  },
  {
    reason: 'Parallel southern Red Sea edge also crosses the Hanish islands',
    from: [43.3, 12.7],
    to: [42.4719, 14.1826],
    via: [[43.1, 13.2], [42.45, 13.8]],
  },
  {
    reason: 'Edge off the Boso peninsula cuts its south-east coast; stay offshore',
    from: [139.9, 34.8],
    to: [141.3, 35.9],
    via: [[140.5, 35.0]],
  },
  {
    reason: 'Parallel edge off the Boso peninsula also cuts its south-east coast',
    from: [139.9, 34.8],
    to: [140.4029, 35.2011],
    via: [[140.45, 34.95]],
  },
  {
    reason: 'Gulf of Suez edge cuts across Sinai; follow the middle of the gulf',
    from: [33.75, 27.9],
    to: [32.6, 29.7],
    via: [[33.4, 28.22], [33.08, 28.54], [32.9, 28.86], [32.8, 29.18], [32.6, 29.5]],
  },
  {
    reason: 'Edge off southern Kyushu cuts Cape Toi; stay offshore',
    from: [130.9, 31],
    to: [132.4, 32.4],
    via: [[131.5, 31.3], [132.0, 32.0]],
  },
  {
    reason: 'Edge along Honshu cuts the Kii peninsula (Shionomisaki) and the Izu peninsula; pass south of both',
    from: [135.1, 33.2],
    to: [139.3, 35],
    via: [[135.75, 33.35], [137.5, 33.9], [138.9, 34.45], [139.25, 34.55]],
  },
  {
    reason: 'Gap: the only lane from the Gulf of Tonkin to Manila runs to 16.1 N and back along Luzon (+20%); cross the South China Sea south of Hainan directly to the lane off Manila Bay',
    add: [[108.4606, 18.4135], [109.6, 17.85], [119.9, 14.4]],
    joins: true,
  },
  {
    reason: 'Gap: the only lane into the eastern Gulf of Thailand turns west to off Songkhla and back (+650 km to Sihanoukville); run from off Ca Mau north, west of Phu Quoc and the Tho Chu islands',
    add: [[104.9, 8.4], [103.341, 10.5516]],
    joins: true,
  },
  {
    reason: 'Port approach: the lane ends south of the Maas; Europoort is reached from the Maas entrance (Maasgeul), not across Voorne',
    add: [[3.9, 52], [4.02, 51.985]],
    joins: false,
  },
  {
    reason: 'Port approach: the lane passes Port Klang in mid-strait and a leg to it turned back from off Sumatra; follow the Malaysian side from off Port Dickson, west of the Klang islands, to the North Klang Strait entrance',
    add: [[102, 2], [101.7, 2.35], [101.35, 2.7], [101.05, 2.95], [101.2, 3.1]],
    joins: false,
  },
];

function same(a: readonly number[], b: LonLat): boolean {
  return Math.abs((a[0] ?? NaN) - b[0]) < 1e-9 && Math.abs((a[1] ?? NaN) - b[1]) < 1e-9;
}

const isAdded = (p: NetworkPatch): p is AddedEdge => 'add' in p;

/** Apply `patches` to `network`; returns the patched copy and the reasons of patches that matched nothing. */
export function applyNetworkPatches(
  network: FeatureCollection<LineString>,
  patches: readonly NetworkPatch[],
): { network: FeatureCollection<LineString>; unmatched: string[] } {
  const used = new Set<NetworkPatch>();
  const edgePatches = patches.filter((p): p is EdgePatch => !isAdded(p));
  const features = network.features.flatMap((f) => {
    const coords = f.geometry.coordinates;
    const lines: number[][][] = [[]];
    coords.forEach((c, i) => {
      const prev = coords[i - 1];
      const current = lines[lines.length - 1] as number[][];
      if (prev) {
        const forward = edgePatches.find((p) => same(prev, p.from) && same(c, p.to));
        const backward = edgePatches.find((p) => same(prev, p.to) && same(c, p.from));
        const patch = forward ?? backward;
        if (patch) {
          used.add(patch);
          if (patch.via === 'drop') {
            lines.push([c]);
            return;
          }
          const detour = forward ? patch.via : [...patch.via].reverse();
          current.push(...detour.map((v) => [...v]));
        }
      }
      current.push(c);
    });
    return lines
      .filter((line) => line.length >= 2)
      .map((line) => ({ ...f, geometry: { ...f.geometry, coordinates: line } }));
  });
  const vertices = features.flatMap((f) => f.geometry.coordinates);
  const isVertex = (p: LonLat | undefined): boolean => p !== undefined && vertices.some((v) => same(v, p));
  for (const p of patches.filter(isAdded)) {
    if (p.add.length < 2 || !isVertex(p.add[0]) || (p.joins && !isVertex(p.add[p.add.length - 1]))) continue;
    used.add(p);
    features.push({ type: 'Feature', properties: { added: true }, geometry: { type: 'LineString', coordinates: p.add.map((v) => [...v]) } });
  }
  return { network: { ...network, features }, unmatched: patches.filter((p) => !used.has(p)).map((p) => p.reason) };
}
