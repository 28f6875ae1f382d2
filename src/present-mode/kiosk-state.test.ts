import { describe, expect, it } from 'vitest';
import { initialKiosk, kioskInput, kioskTick, warningSecondsLeft, type KioskConfig } from './kiosk-state';

const kiosk: KioskConfig = { idleMs: 60_000, warningMs: 10_000 };
const presenter: KioskConfig = { idleMs: 0, warningMs: 10_000 };

describe('kiosk state machine', () => {
  it('goes start -> attract on the first tap, which is consumed', () => {
    const r = kioskInput(initialKiosk(0), 5, kiosk);
    expect(r.state.phase).toBe('attract');
    expect(r.effects).toEqual(['play-tour']);
    expect(r.consumed).toBe(true);
  });

  it('pauses into interactive on any input in attract, consuming it', () => {
    const attract = kioskInput(initialKiosk(0), 0, kiosk).state;
    const r = kioskInput(attract, 1000, kiosk);
    expect(r).toEqual({ state: { phase: 'interactive', lastInput: 1000, warnedAt: 0 }, effects: ['pause-tour'], consumed: true });
    // Further input is the visitor's and passes through.
    expect(kioskInput(r.state, 2000, kiosk).consumed).toBe(false);
  });

  it('warns after idle, returns to interactive on input, or resets to attract after the countdown', () => {
    let s = kioskInput(kioskInput(initialKiosk(0), 0, kiosk).state, 1000, kiosk).state;
    expect(kioskTick(s, 60_999, kiosk).effects).toEqual([]);
    const warned = kioskTick(s, 61_000, kiosk);
    expect(warned.state.phase).toBe('warning');
    expect(warned.effects).toEqual(['show-warning']);
    expect(warningSecondsLeft(warned.state, 61_000, kiosk)).toBe(10);
    expect(warningSecondsLeft(warned.state, 65_500, kiosk)).toBe(6);
    const back = kioskInput(warned.state, 63_000, kiosk);
    expect(back.state.phase).toBe('interactive');
    expect(back.effects).toEqual(['hide-warning']);
    s = warned.state;
    expect(kioskTick(s, 70_999, kiosk).state.phase).toBe('warning');
    const reset = kioskTick(s, 71_000, kiosk);
    expect(reset.state.phase).toBe('attract');
    expect(reset.effects).toEqual(['hide-warning', 'reset', 'play-tour']);
  });

  it('never pauses or resets without an idle limit', () => {
    const attract = kioskInput(initialKiosk(0), 0, presenter).state;
    expect(kioskInput(attract, 10, presenter)).toEqual({ state: { ...attract, lastInput: 10 }, effects: [], consumed: false });
    expect(kioskTick(attract, 10_000_000, presenter).effects).toEqual([]);
  });
});
