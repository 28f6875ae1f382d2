/**
 * The free area of the map: the map minus what lies over it (a tour caption, a hint, a panel that
 * overlays the map). Each obstacle is cleared by the band along one edge that costs the least area,
 * so a caption at the bottom-left takes the bottom band on a wide screen and the left band on a tall
 * one. Pure.
 */
import type { Insets, Size } from './frame';

/** A box in map pixels (0,0 = the map's top-left corner). */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Space kept between the subject and the map's edge or an obstacle, in pixels. */
export const FRAME_MARGIN = 24;

/** The most of one dimension an obstacle's band may take (a huge overlay must not leave nothing). */
const MAX_SHARE = 0.6;

function clip(r: Rect, size: Size): Rect | null {
  const c = { x0: Math.max(0, r.x0), y0: Math.max(0, r.y0), x1: Math.min(size.width, r.x1), y1: Math.min(size.height, r.y1) };
  return c.x1 - c.x0 > 0 && c.y1 - c.y0 > 0 ? c : null;
}

/** Insets that keep every obstacle (and `margin` more) out of the free area. */
export function freeInsets(size: Size, obstacles: readonly Rect[], margin = FRAME_MARGIN): Insets {
  const inset: Insets = { top: margin, right: margin, bottom: margin, left: margin };
  const clipped = obstacles.map((o) => clip(o, size)).filter((o): o is Rect => o !== null);
  // Biggest first: a small badge beside a big caption usually falls inside the caption's band.
  clipped.sort((a, b) => (b.x1 - b.x0) * (b.y1 - b.y0) - (a.x1 - a.x0) * (a.y1 - a.y0));
  for (const o of clipped) {
    const w = size.width - inset.left - inset.right;
    const h = size.height - inset.top - inset.bottom;
    // Already clear of the free area?
    if (o.x1 <= inset.left || o.x0 >= size.width - inset.right || o.y1 <= inset.top || o.y0 >= size.height - inset.bottom) continue;
    const options: Array<[keyof Insets, number]> = [
      ['top', Math.min(o.y1 + margin, size.height * MAX_SHARE)],
      ['bottom', Math.min(size.height - o.y0 + margin, size.height * MAX_SHARE)],
      ['left', Math.min(o.x1 + margin, size.width * MAX_SHARE)],
      ['right', Math.min(size.width - o.x0 + margin, size.width * MAX_SHARE)],
    ];
    let best: [keyof Insets, number] | null = null;
    let bestArea = -1;
    for (const [side, value] of options) {
      const grow = Math.max(0, value - inset[side]);
      const area = side === 'top' || side === 'bottom' ? w * (h - grow) : (w - grow) * h;
      if (area > bestArea) {
        bestArea = area;
        best = [side, value];
      }
    }
    if (best) inset[best[0]] = Math.max(inset[best[0]], Math.round(best[1]));
  }
  return inset;
}
