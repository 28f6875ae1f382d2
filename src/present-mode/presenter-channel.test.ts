import { describe, expect, it } from 'vitest';
import { formatElapsed, parsePresenterMessage } from './presenter-channel';

const state = { tourTitle: 'T', index: 1, count: 9, playing: true, title: 'West', notes: 'n', nextTitle: 'South', chapterStartedAt: 1, startedAt: 0 };

describe('presenter channel messages', () => {
  it('accepts state, hello and known commands', () => {
    expect(parsePresenterMessage({ type: 'state', state })).toEqual({ type: 'state', state });
    expect(parsePresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parsePresenterMessage({ type: 'command', command: 'next' })).toEqual({ type: 'command', command: 'next' });
  });
  it('rejects anything else', () => {
    expect(parsePresenterMessage({ type: 'command', command: 'reload' })).toBeNull();
    expect(parsePresenterMessage({ type: 'state', state: { ...state, index: 'x' } })).toBeNull();
    expect(parsePresenterMessage({ type: 'state', state: { ...state, notes: undefined } })).toBeNull();
    expect(parsePresenterMessage('hello')).toBeNull();
    expect(parsePresenterMessage(null)).toBeNull();
  });
  it('formats timers', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_400)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});
