/**
 * The one set of camera limits. The URL parser clamps to them, the embed protocol rejects values
 * outside them, and the map controller gives them to MapLibre, so a view that one accepts the
 * others accept too. Pure constants.
 */
export const VIEW_LIMITS = {
  /** The whole world fits a small screen at this zoom; MapLibre refuses to zoom out further. */
  minZoom: 0.5,
  /** Closest view; the basemap (Natural Earth 50m) has no detail beyond it. */
  maxZoom: 12,
  /** Latitude of a view's centre, ± (Web Mercator ends at 85.05). */
  maxLat: 85,
  /** Longitude of a view's centre, ± (the URL wraps into it). */
  maxLng: 180,
  /** Bearing, ± degrees (the URL wraps into it). */
  maxBearing: 180,
  maxPitch: 60,
} as const;

/**
 * Fitting bounds (a selection, a tour chapter, an embed `view.set {bounds}`) never zooms closer
 * than this, so a single place still shows its surroundings.
 */
export const FIT_MAX_ZOOM = 8;

/**
 * Bounds may use unwrapped longitudes (the model's lines leave -180..180 to cross the
 * antimeridian), one extra turn either way.
 */
export const MAX_UNWRAPPED_LNG = 360;

/** True when `n` is a finite number within [min, max]. */
export function isWithin(n: unknown, min: number, max: number): n is number {
  return typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;
}

/** `n` limited to [min, max]. */
export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
