/**
 * The kiosk's state machine (SPEC section 6, reference B4). Pure, driven by explicit timestamps:
 * start --tap--> attract --any input--> interactive --idle--> warning --timeout--> reset -> attract.
 * Without an idle limit (a presenter's machine) input never pauses the tour.
 */
export type KioskPhase = 'start' | 'attract' | 'interactive' | 'warning';

export interface KioskState {
  phase: KioskPhase;
  /** When the last visitor input arrived (ms). */
  lastInput: number;
  /** When the warning appeared (ms). */
  warnedAt: number;
}

export interface KioskConfig {
  /** Idle time before the warning; 0 turns the kiosk behaviour off. */
  idleMs: number;
  /** Length of the "still exploring?" countdown. */
  warningMs: number;
}

export const WARNING_MS = 10_000;

export type KioskEffect = 'play-tour' | 'pause-tour' | 'show-warning' | 'hide-warning' | 'reset';

export interface KioskStep {
  state: KioskState;
  effects: KioskEffect[];
  /** The input only woke the kiosk: it must not also act on the map or the tour. */
  consumed: boolean;
}

export function initialKiosk(now: number): KioskState {
  return { phase: 'start', lastInput: now, warnedAt: 0 };
}

export function kioskInput(s: KioskState, now: number, config: KioskConfig): KioskStep {
  const at = (phase: KioskPhase, effects: KioskEffect[], consumed: boolean): KioskStep => ({ state: { ...s, phase, lastInput: now }, effects, consumed });
  switch (s.phase) {
    case 'start':
      return at('attract', ['play-tour'], true);
    case 'attract':
      return config.idleMs > 0 ? at('interactive', ['pause-tour'], true) : at('attract', [], false);
    case 'interactive':
      return at('interactive', [], false);
    case 'warning':
      return at('interactive', ['hide-warning'], true);
  }
}

export function kioskTick(s: KioskState, now: number, config: KioskConfig): KioskStep {
  const none: KioskStep = { state: s, effects: [], consumed: false };
  if (config.idleMs <= 0) return none;
  if (s.phase === 'interactive' && now - s.lastInput >= config.idleMs) {
    return { state: { ...s, phase: 'warning', warnedAt: now }, effects: ['show-warning'], consumed: false };
  }
  if (s.phase === 'warning' && now - s.warnedAt >= config.warningMs) {
    return { state: { ...s, phase: 'attract', lastInput: now }, effects: ['hide-warning', 'reset', 'play-tour'], consumed: false };
  }
  return none;
}

/** Whole seconds left on the warning's countdown. */
export function warningSecondsLeft(s: KioskState, now: number, config: KioskConfig): number {
  return Math.max(0, Math.ceil((config.warningMs - (now - s.warnedAt)) / 1000));
}
