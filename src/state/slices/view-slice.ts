/** Camera state and camera requests (frame, reset, jump) that the map controller carries out. */
import type { StateCreator } from 'zustand/vanilla';
import type { Mark } from '../../geo/frame';
import type { ViewState } from '../url-state';

/**
 * Frame a subject: its marks (lines and places with their label boxes) inside the free area of the
 * map, whoever asks (list, search, map click, headline figure, chip, link, tour chapter, embed).
 */
export interface FrameRequest {
  kind: 'frame';
  marks: Mark[];
  /** ms; absent: the eased default; 0 jumps. */
  duration?: number;
  /** A long flight (tour chapters) rather than an ease. */
  fly?: boolean;
  /** A chapter's bearing and pitch, applied to the flat framing. */
  bearing?: number;
  pitch?: number;
}

export interface JumpRequest {
  kind: 'jump';
  view: ViewState;
  /** ms to ease (or fly) over; 0 or absent jumps. */
  duration?: number;
  fly?: boolean;
}

type Request = FrameRequest | { kind: 'reset' } | JumpRequest;

export type CameraRequest = Request & { seq: number };

export interface ViewSlice {
  view: ViewState;
  cameraRequest: CameraRequest | null;
  /** The map reports where it is (after a move); does not move the map. */
  setViewFromMap(view: ViewState): void;
  /** Ask the map to move. */
  requestCamera(request: Request): void;
}

export const DEFAULT_VIEW: ViewState = { zoom: 1.35, lat: 30, lng: 88, bearing: 0, pitch: 0 };

export const createViewSlice = (initial: ViewState): StateCreator<ViewSlice, [], [], ViewSlice> => (set, get) => ({
  view: initial,
  cameraRequest: null,
  setViewFromMap: (view) => set({ view }),
  requestCamera: (request) => set({ cameraRequest: { ...request, seq: (get().cameraRequest?.seq ?? 0) + 1 } }),
});
