/**
 * The one camera policy: how a camera request becomes a MapLibre call. Every selection and every tour
 * chapter is a `frame` request (its marks inside the free area of the map, labels included,
 * geo/frame.ts); `reset` always goes to the overview; `jump` is a view given in full (a link's
 * `map=`, `view.set`). Pure.
 */
import { frameMarks, type Insets, type Size } from '../geo/frame';
import type { CameraRequest } from '../state/slices/view-slice';
import type { ViewState } from '../state/url-state';

/** Milliseconds of an eased frame or reset (0 under reduced motion). */
export const EASE_MS = 900;
/** flyTo's zoom-out curve for tour flights (MapLibre's default is 1.42). */
export const FLY_CURVE = 1.2;

export interface CameraLimits {
  /** The map's minimum zoom: a framed subject never zooms out further. */
  minZoom: number;
  /** Maximum zoom of a framed subject (a selection or a chapter). */
  frameMaxZoom: number;
}

export interface Camera {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export type CameraMove =
  | { call: 'easeTo'; options: Camera & { duration: number } }
  | { call: 'flyTo'; options: Camera & { duration: number; curve: number } }
  | { call: 'jumpTo'; options: Camera };

export interface CameraContext {
  reducedMotion: boolean;
  /** Where `reset` goes: the overview. */
  home: ViewState;
  limits: CameraLimits;
  /** The map's size in CSS pixels. */
  size: Size;
  /** The free area: the map minus what lies over it (free-area.ts). */
  insets: Insets;
}

function move(camera: Camera, duration: number, fly: boolean, reducedMotion: boolean): CameraMove {
  if (duration <= 0 || reducedMotion) return { call: 'jumpTo', options: camera };
  return fly ? { call: 'flyTo', options: { ...camera, duration, curve: FLY_CURVE } } : { call: 'easeTo', options: { ...camera, duration } };
}

/** The MapLibre call for a request, or null when there is nothing to frame. */
export function planCamera(request: CameraRequest, ctx: CameraContext): CameraMove | null {
  switch (request.kind) {
    case 'frame': {
      const framed = frameMarks(request.marks, ctx.size, ctx.insets, { minZoom: ctx.limits.minZoom, maxZoom: ctx.limits.frameMaxZoom });
      if (!framed) return null;
      const camera: Camera = { center: framed.center, zoom: framed.zoom, bearing: request.bearing ?? 0, pitch: request.pitch ?? 0 };
      return move(camera, request.duration ?? EASE_MS, request.fly === true, ctx.reducedMotion);
    }
    case 'reset':
      return move({ center: [ctx.home.lng, ctx.home.lat], zoom: ctx.home.zoom, bearing: 0, pitch: 0 }, EASE_MS, false, ctx.reducedMotion);
    case 'jump': {
      const v = request.view;
      return move({ center: [v.lng, v.lat], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch }, request.duration ?? 0, request.fly === true, ctx.reducedMotion);
    }
  }
}

/** The three MapLibre calls a move can make (a MapLibre Map has them). */
export interface CameraCalls {
  easeTo(options: Extract<CameraMove, { call: 'easeTo' }>['options']): unknown;
  flyTo(options: Extract<CameraMove, { call: 'flyTo' }>['options']): unknown;
  jumpTo(options: Camera): unknown;
}

/** Carry out a move on the map. */
export function applyCameraMove(map: CameraCalls, m: CameraMove): void {
  switch (m.call) {
    case 'easeTo':
      map.easeTo(m.options);
      return;
    case 'flyTo':
      map.flyTo(m.options);
      return;
    case 'jumpTo':
      map.jumpTo(m.options);
  }
}
