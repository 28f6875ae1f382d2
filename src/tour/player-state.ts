/**
 * The tour player's state machine: which chapter, and whether it plays by itself. Pure; the
 * player controller turns its answers into camera moves and timers.
 */
export interface PlayerState {
  index: number;
  playing: boolean;
}

/** Moves between chapters that a key, a clicker, the speaker view or the player itself can ask for. */
export const CHAPTER_STEPS = ['next', 'prev', 'first', 'last'] as const;
export type ChapterStep = { type: (typeof CHAPTER_STEPS)[number] };

export function isChapterStep(action: { type: string }): action is ChapterStep {
  return (CHAPTER_STEPS as readonly string[]).includes(action.type);
}

export type PlayerAction =
  | ChapterStep
  /** 0-based chapter index (keys.ts's `goto` is the 1-based number the presenter types). */
  | { type: 'goto'; index: number }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'toggle' }
  /** The chapter's dwell ran out while playing. */
  | { type: 'dwell-elapsed' };

export interface PlayerStep {
  state: PlayerState;
  /** The chapter changed (the camera and caption must follow). */
  moved: boolean;
  /** Playback wrapped from the last chapter to the first: a safe moment for updates and reloads. */
  loopBoundary: boolean;
}

export function stepPlayer(state: PlayerState, action: PlayerAction, count: number, loop: boolean): PlayerStep {
  const last = Math.max(0, count - 1);
  const to = (index: number, playing = state.playing, loopBoundary = false): PlayerStep => {
    const clamped = Math.min(last, Math.max(0, index));
    return { state: { index: clamped, playing }, moved: clamped !== state.index, loopBoundary };
  };
  switch (action.type) {
    case 'next':
      return to(state.index + 1);
    case 'prev':
      return to(state.index - 1);
    case 'first':
      return to(0);
    case 'last':
      return to(last);
    case 'goto':
      return Number.isInteger(action.index) ? to(action.index) : to(state.index);
    case 'play':
      return to(state.index, true);
    case 'pause':
      return to(state.index, false);
    case 'toggle':
      return to(state.index, !state.playing);
    case 'dwell-elapsed':
      if (!state.playing) return to(state.index);
      if (state.index < last) return to(state.index + 1);
      return loop ? { state: { index: 0, playing: true }, moved: state.index !== 0, loopBoundary: true } : to(state.index, false);
  }
}
