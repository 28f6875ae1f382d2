/**
 * Framing a subject on screen: the camera (centre and zoom, north up, flat) that puts every mark and
 * its label box inside the free area of the map (the map minus padding), as close as the zoom limits
 * allow. Pure Web Mercator with MapLibre's 512 px tiles, so it is tested over any screen size without
 * a map; labels keep their pixel size at every zoom, which MapLibre's own fitBounds cannot account for.
 */

/** A point to frame and the pixels it occupies around its position (its dot and its label). */
export interface Mark {
  lng: number;
  lat: number;
  /** Pixels the mark reaches left of, right of, above and below its position (all >= 0). */
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Space kept clear at each edge of the map, in pixels. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Framed {
  center: [number, number];
  zoom: number;
  /** False when the subject does not fit even at the minimum zoom (it is centred in the free area). */
  fits: boolean;
}

const TILE = 512;
const MAX_LAT = 85.051129;

/** Web Mercator x in world units (0..1 for -180..180; beyond for unwrapped longitudes). */
export function mercatorX(lng: number): number {
  return (lng + 180) / 360;
}

export function mercatorY(lat: number): number {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / Math.PI) / 2;
}

function lngOf(x: number): number {
  return x * 360 - 180;
}

function latOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** Screen position of a coordinate under a north-up, flat camera (what MapLibre's `project` returns). */
export function projectAt(lngLat: readonly [number, number], camera: { center: readonly [number, number]; zoom: number }, size: Size): { x: number; y: number } {
  const scale = TILE * 2 ** camera.zoom;
  return {
    x: (mercatorX(lngLat[0]) - mercatorX(camera.center[0])) * scale + size.width / 2,
    y: (mercatorY(lngLat[1]) - mercatorY(camera.center[1])) * scale + size.height / 2,
  };
}

/** One axis: each mark's world position and how far its box reaches below and above it, in pixels. */
interface Axis {
  pos: number[];
  before: number[];
  after: number[];
}

/** Pixel span of the marks' boxes on one axis at `scale` world pixels: [lowest edge, highest edge]. */
function span(axis: Axis, scale: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  axis.pos.forEach((p, i) => {
    lo = Math.min(lo, p * scale - (axis.before[i] ?? 0));
    hi = Math.max(hi, p * scale + (axis.after[i] ?? 0));
  });
  return [lo, hi];
}

const fitsAt = (axis: Axis, scale: number, room: number): boolean => {
  const [lo, hi] = span(axis, scale);
  return hi - lo <= room;
};

/**
 * The highest zoom in [minZoom, maxZoom] at which the axis fits its room. The span grows with the
 * zoom once past its narrowest (it is convex in the scale), so "fits" is true up to one zoom and false
 * above it whenever it holds at minZoom; a bisection finds that zoom.
 */
function highestZoom(axis: Axis, room: number, minZoom: number, maxZoom: number): number | null {
  const fits = (z: number): boolean => fitsAt(axis, TILE * 2 ** z, room);
  if (fits(maxZoom)) return maxZoom;
  if (!fits(minZoom)) return null;
  let lo = minZoom;
  let hi = maxZoom;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The camera that frames `marks` (boxes included) inside `size` minus `insets`, at the highest zoom
 * up to `maxZoom`. Each axis is centred in its free band. When the boxes cannot fit even at the
 * minimum zoom, the points alone are framed (`fits` false). Nothing to frame: null.
 */
export function frameMarks(marks: readonly Mark[], size: Size, insets: Insets, limits: { minZoom: number; maxZoom: number }): Framed | null {
  if (marks.length === 0) return null;
  const framed = frameBoxes(marks, size, insets, limits);
  // Labels too wide for the screen must not drag the camera off the subject: frame the points alone.
  return framed.fits ? framed : { ...frameBoxes(marks.map((m) => pointMark(m.lng, m.lat)), size, insets, limits), fits: false };
}

function frameBoxes(marks: readonly Mark[], size: Size, insets: Insets, limits: { minZoom: number; maxZoom: number }): Framed {
  const x: Axis = { pos: marks.map((m) => mercatorX(m.lng)), before: marks.map((m) => m.left), after: marks.map((m) => m.right) };
  const y: Axis = { pos: marks.map((m) => mercatorY(m.lat)), before: marks.map((m) => m.top), after: marks.map((m) => m.bottom) };
  const roomX = Math.max(1, size.width - insets.left - insets.right);
  const roomY = Math.max(1, size.height - insets.top - insets.bottom);
  const zx = highestZoom(x, roomX, limits.minZoom, limits.maxZoom);
  const zy = highestZoom(y, roomY, limits.minZoom, limits.maxZoom);
  const fits = zx !== null && zy !== null;
  const zoom = Math.min(zx ?? limits.minZoom, zy ?? limits.minZoom);
  const scale = TILE * 2 ** zoom;
  // Centre the span in the free band: screen = world * scale - centre * scale + size / 2.
  const [x0, x1] = span(x, scale);
  const [y0, y1] = span(y, scale);
  const cx = ((x0 + x1) / 2 - (insets.left + size.width - insets.right) / 2 + size.width / 2) / scale;
  const cy = ((y0 + y1) / 2 - (insets.top + size.height - insets.bottom) / 2 + size.height / 2) / scale;
  return { center: [lngOf(cx), latOf(cy)], zoom, fits };
}

/** A bare point (no dot or label) to frame: a bounds corner or a line vertex. */
export function pointMark(lng: number, lat: number, reach = 0): Mark {
  return { lng, lat, left: reach, right: reach, top: reach, bottom: reach };
}

/** The corners of [[west, south], [east, north]] as bare marks. */
export function boundsMarks(bounds: readonly [readonly [number, number], readonly [number, number]]): Mark[] {
  const [[w, s], [e, n]] = bounds;
  return [pointMark(w, s), pointMark(e, n)];
}
