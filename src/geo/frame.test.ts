import { describe, expect, it } from 'vitest';
import { boundsMarks, frameMarks, mercatorY, pointMark, projectAt, type Insets, type Mark } from './frame';

const NONE: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
const LIMITS = { minZoom: 0.5, maxZoom: 8 };

/** The box a mark takes on screen under a camera. */
function box(m: Mark, camera: { center: [number, number]; zoom: number }, size: { width: number; height: number }) {
  const p = projectAt([m.lng, m.lat], camera, size);
  return { x0: p.x - m.left, x1: p.x + m.right, y0: p.y - m.top, y1: p.y + m.bottom };
}

describe('frameMarks', () => {
  it('puts two points exactly on the free area\'s edges when the zoom limit does not bind', () => {
    const size = { width: 1000, height: 800 };
    const marks = [pointMark(100, 20), pointMark(110, 30)];
    const f = frameMarks(marks, size, NONE, LIMITS);
    expect(f?.fits).toBe(true);
    const a = projectAt([100, 20], f!, size);
    const b = projectAt([110, 30], f!, size);
    // One axis is tight (edge to edge), the other centred.
    const tightX = Math.abs(a.x - 0) < 0.01 && Math.abs(b.x - 1000) < 0.01;
    const tightY = Math.abs(b.y - 0) < 0.01 && Math.abs(a.y - 800) < 0.01;
    expect(tightX || tightY).toBe(true);
    expect((a.x + b.x) / 2).toBeCloseTo(500, 3);
    expect((a.y + b.y) / 2).toBeCloseTo(400, 3);
  });

  it('keeps a label box inside: the label to the right of the east-most point pulls the camera back', () => {
    const size = { width: 800, height: 600 };
    const bare = frameMarks([pointMark(100, 20), pointMark(110, 30)], size, NONE, LIMITS)!;
    const labelled: Mark[] = [pointMark(100, 20), { lng: 110, lat: 30, left: 5, right: 400, top: 10, bottom: 10 }];
    const f = frameMarks(labelled, size, NONE, LIMITS)!;
    expect(f.zoom).toBeLessThan(bare.zoom);
    const b = box(labelled[1]!, f, size);
    expect(b.x1).toBeLessThanOrEqual(800 + 1e-6);
    expect(b.x1).toBeGreaterThan(799);
  });

  it('centres the subject in the free area, not the map, when an obstacle takes one side', () => {
    const size = { width: 1200, height: 800 };
    const insets = { top: 0, right: 0, bottom: 0, left: 500 };
    const f = frameMarks([pointMark(100, 20), pointMark(101, 21)], size, insets, LIMITS)!;
    expect(f.zoom).toBe(8);
    const c = projectAt([100.5, 20.5], f, size);
    expect(c.x).toBeCloseTo(500 + 700 / 2, 0);
  });

  it('stops at the maximum zoom for a single place, centred on it', () => {
    const size = { width: 600, height: 400 };
    const f = frameMarks([pointMark(106.5, 29.5)], size, NONE, LIMITS)!;
    expect(f).toMatchObject({ zoom: 8, fits: true });
    expect(f.center[0]).toBeCloseTo(106.5, 6);
    expect(f.center[1]).toBeCloseTo(29.5, 6);
  });

  it('says when a subject cannot fit even at the minimum zoom, and centres it', () => {
    const size = { width: 320, height: 480 };
    const f = frameMarks([pointMark(-120, 40), pointMark(175, -40)], size, NONE, LIMITS)!;
    expect(f).toMatchObject({ zoom: 0.5, fits: false });
    expect(f.center[0]).toBeCloseTo(27.5, 6);
  });

  it('frames unwrapped longitudes across the antimeridian (east beyond 180)', () => {
    const size = { width: 1000, height: 600 };
    const f = frameMarks([pointMark(170, 0), pointMark(200, 10)], size, NONE, LIMITS)!;
    expect(f.center[0]).toBeCloseTo(185, 6);
    expect(f.fits).toBe(true);
  });

  it('frames nothing when given nothing', () => {
    expect(frameMarks([], { width: 100, height: 100 }, NONE, LIMITS)).toBeNull();
  });

  it('reads bounds as their two corners', () => {
    expect(boundsMarks([[1, 2], [3, 4]])).toEqual([pointMark(1, 2), pointMark(3, 4)]);
  });

  it('projects like MapLibre: 512 px tiles, y grows southward', () => {
    expect(projectAt([0, 0], { center: [0, 0], zoom: 0 }, { width: 512, height: 512 })).toEqual({ x: 256, y: 256 });
    expect(projectAt([180, 0], { center: [0, 0], zoom: 1 }, { width: 512, height: 512 }).x).toBeCloseTo(256 + 512, 6);
    expect(mercatorY(60)).toBeLessThan(mercatorY(0));
  });
});
