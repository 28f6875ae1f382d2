/** Camera state and camera requests (fit, reset, jump) that the map controller carries out. */
import type { StateCreator } from 'zustand/vanilla';
import type { Bounds, CameraSpec } from '../../geo/camera';
import type { ViewState } from '../url-state';

export type { Bounds };

/** Space kept clear around a fitted view (for the tour caption), in pixels. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

type TourRequest = { kind: 'tour'; camera: CameraSpec; padding: Padding; /** 0 jumps. */ duration: number };

export type CameraRequest =
  | { kind: 'fit'; bounds: Bounds; seq: number }
  | { kind: 'reset'; seq: number }
  | { kind: 'jump'; view: ViewState; seq: number; /** ms to ease over; 0 or absent jumps. */ duration?: number }
  | (TourRequest & { seq: number });

export interface ViewSlice {
  view: ViewState;
  cameraRequest: CameraRequest | null;
  /** The map reports where it is (after a move); does not move the map. */
  setViewFromMap(view: ViewState): void;
  /** Ask the map to move. */
  requestCamera(request: { kind: 'fit'; bounds: Bounds } | { kind: 'reset' } | { kind: 'jump'; view: ViewState; duration?: number } | TourRequest): void;
}

export const DEFAULT_VIEW: ViewState = { zoom: 1.35, lat: 30, lng: 88, bearing: 0, pitch: 0 };

export const createViewSlice = (initial: ViewState): StateCreator<ViewSlice, [], [], ViewSlice> => (set, get) => ({
  view: initial,
  cameraRequest: null,
  setViewFromMap: (view) => set({ view }),
  requestCamera: (request) => set({ cameraRequest: { ...request, seq: (get().cameraRequest?.seq ?? 0) + 1 } }),
});
