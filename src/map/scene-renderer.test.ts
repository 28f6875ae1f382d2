import { readFileSync } from 'node:fs';
import type { Layer } from '@deck.gl/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AtlasModel } from '../model/schema';
import { buildModelIndex } from '../state/selectors';
import { createAtlasStore } from '../state/store';
import type { MapController } from './map-controller';
import { createSceneRenderer } from './scene-renderer';

const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const index = buildModelIndex(model);

/** A controller that records what it is given; the rest of the map is not needed here. */
function fakeController(): { controller: MapController; calls: Array<{ still: string[] | null; moving: string[] }> } {
  const calls: Array<{ still: string[] | null; moving: string[] }> = [];
  const ids = (layers: Layer[]): string[] => layers.map((l) => l.id);
  const controller: MapController = {
    setLayers: (still, moving) => calls.push({ still: still ? ids(still) : null, moving: ids(moving) }),
    setStyle: () => undefined,
    camera: () => undefined,
    firstFrame: Promise.resolve(),
    nextFrame: () => Promise.resolve(),
    settled: () => Promise.resolve(true),
    project: () => ({ x: 0, y: 0 }),
    onMove: () => () => undefined,
    onClick: () => () => undefined,
    getView: () => ({ zoom: 2, lat: 30, lng: 90, bearing: 0, pitch: 0 }),
    setKeyboard: () => undefined,
    setLabel: () => undefined,
    focusTarget: () => {
      throw new Error('no DOM in this test');
    },
    renewOverlay: () => undefined,
    rebuild: () => undefined,
    beginCapture: () => Promise.reject(new Error('no capture in this test')),
  };
  return { controller, calls };
}

describe('scene renderer', () => {
  let frames: FrameRequestCallback[] = [];
  const runFrame = (): void => {
    const due = frames;
    frames = [];
    due.forEach((cb) => cb(0));
  };
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    vi.stubGlobal('document', { hidden: false });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('moves the flows alone on clock ticks and sends the still layers again only after a state change', () => {
    const store = createAtlasStore();
    const { controller, calls } = fakeController();
    const renderer = createSceneRenderer(store, index, controller, { clientWidth: 640, clientHeight: 360 });
    renderer.showAll();
    expect(calls.at(-1)?.still).toEqual(['corridor-legs-casing', 'corridor-legs', 'corridor-places', 'place-labels', 'polar-labels']);
    renderer.updateClock();
    runFrame();
    runFrame();
    expect(calls.slice(-2)).toEqual([{ still: null, moving: ['corridor-flows'] }, { still: null, moving: ['corridor-flows'] }]);
    // A hover while the flows run: the next tick redraws the still layers once, then the flows alone again.
    store.getState().setHover({ kind: 'corridor', id: 'land-sea-corridor' });
    renderer.schedule();
    runFrame();
    expect(calls.at(-1)?.still).toEqual(['corridor-legs-casing', 'corridor-legs', 'corridor-places', 'place-labels', 'polar-labels']);
    runFrame();
    expect(calls.at(-1)?.still).toBeNull();
  });

  it('fetches the arcs\' layer code the first time the Land-Sea Corridor is selected, then draws the sea fan', async () => {
    const store = createAtlasStore({ reducedMotion: true });
    const { controller, calls } = fakeController();
    const renderer = createSceneRenderer(store, index, controller, { clientWidth: 640, clientHeight: 360 });
    renderer.showAll();
    store.getState().select({ kind: 'corridor', id: 'land-sea-corridor' });
    renderer.schedule();
    runFrame();
    // Not loaded yet: the frame goes out without arcs; the import resolving schedules another.
    expect(calls.at(-1)?.still).not.toContain('sea-fan-arcs');
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(0));
    runFrame();
    expect(calls.at(-1)?.still).toContain('sea-fan-arcs');
    // Deselected: no arcs, and nothing is fetched again.
    store.getState().select(null);
    renderer.schedule();
    runFrame();
    expect(calls.at(-1)?.still).not.toContain('sea-fan-arcs');
  });

  it('draws at once at a video\'s virtual time, with flows even under reduced motion, and keeps the clock stopped', () => {
    const store = createAtlasStore({ reducedMotion: true });
    const { controller, calls } = fakeController();
    const renderer = createSceneRenderer(store, index, controller, { clientWidth: 640, clientHeight: 360 });
    renderer.showAll();
    const before = calls.length;
    // Nothing changed since showAll: the still layers stay, only the flows are sent.
    expect(renderer.renderAt(1000)).toBe(false);
    expect(calls).toHaveLength(before + 1);
    expect(calls.at(-1)).toEqual({ still: null, moving: ['corridor-flows'] });
    // A state change meanwhile rebuilds the still layers in the next virtual frame, not on a clock.
    store.getState().setHover({ kind: 'corridor', id: 'land-sea-corridor' });
    renderer.schedule();
    renderer.updateClock();
    expect(frames).toEqual([]);
    expect(renderer.renderAt(1033)).toBe(true);
    expect(calls.at(-1)?.still).toContain('corridor-legs');
    // Handed back: reduced motion means no flows again.
    renderer.renderAt(null);
    runFrame();
    expect(calls.at(-1)?.moving).toEqual([]);
  });

  it('draws the corridors only before the first frame, and no flows under reduced motion', () => {
    const store = createAtlasStore({ reducedMotion: true });
    const { controller, calls } = fakeController();
    const renderer = createSceneRenderer(store, index, controller, { clientWidth: 640, clientHeight: 360 });
    renderer.schedule();
    runFrame();
    expect(calls).toEqual([{ still: ['corridor-legs-casing', 'corridor-legs'], moving: [] }]);
    renderer.showAll();
    renderer.updateClock();
    runFrame();
    expect(frames).toEqual([]);
    expect(calls.at(-1)?.moving).toEqual([]);
  });
});
