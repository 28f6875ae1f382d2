/**
 * How a camera request becomes a MapLibre call: which call (fitBounds, easeTo, flyTo, jumpTo), with
 * which padding, duration and zoom limit, under reduced motion or not. Pure: the only thing it asks
 * of the map is `fit` (MapLibre's cameraForBounds) for tour chapters given as bounds.
 */
import type { JumpToOptions, LngLatLike, Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds, CameraRequest, Padding } from '../state/slices/view-slice';
import type { ViewState } from '../state/url-state';
import type { CameraSpec } from '../geo/camera';

/** Milliseconds of an eased fit or reset (0 under reduced motion). */
export const EASE_MS = 900;
/** flyTo's zoom-out curve for tour flights (MapLibre's default is 1.42). */
export const FLY_CURVE = 1.2;

export interface CameraLimits {
  /** The map's minimum zoom: a fitted chapter never zooms out further. */
  minZoom: number;
  /** Maximum zoom when fitting a selection. */
  fitMaxZoom: number;
  /** Maximum zoom when fitting a tour chapter's bounds. */
  tourMaxZoom: number;
}

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

/** MapLibre's cameraForBounds, reduced to a centre and zoom (undefined when the bounds cannot be fitted). */
export type FitBounds = (bounds: Bounds, options: { padding: Padding; bearing: number; maxZoom: number }) => { center: [number, number]; zoom: number } | undefined;

export type CameraMove =
  | { call: 'fitBounds'; bounds: Bounds; options: { padding: Padding; duration: number; maxZoom: number } }
  | { call: 'easeTo'; options: Camera & { duration: number } }
  | { call: 'flyTo'; options: Camera & { duration: number; curve: number } }
  | { call: 'jumpTo'; options: Camera };

export interface CameraContext {
  reducedMotion: boolean;
  /** Where `reset` goes back to (the view the page opened with). */
  home: ViewState;
  limits: CameraLimits;
  /** Padding around a fitted selection (room for the side panel). */
  fitPadding: Padding;
  fit: FitBounds;
}

/** A chapter's camera: bounds fitted inside the caption's padding (then pitch and bearing), or its fixed view. */
export function tourCamera(camera: CameraSpec, padding: Padding, limits: CameraLimits, fit: FitBounds): Camera | null {
  if (!('bounds' in camera)) return { center: camera.center, zoom: camera.zoom, bearing: camera.bearing, pitch: camera.pitch };
  const fitted = fit(camera.bounds, { padding, bearing: camera.bearing, maxZoom: limits.tourMaxZoom });
  if (!fitted) return null;
  const [[w, s], [e, n]] = camera.bounds;
  // On a screen too small for the bounds beside the caption, show the middle of the bounds instead
  // of a padded centre far off to one side.
  const tooSmall = fitted.zoom < limits.minZoom;
  return {
    center: tooSmall ? [(w + e) / 2, (s + n) / 2] : fitted.center,
    zoom: Math.max(limits.minZoom, fitted.zoom),
    bearing: camera.bearing,
    pitch: camera.pitch,
  };
}

/** The MapLibre call for a request, or null when a chapter's bounds cannot be fitted. */
export function planCamera(request: CameraRequest, ctx: CameraContext): CameraMove | null {
  const duration = ctx.reducedMotion ? 0 : EASE_MS;
  switch (request.kind) {
    case 'fit':
      return { call: 'fitBounds', bounds: request.bounds, options: { padding: ctx.fitPadding, duration, maxZoom: ctx.limits.fitMaxZoom } };
    case 'reset':
      return { call: 'easeTo', options: { center: [ctx.home.lng, ctx.home.lat], zoom: ctx.home.zoom, bearing: 0, pitch: 0, duration } };
    case 'tour': {
      const camera = tourCamera(request.camera, request.padding, ctx.limits, ctx.fit);
      if (!camera) return null;
      // Not `essential`: under reduced motion the caller asks for duration 0 and crossfades.
      return request.duration > 0 && !ctx.reducedMotion
        ? { call: 'flyTo', options: { ...camera, duration: request.duration, curve: FLY_CURVE } }
        : { call: 'jumpTo', options: camera };
    }
    case 'jump': {
      const v = request.view;
      const camera: Camera = { center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch };
      return request.duration && !ctx.reducedMotion ? { call: 'easeTo', options: { ...camera, duration: request.duration } } : { call: 'jumpTo', options: camera };
    }
  }
}

function lngLatPair(c: LngLatLike): [number, number] {
  return Array.isArray(c) ? [c[0], c[1]] : 'lng' in c ? [c.lng, c.lat] : [c.lon, c.lat];
}

/** Adapts MapLibre's cameraForBounds result to `FitBounds`. */
export function fittedCamera(result: JumpToOptions | undefined): { center: [number, number]; zoom: number } | undefined {
  return result?.center !== undefined && result.zoom !== undefined ? { center: lngLatPair(result.center), zoom: result.zoom } : undefined;
}

/** `fit` for a live map. */
export function fitWith(map: Pick<MapLibreMap, 'cameraForBounds'>): FitBounds {
  return (bounds, options) => fittedCamera(map.cameraForBounds(bounds, options));
}

/** The four MapLibre calls a move can make (a MapLibre Map has them). */
export interface CameraCalls {
  fitBounds(bounds: Bounds, options: Extract<CameraMove, { call: 'fitBounds' }>['options']): unknown;
  easeTo(options: Extract<CameraMove, { call: 'easeTo' }>['options']): unknown;
  flyTo(options: Extract<CameraMove, { call: 'flyTo' }>['options']): unknown;
  jumpTo(options: Camera): unknown;
}

/** Carry out a move on the map. */
export function applyCameraMove(map: CameraCalls, move: CameraMove): void {
  switch (move.call) {
    case 'fitBounds':
      map.fitBounds(move.bounds, move.options);
      return;
    case 'easeTo':
      map.easeTo(move.options);
      return;
    case 'flyTo':
      map.flyTo(move.options);
      return;
    case 'jumpTo':
      map.jumpTo(move.options);
  }
}
