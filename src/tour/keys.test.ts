import { describe, expect, it } from 'vitest';
import { isPresenterKey, presenterKey, type KeyInput } from './keys';
import { isChapterStep, stepPlayer } from './player-state';

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({ key: k, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, repeat: false, ...extra });
const cmd = (k: string, extra: Partial<KeyInput> = {}, digits = ''): string | null => presenterKey(key(k, extra), digits).command?.type ?? null;

describe('presenter keys', () => {
  it('maps the clicker and keyboard keys of SPEC section 6', () => {
    for (const k of ['ArrowRight', 'ArrowDown', ' ', 'Enter', 'PageDown', 'n', 'N']) expect(cmd(k)).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'Backspace', 'PageUp', 'p', 'P']) expect(cmd(k)).toBe('prev');
    expect(cmd(' ', { shiftKey: true })).toBe('prev');
    expect(cmd('Home')).toBe('first');
    expect(cmd('End')).toBe('last');
    expect([cmd('b'), cmd('B'), cmd('.')]).toEqual(['black', 'black', 'black']);
    expect([cmd('w'), cmd('W'), cmd(',')]).toEqual(['white', 'white', 'white']);
    expect([cmd('f'), cmd('k'), cmd('S'), cmd('r'), cmd('l'), cmd('t'), cmd('?'), cmd('Escape')]).toEqual(
      ['fullscreen', 'play-pause', 'play-pause', 'reset-view', 'legend', 'table', 'help', 'escape']);
    expect(presenterKey(key('F5', { shiftKey: true }), '').command).toEqual({ type: 'start', fromCurrent: true });
  });

  it('ignores held-key repeats for next and previous, and modifier combinations', () => {
    expect(cmd('ArrowRight', { repeat: true })).toBeNull();
    expect(cmd('PageUp', { repeat: true })).toBeNull();
    expect(cmd('ArrowRight', { ctrlKey: true })).toBeNull();
    expect(cmd('r', { metaKey: true })).toBeNull();
    expect(cmd('b', { altKey: true })).toBeNull();
  });

  it('collects digits and jumps on Enter (1-based), keeping the last three digits', () => {
    let r = presenterKey(key('1'), '');
    expect(r).toEqual({ command: null, digits: '1' });
    r = presenterKey(key('2'), r.digits);
    r = presenterKey(key('Enter'), r.digits);
    expect(r).toEqual({ command: { type: 'goto', chapter: 12 }, digits: '' });
    expect(presenterKey(key('5'), '1234').digits).toBe('345');
    expect(presenterKey(key('Enter'), '0').command).toBeNull();
    // Another command clears the typed digits; an unknown key keeps them.
    expect(presenterKey(key('ArrowRight'), '3').digits).toBe('');
    expect(presenterKey(key('Shift'), '3').digits).toBe('3');
  });

  it('knows which keys it owns', () => {
    expect(isPresenterKey(' ')).toBe(true);
    expect(isPresenterKey('PageDown')).toBe(true);
    expect(isPresenterKey('7')).toBe(true);
    expect(isPresenterKey('Tab')).toBe(false);
  });

  it('hands the player its own chapter steps for the navigation keys', () => {
    const moves = ['ArrowRight', 'ArrowLeft', 'Home', 'End'].map((k) => {
      const c = presenterKey(key(k), '').command;
      return c && isChapterStep(c) ? stepPlayer({ index: 4, playing: false }, c, 9, false).state.index : null;
    });
    expect(moves).toEqual([5, 3, 0, 8]);
  });
});
