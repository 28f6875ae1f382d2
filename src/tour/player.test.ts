import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseModel } from '../model/parse-model';
import type { AtlasModel } from '../model/schema';
import { createAtlasStore } from '../state/store';
import { chapterIndex, createTourPlayer, type PlayerEvent } from './player';
import { tourRefsOf } from './tour-refs';
import type { Tour } from './tour-schema';
import { validateTour } from './validate-tour';

const model = parseModel(JSON.parse(readFileSync('data/model/atlas.geojson', 'utf8'))) as AtlasModel;
const tour = validateTour(JSON.parse(readFileSync('data/tours/chongqing-four-directions.json', 'utf8')), tourRefsOf(model), 'tour').tour as Tour;
/** The app gives a chapter's marks; here a marker mark per chapter shows which chapter asked. */
const marks = (c: { id: string }) => [{ lng: c.id.length, lat: 0, left: 0, right: 0, top: 0, bottom: 0 }];

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(opts: { loop?: boolean; playing?: boolean; dwell?: number; reduced?: boolean } = {}) {
  const store = createAtlasStore({ reducedMotion: opts.reduced ?? false });
  const crossfade = vi.fn();
  const player = createTourPlayer({ store, tour, loop: opts.loop ?? false, marks, crossfade, ...(opts.dwell ? { dwellOverride: opts.dwell } : {}) }, { index: 0, playing: opts.playing ?? false });
  const events: PlayerEvent[] = [];
  player.subscribe((e) => events.push(e));
  return { store, player, events, crossfade };
}

describe('tour player', () => {
  it('applies a chapter: filters, highlight, chapter id and a framed flight to its marks', () => {
    const { store, player } = setup();
    player.dispatch({ type: 'goto', index: 1 });
    const s = store.getState();
    expect(s.chapter).toBe('west');
    expect(s.directions).toEqual(['west']);
    expect(s.highlight?.corridors).toEqual(['china-europe-rail']);
    expect(s.cameraRequest).toMatchObject({ kind: 'frame', marks: marks({ id: 'west' }), duration: 3000, fly: true, bearing: 0, pitch: 0 });
    player.dispatch({ type: 'next' });
    expect(store.getState().directions).toEqual(['south']);
    player.leave();
    expect(store.getState().chapter).toBeNull();
    expect(store.getState().directions.length).toBe(5);
  });

  it('opens a chapter without moving the camera when asked (the video export flies it itself)', () => {
    const { store, player } = setup();
    player.open(2, false, false);
    expect(store.getState().chapter).toBe(tour.chapters[2]?.id);
    expect(store.getState().cameraRequest).toBeNull();
    player.open(1, false);
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'frame', fly: true });
  });

  it('advances by itself after the dwell while playing, and loops with a boundary event', () => {
    const { store, player, events } = setup({ playing: true, loop: true, dwell: 2 });
    player.enter();
    expect(store.getState().tourPlaying).toBe(true);
    // Dwell 2 s plus an 800 ms flight.
    vi.advanceTimersByTime(2799);
    expect(player.state.index).toBe(0);
    vi.advanceTimersByTime(1);
    expect(player.state.index).toBe(1);
    vi.advanceTimersByTime(2800 * (tour.chapters.length - 1));
    expect(player.state.index).toBe(0);
    expect(events.filter((e) => e.loopBoundary)).toHaveLength(1);
  });

  it('stops at the end without loop, and does not move while paused', () => {
    const { player } = setup({ playing: true, dwell: 2 });
    player.enter();
    vi.advanceTimersByTime(2800 * (tour.chapters.length + 3));
    expect(player.state).toEqual({ index: tour.chapters.length - 1, playing: false });
    player.dispatch({ type: 'first' });
    vi.advanceTimersByTime(60_000);
    expect(player.state.index).toBe(0);
  });

  it('jumps with a crossfade under reduced motion', () => {
    const { store, player, crossfade } = setup({ reduced: true });
    player.dispatch({ type: 'next' });
    expect(crossfade).toHaveBeenCalledTimes(1);
    expect(store.getState().cameraRequest).toMatchObject({ kind: 'frame', duration: 0 });
  });

  it('finds chapters by id', () => {
    expect(chapterIndex(tour, 'east')).toBe(3);
    expect(chapterIndex(tour, 'nowhere')).toBe(-1);
    expect(chapterIndex(tour, null)).toBe(-1);
  });
});

describe('tour player open', () => {
  it('shows a chapter even when it is the current one, and keeps or sets playback', () => {
    const { store, player, events } = setup();
    player.open(0);
    expect(store.getState().chapter).toBe('overview');
    expect(events.at(-1)?.moved).toBe(true);
    player.open(4, true);
    expect(player.state).toEqual({ index: 4, playing: true });
    expect(store.getState().directions).toEqual(['north']);
  });
});
