/**
 * The one animation loop: requestAnimationFrame driven by performance.now(). It reports the
 * animation time in simulated hours, modulo the loop; paused time does not count.
 */
import { HOURS_PER_SECOND } from './layers/trips-layer';

export interface FlowClock {
  start(): void;
  stop(): void;
  readonly running: boolean;
  /** Current animation time in simulated hours (0 <= t < loop). */
  now(): number;
}

/** The flows' time in simulated hours after `ms` of animation (wall time, or a video's virtual time). */
export function flowHours(ms: number, loopH: number): number {
  return ((ms / 1000) * HOURS_PER_SECOND) % loopH;
}

export function createFlowClock(loopH: number, onTick: (hours: number) => void, raf = requestAnimationFrame, cancel = cancelAnimationFrame, clock = () => performance.now()): FlowClock {
  let elapsedMs = 0;
  let startedAt: number | null = null;
  let frame = 0;
  const hours = (): number => flowHours(elapsedMs + (startedAt === null ? 0 : clock() - startedAt), loopH);
  const tick = (): void => {
    onTick(hours());
    frame = raf(tick);
  };
  return {
    start() {
      if (startedAt !== null) return;
      startedAt = clock();
      frame = raf(tick);
    },
    stop() {
      if (startedAt === null) return;
      elapsedMs += clock() - startedAt;
      startedAt = null;
      cancel(frame);
    },
    get running() {
      return startedAt !== null;
    },
    now: hours,
  };
}
