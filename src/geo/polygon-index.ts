/**
 * Natural Earth polygons indexed on a grid, so the build and the rule tests can ask "which polygon
 * holds this point" and "how far is the nearest edge" for tens of thousands of samples in seconds.
 * Point-in-polygon is even-odd ray casting over the edges of one latitude row; distance looks at
 * the edges of the cells around the point. Pure: the caller loads the polygons.
 */
import type { MultiPolygon, Polygon } from 'geojson';
import { wrapLongitude } from './longitude';
import { EARTH_RADIUS_KM } from './distance';

/** One polygon edge: [x1, y1, x2, y2] and the index of the shape (land: 0; country: its number). */
interface Edge { x1: number; y1: number; x2: number; y2: number; shape: number }

/** Row height for ray casting and cell size for distance search, in degrees. */
const ROW = 0.1;
const CELL = 0.1;
const KM_PER_DEG = (Math.PI / 180) * EARTH_RADIUS_KM;

export interface PolygonIndex {
  /** Names of the shapes (country names; `land` for the land file). */
  names: readonly string[];
  /** The shape holding the point, or undefined (sea, or outside every country). */
  shapeAt(lon: number, lat: number): string | undefined;
  /** Distance in km from the point to the nearest polygon edge, if it is within `maxKm`; else Infinity. */
  edgeDistanceKm(lon: number, lat: number, maxKm: number): number;
}

export function ringsOf(g: Polygon | MultiPolygon): number[][][] {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.flatMap((p) => p.map((ring) => ring.map(([x = 0, y = 0]) => [x, y])));
}

/** Build the index from shapes given as lists of rings. */
export function indexPolygons(shapes: ReadonlyArray<{ name: string; rings: number[][][] }>): PolygonIndex {
  const rows = new Map<number, Edge[]>();
  const cells = new Map<string, Edge[]>();
  shapes.forEach(({ rings }, shape) => {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const [x1 = 0, y1 = 0] = ring[i - 1] ?? [];
        const [x2 = 0, y2 = 0] = ring[i] ?? [];
        // An edge that jumps from +180 to -180 (Fiji's and Chukotka's rings) is the ring's seam: for
        // the ray cast (towards +x) it closes the piece at +180, so it stands there, upright. (At -180
        // it would lie left of every point and never be counted.) It is no coastline for distances.
        if (Math.abs(x2 - x1) > 180) {
          const seam: Edge = { x1: 180, y1, x2: 180, y2, shape };
          for (let r = Math.floor(Math.min(y1, y2) / ROW); r <= Math.floor(Math.max(y1, y2) / ROW); r++) {
            const list = rows.get(r) ?? [];
            list.push(seam);
            rows.set(r, list);
          }
          continue;
        }
        const e: Edge = { x1, y1, x2, y2, shape };
        for (let r = Math.floor(Math.min(y1, y2) / ROW); r <= Math.floor(Math.max(y1, y2) / ROW); r++) {
          const list = rows.get(r) ?? [];
          list.push(e);
          rows.set(r, list);
        }
        // Cut seams along the antimeridian are not coastline or border.
        if (Math.abs(x1) === 180 && x1 === x2) continue;
        for (let cx = Math.floor(Math.min(x1, x2) / CELL); cx <= Math.floor(Math.max(x1, x2) / CELL); cx++) {
          for (let cy = Math.floor(Math.min(y1, y2) / CELL); cy <= Math.floor(Math.max(y1, y2) / CELL); cy++) {
            const key = `${cx},${cy}`;
            const list = cells.get(key) ?? [];
            list.push(e);
            cells.set(key, list);
          }
        }
      }
    }
  });
  const names = shapes.map((s) => s.name);

  function shapeAt(lon: number, lat: number): string | undefined {
    const x = wrapLongitude(lon);
    const crossings = new Map<number, number>();
    for (const e of rows.get(Math.floor(lat / ROW)) ?? []) {
      if ((e.y1 > lat) === (e.y2 > lat)) continue;
      const xi = e.x1 + ((lat - e.y1) / (e.y2 - e.y1)) * (e.x2 - e.x1);
      if (xi > x) crossings.set(e.shape, (crossings.get(e.shape) ?? 0) + 1);
    }
    for (const [shape, n] of crossings) if (n % 2 === 1) return names[shape];
    return undefined;
  }

  function edgeDistanceKm(lon: number, lat: number, maxKm: number): number {
    const x = wrapLongitude(lon);
    const cos = Math.cos((lat * Math.PI) / 180);
    const dy = maxKm / KM_PER_DEG;
    const dx = dy / Math.max(cos, 0.01);
    let best = Infinity;
    const seen = new Set<Edge>();
    for (let cx = Math.floor((x - dx) / CELL); cx <= Math.floor((x + dx) / CELL); cx++) {
      for (let cy = Math.floor((lat - dy) / CELL); cy <= Math.floor((lat + dy) / CELL); cy++) {
        for (const e of cells.get(`${cx},${cy}`) ?? []) {
          if (seen.has(e)) continue;
          seen.add(e);
          // Local equirectangular projection around the point (good to well under 1% at 5 km).
          const ax = (e.x1 - x) * cos * KM_PER_DEG;
          const ay = (e.y1 - lat) * KM_PER_DEG;
          const bx = (e.x2 - x) * cos * KM_PER_DEG;
          const by = (e.y2 - lat) * KM_PER_DEG;
          const vx = bx - ax;
          const vy = by - ay;
          const len2 = vx * vx + vy * vy;
          const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * vx + ay * vy) / len2));
          const d = Math.hypot(ax + t * vx, ay + t * vy);
          if (d < best) best = d;
        }
      }
    }
    return best <= maxKm ? best : Infinity;
  }

  return { names, shapeAt, edgeDistanceKm };
}

