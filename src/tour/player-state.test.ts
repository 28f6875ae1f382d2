import { describe, expect, it } from 'vitest';
import { isChapterStep, stepPlayer, type PlayerState } from './player-state';

const at = (index: number, playing = false): PlayerState => ({ index, playing });

describe('stepPlayer', () => {
  it('moves next and previous within the tour and stops at the ends', () => {
    expect(stepPlayer(at(0), { type: 'next' }, 9, false)).toEqual({ state: at(1), moved: true, loopBoundary: false });
    expect(stepPlayer(at(8), { type: 'next' }, 9, true)).toEqual({ state: at(8), moved: false, loopBoundary: false });
    expect(stepPlayer(at(0), { type: 'prev' }, 9, false).moved).toBe(false);
    expect(stepPlayer(at(4), { type: 'first' }, 9, false).state).toEqual(at(0));
    expect(stepPlayer(at(4), { type: 'last' }, 9, false).state).toEqual(at(8));
  });

  it('clamps goto and ignores non-integers', () => {
    expect(stepPlayer(at(0), { type: 'goto', index: 5 }, 9, false).state.index).toBe(5);
    expect(stepPlayer(at(0), { type: 'goto', index: 50 }, 9, false).state.index).toBe(8);
    expect(stepPlayer(at(3), { type: 'goto', index: Number.NaN }, 9, false).state.index).toBe(3);
  });

  it('advances on dwell only while playing, wraps when looping and stops otherwise', () => {
    expect(stepPlayer(at(2), { type: 'dwell-elapsed' }, 9, false).state).toEqual(at(2));
    expect(stepPlayer(at(2, true), { type: 'dwell-elapsed' }, 9, false).state).toEqual(at(3, true));
    expect(stepPlayer(at(8, true), { type: 'dwell-elapsed' }, 9, true)).toEqual({ state: at(0, true), moved: true, loopBoundary: true });
    expect(stepPlayer(at(8, true), { type: 'dwell-elapsed' }, 9, false)).toEqual({ state: at(8, false), moved: false, loopBoundary: false });
  });

  it('plays, pauses and toggles without moving', () => {
    expect(stepPlayer(at(2), { type: 'toggle' }, 9, false)).toEqual({ state: at(2, true), moved: false, loopBoundary: false });
    expect(stepPlayer(at(2, true), { type: 'pause' }, 9, false).state.playing).toBe(false);
    expect(stepPlayer(at(2), { type: 'play' }, 9, false).state.playing).toBe(true);
  });

  it('tells chapter steps from other actions', () => {
    expect(['next', 'prev', 'first', 'last', 'goto', 'toggle', 'play-pause'].filter((type) => isChapterStep({ type }))).toEqual(['next', 'prev', 'first', 'last']);
  });
});
