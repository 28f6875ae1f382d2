/**
 * The presenter key map (SPEC section 6, reveal.js and PowerPoint conventions). Pure: a key event
 * and the digits typed so far in, a command and the new digit buffer out.
 */
import type { ChapterStep } from './player-state';

/** A key's meaning: the player's chapter steps, plus what only keys do. */
export type KeyCommand =
  | ChapterStep
  /** 1-based chapter number typed as digits, then Enter. */
  | { type: 'goto'; chapter: number }
  | { type: 'black' }
  | { type: 'white' }
  | { type: 'fullscreen' }
  | { type: 'play-pause' }
  | { type: 'reset-view' }
  | { type: 'legend' }
  | { type: 'table' }
  | { type: 'help' }
  | { type: 'escape' }
  /** F5 (a clicker's "start" button): from the beginning; Shift+F5 from here. */
  | { type: 'start'; fromCurrent: boolean };

export interface KeyInput {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  repeat: boolean;
}

export interface KeyResult {
  command: KeyCommand | null;
  digits: string;
}

const NEXT = new Set(['ArrowRight', 'ArrowDown', ' ', 'Enter', 'PageDown', 'n', 'N']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'Backspace', 'PageUp', 'p', 'P']);
const MAX_DIGITS = 3;

const SIMPLE: Readonly<Record<string, KeyCommand>> = {
  Home: { type: 'first' },
  End: { type: 'last' },
  b: { type: 'black' }, B: { type: 'black' }, '.': { type: 'black' },
  w: { type: 'white' }, W: { type: 'white' }, ',': { type: 'white' },
  f: { type: 'fullscreen' }, F: { type: 'fullscreen' },
  k: { type: 'play-pause' }, K: { type: 'play-pause' }, s: { type: 'play-pause' }, S: { type: 'play-pause' },
  r: { type: 'reset-view' }, R: { type: 'reset-view' },
  l: { type: 'legend' }, L: { type: 'legend' },
  t: { type: 'table' }, T: { type: 'table' },
  '?': { type: 'help' }, h: { type: 'help' }, H: { type: 'help' },
  Escape: { type: 'escape' },
};

export function presenterKey(e: KeyInput, digits: string): KeyResult {
  // Ctrl/Alt/Meta combinations belong to the browser and the OS (as in MapLibre's handler).
  if (e.ctrlKey || e.altKey || e.metaKey) return { command: null, digits };
  if (/^[0-9]$/u.test(e.key)) return { command: null, digits: (digits + e.key).slice(-MAX_DIGITS) };
  if (e.key === 'Enter' && digits !== '') {
    const chapter = Number(digits);
    return { command: chapter >= 1 ? { type: 'goto', chapter } : null, digits: '' };
  }
  if (e.key === 'F5') return { command: { type: 'start', fromCurrent: e.shiftKey }, digits: '' };
  const isNext = NEXT.has(e.key) && !(e.key === ' ' && e.shiftKey);
  const isPrev = PREV.has(e.key) || (e.key === ' ' && e.shiftKey);
  if (isNext || isPrev) {
    // A held clicker button repeats: move once per press.
    if (e.repeat) return { command: null, digits: '' };
    return { command: { type: isNext ? 'next' : 'prev' }, digits: '' };
  }
  const simple = SIMPLE[e.key];
  if (simple && e.repeat) return { command: null, digits: '' };
  return { command: simple ?? null, digits: simple ? '' : digits };
}

/** Keys the player handles itself, so the page must not scroll or navigate on them. */
export function isPresenterKey(key: string): boolean {
  return NEXT.has(key) || PREV.has(key) || key === 'F5' || key in SIMPLE || /^[0-9]$/u.test(key);
}
