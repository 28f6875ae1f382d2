import { describe, expect, it } from 'vitest';
import { nearestDot, PICK_SLOP_PX, type ScreenDot } from './map-picking';

// Manzhouli and Zabaykalsk at world zoom: dots 3 px apart, Zabaykalsk drawn on top.
const manzhouli: ScreenDot = { id: 'manzhouli', x: 100, y: 50, radius: 4 };
const zabaykalsk: ScreenDot = { id: 'zabaykalsk', x: 97, y: 49, radius: 4 };

describe('nearestDot (trust audit C.14)', () => {
  it('a click on Manzhouli picks Manzhouli although Zabaykalsk is drawn over it', () => {
    expect(nearestDot(100, 50, [manzhouli, zabaykalsk])).toBe('manzhouli');
    expect(nearestDot(101, 51, [zabaykalsk, manzhouli])).toBe('manzhouli');
  });
  it('a click on Zabaykalsk picks Zabaykalsk', () => {
    expect(nearestDot(96, 49, [manzhouli, zabaykalsk])).toBe('zabaykalsk');
  });
  it('counts the slop around a dot and nothing beyond it', () => {
    expect(nearestDot(100 + 4 + PICK_SLOP_PX, 50, [manzhouli])).toBe('manzhouli');
    expect(nearestDot(100 + 4 + PICK_SLOP_PX + 1, 50, [manzhouli])).toBeNull();
    expect(nearestDot(0, 0, [])).toBeNull();
  });
  it('on a tie goes to the larger dot', () => {
    const hub: ScreenDot = { id: 'hub', x: 10, y: 0, radius: 5 };
    const waypoint: ScreenDot = { id: 'waypoint', x: -10, y: 0, radius: 1.75 };
    expect(nearestDot(0, 0, [waypoint, hub], 10)).toBe('hub');
    expect(nearestDot(0, 0, [hub, waypoint], 10)).toBe('hub');
  });
});
