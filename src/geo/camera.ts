/** How a camera is described in data and requests: geography, not pixels. */

/** [[west, south], [east, north]] in degrees; east may exceed 180 for unwrapped lines. */
export type Bounds = [[number, number], [number, number]];

/** Bounds-first: `bounds` (fitted to any screen shape) plus pitch and bearing, or a fixed center and zoom. */
export type CameraSpec =
  | { bounds: Bounds; pitch: number; bearing: number }
  | { center: [number, number]; zoom: number; pitch: number; bearing: number };
