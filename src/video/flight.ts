/**
 * A camera flight as a pure function of time, so each video frame can jump the map to it: the
 * zoom-out-and-in path of van Wijk and Nivasch ("Smooth and efficient zooming and panning", 2003)
 * that MapLibre's flyTo follows, with its ease-in-out timing. Web Mercator with 512 px tiles.
 */
import { mercatorX, mercatorY } from '../geo/frame';
import type { Camera } from '../map/camera-policy';

const TILE = 512;

/** MapLibre's default easing, cubic-bezier(0.25, 0.1, 0.25, 1), solved for x by bisection. */
export function easeInOut(t: number): number {
  if (t <= 0) return 0;
  if (t >= 1) return 1;
  const bez = (p1: number, p2: number, s: number): number => 3 * (1 - s) * (1 - s) * s * p1 + 3 * (1 - s) * s * s * p2 + s * s * s;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (bez(0.25, 0.25, mid) < t) lo = mid;
    else hi = mid;
  }
  return bez(0.1, 1, (lo + hi) / 2);
}

const lngOf = (x: number): number => x * 360 - 180;
const latOf = (y: number): number => (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;

/**
 * The camera at `t` (0..1 of the flight's duration, not yet eased) on the way from `from` to `to`,
 * for a viewport `width` x `height` CSS pixels; `curve` is flyTo's rho.
 */
export function flightCamera(from: Camera, to: Camera, t: number, size: { width: number; height: number }, curve: number): Camera {
  if (t >= 1) return { center: [to.center[0], to.center[1]], zoom: to.zoom, bearing: to.bearing, pitch: to.pitch };
  const k = easeInOut(t);
  const rho = curve;
  const rho2 = rho * rho;
  // Viewport width in world units (0..1 across the world) at each end.
  const px = Math.max(size.width, size.height);
  const w0 = px / (TILE * 2 ** from.zoom);
  const w1 = px / (TILE * 2 ** to.zoom);
  const x0 = mercatorX(from.center[0]);
  const y0 = mercatorY(from.center[1]);
  const x1 = mercatorX(to.center[0]);
  const y1 = mercatorY(to.center[1]);
  const u1 = Math.hypot(x1 - x0, y1 - y0);
  let u: number;
  let w: number;
  if (u1 < 1e-12) {
    // No travel: zoom alone, exponentially.
    u = 0;
    w = w0 * (w1 / w0) ** k;
  } else {
    const r = (i: 0 | 1): number => {
      const b = (w1 * w1 - w0 * w0 + (i === 0 ? 1 : -1) * rho2 * rho2 * u1 * u1) / (2 * (i === 0 ? w0 : w1) * rho2 * u1);
      return Math.log(Math.sqrt(b * b + 1) - b);
    };
    const r0 = r(0);
    const S = (r(1) - r0) / rho;
    const s = k * S;
    w = (w0 * Math.cosh(r0)) / Math.cosh(rho * s + r0);
    u = (w0 * (Math.cosh(r0) * Math.tanh(rho * s + r0) - Math.sinh(r0))) / rho2;
  }
  const f = u1 < 1e-12 ? 0 : u / u1;
  const x = x0 + (x1 - x0) * f;
  const y = y0 + (y1 - y0) * f;
  return {
    center: [lngOf(x), latOf(y)],
    zoom: Math.log2(px / (TILE * w)),
    bearing: from.bearing + (to.bearing - from.bearing) * k,
    pitch: from.pitch + (to.pitch - from.pitch) * k,
  };
}
