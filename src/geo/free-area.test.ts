import { describe, expect, it } from 'vitest';
import { FRAME_MARGIN, freeInsets } from './free-area';

const M = FRAME_MARGIN;

describe('freeInsets', () => {
  it('keeps a margin at each edge when nothing lies over the map', () => {
    expect(freeInsets({ width: 1000, height: 800 }, [])).toEqual({ top: M, right: M, bottom: M, left: M });
  });

  it('clears a bottom-left caption by the bottom band on a wide screen and by the left band on a tall one', () => {
    const caption = (w: number, h: number, mapH: number) => ({ x0: 12, y0: mapH - 12 - h, x1: 12 + w, y1: mapH - 12 });
    // 1920x1080 with a 720x520 caption: a left band of 756 px leaves more than a bottom band of 556.
    expect(freeInsets({ width: 1920, height: 1080 }, [caption(720, 520, 1080)])).toMatchObject({ left: 12 + 720 + M, bottom: M });
    // A short, wide caption on a tall phone: the bottom band costs less.
    expect(freeInsets({ width: 390, height: 700 }, [caption(366, 200, 700)])).toMatchObject({ bottom: 12 + 200 + M, left: M });
  });

  it('never lets one obstacle take more than 60% of a side', () => {
    const huge = { x0: 0, y0: 0, x1: 900, y1: 1000 };
    const insets = freeInsets({ width: 1000, height: 1000 }, [huge]);
    expect(Math.max(insets.left, insets.right, insets.top, insets.bottom)).toBe(600);
  });

  it('ignores obstacles outside the map and ones already in a cleared band', () => {
    const size = { width: 1000, height: 800 };
    const caption = { x0: 0, y0: 500, x1: 400, y1: 800 };
    const badge = { x0: 10, y0: 760, x1: 100, y1: 790 };
    const outside = { x0: 1200, y0: 0, x1: 1300, y1: 50 };
    expect(freeInsets(size, [badge, caption, outside])).toEqual(freeInsets(size, [caption]));
  });

  it('clears a right-hand panel with the right band', () => {
    expect(freeInsets({ width: 1440, height: 900 }, [{ x0: 1080, y0: 0, x1: 1440, y1: 900 }])).toMatchObject({ right: 360 + M });
  });
});
