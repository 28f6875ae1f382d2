import { describe, expect, it } from 'vitest';
import type { CameraRequest, Padding } from '../state/slices/view-slice';
import { applyCameraMove, EASE_MS, FLY_CURVE, fittedCamera, planCamera, type CameraContext, type CameraMove, type FitBounds } from './camera-policy';

const LIMITS = { minZoom: 0.5, fitMaxZoom: 8, tourMaxZoom: 9 };
const FIT_PADDING: Padding = { top: 40, bottom: 60, left: 40, right: 40 };
const CAPTION: Padding = { top: 20, right: 20, bottom: 300, left: 20 };
const HOME = { zoom: 1.35, lat: 30, lng: 88, bearing: 12, pitch: 30 };

/** A fake cameraForBounds that records what it was asked and answers `answer`. */
function fakeFit(answer: ReturnType<FitBounds>): { fit: FitBounds; asked: Array<Parameters<FitBounds>> } {
  const asked: Array<Parameters<FitBounds>> = [];
  return { asked, fit: (bounds, options) => (asked.push([bounds, options]), answer) };
}

const ctx = (over: Partial<CameraContext> = {}): CameraContext =>
  ({ reducedMotion: false, home: HOME, limits: LIMITS, fitPadding: FIT_PADDING, fit: fakeFit(undefined).fit, ...over });

const tour = (camera: Extract<CameraRequest, { kind: 'tour' }>['camera'], duration = 3000): CameraRequest =>
  ({ kind: 'tour', camera, padding: CAPTION, duration, seq: 1 });

describe('planCamera', () => {
  it('fits a selection with the panel padding, eased, no closer than the fit zoom limit', () => {
    const bounds: [[number, number], [number, number]] = [[100, 20], [110, 30]];
    expect(planCamera({ kind: 'fit', bounds, seq: 1 }, ctx())).toEqual({
      call: 'fitBounds', bounds, options: { padding: FIT_PADDING, duration: EASE_MS, maxZoom: 8 },
    });
    expect(planCamera({ kind: 'fit', bounds, seq: 1 }, ctx({ reducedMotion: true }))).toMatchObject({ options: { duration: 0 } });
  });

  it('resets to the home view, north up and flat', () => {
    expect(planCamera({ kind: 'reset', seq: 2 }, ctx())).toEqual({
      call: 'easeTo', options: { center: [88, 30], zoom: 1.35, bearing: 0, pitch: 0, duration: EASE_MS },
    });
    expect(planCamera({ kind: 'reset', seq: 2 }, ctx({ reducedMotion: true }))?.options).toMatchObject({ duration: 0 });
  });

  it('eases to a view when asked for a duration, and jumps otherwise or under reduced motion', () => {
    const view = { zoom: 4, lat: 10, lng: 20, bearing: 5, pitch: 15 };
    const camera = { center: [20, 10], zoom: 4, bearing: 5, pitch: 15 };
    expect(planCamera({ kind: 'jump', view, duration: 500, seq: 3 }, ctx())).toEqual({ call: 'easeTo', options: { ...camera, duration: 500 } });
    expect(planCamera({ kind: 'jump', view, seq: 3 }, ctx())).toEqual({ call: 'jumpTo', options: camera });
    expect(planCamera({ kind: 'jump', view, duration: 500, seq: 3 }, ctx({ reducedMotion: true }))).toEqual({ call: 'jumpTo', options: camera });
  });

  it('flies to a chapter fitted inside the caption padding, with its bearing and pitch', () => {
    const { fit, asked } = fakeFit({ center: [105, 25], zoom: 4.2 });
    const move = planCamera(tour({ bounds: [[100, 20], [110, 30]], bearing: -10, pitch: 40 }), ctx({ fit }));
    expect(asked).toEqual([[[[100, 20], [110, 30]], { padding: CAPTION, bearing: -10, maxZoom: 9 }]]);
    expect(move).toEqual({ call: 'flyTo', options: { center: [105, 25], zoom: 4.2, bearing: -10, pitch: 40, duration: 3000, curve: FLY_CURVE } });
  });

  it('jumps to a chapter under reduced motion or with duration 0 (the caller crossfades)', () => {
    const fixed = { center: [106.5, 29.5] as [number, number], zoom: 6, bearing: 0, pitch: 0 };
    expect(planCamera(tour(fixed), ctx({ reducedMotion: true }))).toEqual({ call: 'jumpTo', options: fixed });
    expect(planCamera(tour(fixed, 0), ctx())).toEqual({ call: 'jumpTo', options: fixed });
  });

  it('on a screen too small for the bounds, centres the bounds at the minimum zoom', () => {
    const { fit } = fakeFit({ center: [150, 10], zoom: 0.2 });
    const move = planCamera(tour({ bounds: [[-20, -40], [160, 60]], bearing: 0, pitch: 0 }), ctx({ fit }));
    expect(move?.options).toMatchObject({ center: [70, 10], zoom: 0.5 });
  });

  it('does nothing when the bounds cannot be fitted', () => {
    expect(planCamera(tour({ bounds: [[100, 20], [110, 30]], bearing: 0, pitch: 0 }), ctx())).toBeNull();
  });
});

describe('fittedCamera', () => {
  it('reads every form of MapLibre centre and refuses a result without centre or zoom', () => {
    expect(fittedCamera({ center: [1, 2], zoom: 3 })).toEqual({ center: [1, 2], zoom: 3 });
    expect(fittedCamera({ center: { lng: 4, lat: 5 }, zoom: 6 })).toEqual({ center: [4, 5], zoom: 6 });
    expect(fittedCamera({ center: { lon: 7, lat: 8 }, zoom: 9 })).toEqual({ center: [7, 8], zoom: 9 });
    expect(fittedCamera({ zoom: 3 })).toBeUndefined();
    expect(fittedCamera({ center: [1, 2] })).toBeUndefined();
    expect(fittedCamera(undefined)).toBeUndefined();
  });
});

describe('applyCameraMove', () => {
  it('makes exactly the one call the move names, with its options', () => {
    const calls: string[] = [];
    const record = (name: string) => (...args: unknown[]): void => void calls.push(`${name} ${JSON.stringify(args)}`);
    const map = { fitBounds: record('fitBounds'), easeTo: record('easeTo'), flyTo: record('flyTo'), jumpTo: record('jumpTo') };
    const camera = { center: [1, 2] as [number, number], zoom: 3, bearing: 0, pitch: 0 };
    const moves: CameraMove[] = [
      { call: 'fitBounds', bounds: [[0, 0], [1, 1]], options: { padding: FIT_PADDING, duration: 0, maxZoom: 8 } },
      { call: 'flyTo', options: { ...camera, duration: 10, curve: 1.2 } },
      { call: 'jumpTo', options: camera },
      { call: 'easeTo', options: { ...camera, duration: 5 } },
    ];
    moves.forEach((m) => applyCameraMove(map, m));
    expect(calls).toEqual([
      `fitBounds [[[0,0],[1,1]],${JSON.stringify({ padding: FIT_PADDING, duration: 0, maxZoom: 8 })}]`,
      `flyTo [${JSON.stringify({ ...camera, duration: 10, curve: 1.2 })}]`,
      `jumpTo [${JSON.stringify(camera)}]`,
      `easeTo [${JSON.stringify({ ...camera, duration: 5 })}]`,
    ]);
  });
});
