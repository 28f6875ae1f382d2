/**
 * Plays a tour on the store: each chapter sets the filters, the highlight and the camera (framed
 * inside the space the caption leaves), and, while playing, a dwell timer moves on. The pure
 * decisions are in player-state.ts and dwell.ts; this is the wiring with timers.
 */
import type { AtlasStore } from '../state/store';
import type { Mark } from '../geo/frame';
import { chapterDwellSeconds, flightMs } from './dwell';
import { stepPlayer, type PlayerAction, type PlayerState } from './player-state';
import type { Chapter, Tour } from './tour-schema';

export interface TourPlayerOptions {
  store: AtlasStore;
  tour: Tour;
  loop: boolean;
  /** `dwell=` seconds, overriding the tour's. */
  dwellOverride?: number;
  /** What a chapter given by bounds must show: its bounds and the places it names, with their labels. */
  marks(chapter: Chapter): Mark[];
  /** Reduced motion: a short crossfade hides the jump. */
  crossfade(): void;
}

export interface PlayerEvent {
  state: PlayerState;
  chapter: Chapter;
  /** The chapter changed (rather than only play/pause). */
  moved: boolean;
  loopBoundary: boolean;
  /** When the current chapter's dwell started, and how long it lasts (ms), for the progress bar. */
  dwellMs: number;
}

export interface TourPlayer {
  readonly tour: Tour;
  readonly state: PlayerState;
  readonly chapter: Chapter;
  dispatch(action: PlayerAction): void;
  /** Show the current chapter: filters, highlight and camera (`moveCamera` false keeps a view from the link). */
  enter(moveCamera?: boolean): void;
  /**
   * Show chapter `index` whether or not the tour is on screen yet (the list, a link, tour.goto, a
   * kiosk reset); `moveCamera` false leaves the camera to the caller (the video export flies it).
   */
  open(index: number, playing?: boolean, moveCamera?: boolean): void;
  /** Fly back to the chapter's camera (R). */
  resetView(): void;
  /** Leave the tour: no chapter, no highlight, all filters. */
  leave(): void;
  /** Stop all timers (tests, teardown). */
  dispose(): void;
  subscribe(listener: (e: PlayerEvent) => void): () => void;
}

export function createTourPlayer(o: TourPlayerOptions, start: PlayerState): TourPlayer {
  const count = o.tour.chapters.length;
  let state: PlayerState = { index: Math.min(Math.max(0, start.index), count - 1), playing: start.playing };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dwellMs = 0;
  const listeners = new Set<(e: PlayerEvent) => void>();

  const chapter = (): Chapter => o.tour.chapters[state.index] as Chapter;
  const reduced = (): boolean => o.store.getState().reducedMotion;

  const flyTo = (c: Chapter): number => {
    const duration = flightMs(chapterDwellSeconds(c, o.store.getState().lang, o.dwellOverride), reduced());
    if (reduced()) o.crossfade();
    const cam = c.camera;
    // Framed in the free area beside the caption, by the same policy as every selection.
    if ('bounds' in cam) o.store.getState().requestCamera({ kind: 'frame', marks: o.marks(c), duration, fly: true, bearing: cam.bearing, pitch: cam.pitch });
    else o.store.getState().requestCamera({ kind: 'jump', view: { lng: cam.center[0], lat: cam.center[1], zoom: cam.zoom, bearing: cam.bearing, pitch: cam.pitch }, duration, fly: true });
    return duration;
  };

  const schedule = (flight: number): void => {
    if (timer) clearTimeout(timer);
    timer = null;
    const c = chapter();
    dwellMs = chapterDwellSeconds(c, o.store.getState().lang, o.dwellOverride) * 1000 + flight;
    if (state.playing) timer = setTimeout(() => dispatch({ type: 'dwell-elapsed' }), dwellMs);
  };

  const apply = (moveCamera: boolean): number => {
    const c = chapter();
    const s = o.store.getState();
    s.select(null);
    s.setFilters({ directions: c.filters.directions ?? [], modes: c.filters.modes ?? [] });
    s.setChapter(c.id, c.highlight);
    return moveCamera ? flyTo(c) : 0;
  };

  const emit = (moved: boolean, loopBoundary: boolean): void => {
    const e: PlayerEvent = { state, chapter: chapter(), moved, loopBoundary, dwellMs };
    listeners.forEach((l) => l(e));
  };

  function dispatch(action: PlayerAction): void {
    const step = stepPlayer(state, action, count, o.loop);
    const playChanged = step.state.playing !== state.playing;
    state = step.state;
    o.store.getState().setTourPlaying(state.playing);
    if (step.moved) schedule(apply(true));
    else if (playChanged || action.type === 'dwell-elapsed') schedule(0);
    emit(step.moved, step.loopBoundary);
  }

  return {
    tour: o.tour,
    get state() {
      return state;
    },
    get chapter() {
      return chapter();
    },
    dispatch,
    enter(moveCamera = true) {
      o.store.getState().setTourPlaying(state.playing);
      schedule(apply(moveCamera));
      emit(true, false);
    },
    open(index, playing, moveCamera = true) {
      const step = stepPlayer(state, { type: 'goto', index }, count, o.loop);
      state = { index: step.state.index, playing: playing ?? state.playing };
      this.enter(moveCamera);
    },
    resetView() {
      flyTo(chapter());
    },
    leave() {
      if (timer) clearTimeout(timer);
      timer = null;
      state = { ...state, playing: false };
      const s = o.store.getState();
      s.setTourPlaying(false);
      s.setChapter(null, null);
      s.setFilters({ directions: [], modes: [] });
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
      listeners.clear();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Index of a chapter id, or -1. */
export function chapterIndex(tour: Tour, id: string | undefined | null): number {
  return id ? tour.chapters.findIndex((c) => c.id === id) : -1;
}
