/**
 * The frame heartbeat (SPEC section 6, "heartbeat watchdog"): once a second it asks for an
 * animation frame; when none has come for HEARTBEAT_LIMIT_MS while frames are expected, the page
 * is stuck and `onStall` runs (the guardian rebuilds the map). Only present mode runs it: there
 * nobody may be watching; in explore and embed a person is, and an idle tab draws nothing.
 */
import { heartbeatStalled } from './policy';

export const HEARTBEAT_EVERY_MS = 1000;

export interface HeartbeatOptions {
  /** True while frames are expected (the tour playing on a normal screen). */
  framesExpected(): boolean;
  /** A hidden page draws no frames and is not stuck. */
  isHidden(): boolean;
  onStall(): void;
  /** requestAnimationFrame in the page. */
  requestFrame(callback: () => void): void;
  now?: () => number;
}

/** Start beating; returns a function that stops it. */
export function startHeartbeat(o: HeartbeatOptions): () => void {
  const now = o.now ?? (() => Date.now());
  let lastFrame = now();
  const timer = setInterval(() => {
    if (o.isHidden()) {
      lastFrame = now();
      return;
    }
    if (heartbeatStalled(lastFrame, now(), o.framesExpected())) {
      lastFrame = now();
      o.onStall();
    }
    o.requestFrame(() => {
      lastFrame = now();
    });
  }, HEARTBEAT_EVERY_MS);
  return () => clearInterval(timer);
}
