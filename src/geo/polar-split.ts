/**
 * Lines Web Mercator cannot draw: a great circle that passes near a pole (Chongqing - New York runs
 * 0.6 degrees from the North Pole) leaves the Mercator range, and clamping it draws a run along the
 * map's top edge. Such a line is cut where it crosses the polar circle and drawn as the parts on
 * either side, each next to its own city; the map marks each cut end ("via the Arctic"). Lines that
 * stay inside the Mercator range are returned whole and untouched (the Pacific crossings included).
 * Pure.
 */
import { distanceKm } from './distance';
import type { LonLat } from './lon-lat';
import { wrapLongitude } from './longitude';

/** Web Mercator's latitude limit (MapLibre clamps beyond it). */
export const MERCATOR_LIMIT_LAT = 85.0511;
/** The Arctic (and Antarctic) circle, 66°33′48″. */
export const POLAR_CIRCLE_LAT = 66.5633;

export type Pole = 'north' | 'south';

/** Where a part stops at the polar circle. */
export interface PolarCut {
  at: LonLat;
  pole: Pole;
}

export interface LinePart {
  coordinates: LonLat[];
  /** Distance along the whole line from its start to this part's first vertex, in km. */
  startKm: number;
  /** The cut this part starts at (null: it starts at the line's start). */
  cutStart: PolarCut | null;
  /** The cut this part ends at (null: it ends at the line's end). */
  cutEnd: PolarCut | null;
}

/** True when some vertex lies beyond the Mercator limit. */
export function leavesMercator(coords: readonly (readonly number[])[]): boolean {
  return coords.some((c) => Math.abs(c[1] ?? 0) > MERCATOR_LIMIT_LAT);
}

const inside = (p: LonLat): boolean => Math.abs(p[1]) <= POLAR_CIRCLE_LAT;

/** The point where the step a → b crosses the polar circle on b's (or a's) side. */
function crossing(a: LonLat, b: LonLat): PolarCut {
  const outer = inside(a) ? b : a;
  const pole: Pole = outer[1] > 0 ? 'north' : 'south';
  const lat = pole === 'north' ? POLAR_CIRCLE_LAT : -POLAR_CIRCLE_LAT;
  const f = (lat - a[1]) / (b[1] - a[1]);
  return { at: [a[0] + f * (b[0] - a[0]), lat], pole };
}

/** A part shifted by whole turns so its `anchor` vertex lies in -180..180 (next to its own city). */
function shifted(part: LinePart, anchor: LonLat): LinePart {
  const shift = wrapLongitude(anchor[0]) - anchor[0];
  if (shift === 0) return part;
  const move = ([lon, lat]: LonLat): LonLat => [lon + shift, lat];
  const cut = (c: PolarCut | null): PolarCut | null => (c ? { at: move(c.at), pole: c.pole } : null);
  return { ...part, coordinates: part.coordinates.map(move), cutStart: cut(part.cutStart), cutEnd: cut(part.cutEnd) };
}

/**
 * The drawable parts of a line. A line inside the Mercator range is one part, the same
 * coordinates. A line that leaves it is cut where it crosses the polar circle (the vertex at the
 * cut is interpolated), the parts beyond the circle are dropped, and each part is shifted by whole
 * turns of longitude so that its city end (the line's end for the last part, its start otherwise)
 * lies in -180..180.
 */
export function splitPolar(coords: readonly (readonly number[])[]): LinePart[] {
  const line: LonLat[] = coords.map(([lon = 0, lat = 0]) => [lon, lat]);
  if (!leavesMercator(line)) return [{ coordinates: line, startKm: 0, cutStart: null, cutEnd: null }];
  const parts: LinePart[] = [];
  let current: LonLat[] = [];
  let startKm = 0;
  let cutStart: PolarCut | null = null;
  let km = 0;
  const close = (cutEnd: PolarCut | null): void => {
    if (current.length >= 2) parts.push({ coordinates: current, startKm, cutStart, cutEnd });
    current = [];
  };
  line.forEach((p, i) => {
    const prev = line[i - 1];
    if (prev) {
      const stepKm = distanceKm(prev, p);
      if (inside(prev) !== inside(p)) {
        const cut = crossing(prev, p);
        const cutKm = km + distanceKm(prev, cut.at);
        if (inside(prev)) {
          current.push(cut.at);
          close(cut);
        } else {
          current = [cut.at];
          startKm = cutKm;
          cutStart = cut;
        }
      }
      km += stepKm;
    }
    if (inside(p)) current.push(p);
  });
  close(null);
  return parts.map((part, i) => {
    const anchor = i === parts.length - 1 && part.cutEnd === null ? part.coordinates[part.coordinates.length - 1] : part.coordinates[0];
    return anchor ? shifted(part, anchor) : part;
  });
}
