/** Where a tour camera may put the chapter: the map minus the caption's corner. Pure. */
import type { Padding } from '../state/slices/view-slice';

export interface Size {
  width: number;
  height: number;
}

const MARGIN = 24;

/**
 * The caption sits at the bottom-left. Keep clear either the band under its top edge or the band
 * right of its right edge, whichever leaves the larger area for the chapter.
 */
export function captionPadding(map: Size, caption: Size | null): Padding {
  const base: Padding = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN };
  if (!caption || caption.width <= 0 || caption.height <= 0) return base;
  const bottom = Math.min(caption.height + MARGIN, map.height * 0.6);
  const left = Math.min(caption.width + MARGIN, map.width * 0.6);
  const areaAbove = map.width * (map.height - bottom);
  const areaBeside = (map.width - left) * map.height;
  return areaAbove >= areaBeside ? { ...base, bottom: Math.round(bottom) } : { ...base, left: Math.round(left) };
}
