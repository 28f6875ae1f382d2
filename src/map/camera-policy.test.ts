import { describe, expect, it } from 'vitest';
import { pointMark, projectAt } from '../geo/frame';
import type { CameraRequest } from '../state/slices/view-slice';
import { applyCameraMove, EASE_MS, FLY_CURVE, planCamera, type CameraContext, type CameraMove } from './camera-policy';

const HOME = { zoom: 1.35, lat: 30, lng: 88, bearing: 12, pitch: 30 };
const SIZE = { width: 1000, height: 800 };
const INSETS = { top: 24, right: 24, bottom: 24, left: 24 };

const ctx = (over: Partial<CameraContext> = {}): CameraContext =>
  ({ reducedMotion: false, home: HOME, limits: { minZoom: 0.5, frameMaxZoom: 8 }, size: SIZE, insets: INSETS, ...over });

const frame = (over: Partial<Extract<CameraRequest, { kind: 'frame' }>> = {}): CameraRequest =>
  ({ kind: 'frame', marks: [pointMark(100, 20), { lng: 110, lat: 30, left: 5, right: 120, top: 10, bottom: 10 }], seq: 1, ...over });

describe('planCamera', () => {
  it('frames a selection eased, north up and flat, with its label inside the free area', () => {
    const move = planCamera(frame(), ctx());
    expect(move?.call).toBe('easeTo');
    if (move?.call !== 'easeTo') return;
    expect(move.options).toMatchObject({ bearing: 0, pitch: 0, duration: EASE_MS });
    const east = projectAt([110, 30], move.options, SIZE);
    expect(east.x + 120).toBeLessThanOrEqual(SIZE.width - INSETS.right + 1e-6);
  });

  it('flies a tour chapter with its bearing and pitch, and jumps under reduced motion or with duration 0', () => {
    expect(planCamera(frame({ fly: true, duration: 3000, bearing: -10, pitch: 40 }), ctx())).toMatchObject({ call: 'flyTo', options: { duration: 3000, curve: FLY_CURVE, bearing: -10, pitch: 40 } });
    expect(planCamera(frame({ fly: true, duration: 3000 }), ctx({ reducedMotion: true }))?.call).toBe('jumpTo');
    expect(planCamera(frame({ duration: 0 }), ctx())?.call).toBe('jumpTo');
  });

  it('frames inside the free area: an obstacle on the left moves the subject right', () => {
    const free = planCamera(frame(), ctx());
    const beside = planCamera(frame(), ctx({ insets: { ...INSETS, left: 500 } }));
    if (free?.call !== 'easeTo' || beside?.call !== 'easeTo') throw new Error('expected eases');
    expect(projectAt([100, 20], beside.options, SIZE).x).toBeGreaterThan(500);
    expect(beside.options.zoom).toBeLessThan(free.options.zoom);
  });

  it('resets to the overview, north up and flat', () => {
    expect(planCamera({ kind: 'reset', seq: 2 }, ctx())).toEqual({
      call: 'easeTo', options: { center: [88, 30], zoom: 1.35, bearing: 0, pitch: 0, duration: EASE_MS },
    });
    expect(planCamera({ kind: 'reset', seq: 2 }, ctx({ reducedMotion: true }))?.call).toBe('jumpTo');
  });

  it('eases (or flies) to a view when asked for a duration, and jumps otherwise or under reduced motion', () => {
    const view = { zoom: 4, lat: 10, lng: 20, bearing: 5, pitch: 15 };
    const camera = { center: [20, 10], zoom: 4, bearing: 5, pitch: 15 };
    expect(planCamera({ kind: 'jump', view, duration: 500, seq: 3 }, ctx())).toEqual({ call: 'easeTo', options: { ...camera, duration: 500 } });
    expect(planCamera({ kind: 'jump', view, duration: 500, fly: true, seq: 3 }, ctx())).toEqual({ call: 'flyTo', options: { ...camera, duration: 500, curve: FLY_CURVE } });
    expect(planCamera({ kind: 'jump', view, seq: 3 }, ctx())).toEqual({ call: 'jumpTo', options: camera });
    expect(planCamera({ kind: 'jump', view, duration: 500, seq: 3 }, ctx({ reducedMotion: true }))).toEqual({ call: 'jumpTo', options: camera });
  });

  it('does nothing when there is nothing to frame', () => {
    expect(planCamera(frame({ marks: [] }), ctx())).toBeNull();
  });
});

describe('applyCameraMove', () => {
  it('makes exactly the one call the move names, with its options', () => {
    const calls: string[] = [];
    const record = (name: string) => (...args: unknown[]): void => void calls.push(`${name} ${JSON.stringify(args)}`);
    const map = { easeTo: record('easeTo'), flyTo: record('flyTo'), jumpTo: record('jumpTo') };
    const camera = { center: [1, 2] as [number, number], zoom: 3, bearing: 0, pitch: 0 };
    const moves: CameraMove[] = [
      { call: 'flyTo', options: { ...camera, duration: 10, curve: 1.2 } },
      { call: 'jumpTo', options: camera },
      { call: 'easeTo', options: { ...camera, duration: 5 } },
    ];
    moves.forEach((m) => applyCameraMove(map, m));
    expect(calls).toEqual([
      `flyTo [${JSON.stringify({ ...camera, duration: 10, curve: 1.2 })}]`,
      `jumpTo [${JSON.stringify(camera)}]`,
      `easeTo [${JSON.stringify({ ...camera, duration: 5 })}]`,
    ]);
  });
});
