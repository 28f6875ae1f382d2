/**
 * Timings and decisions for unattended runs (SPEC section 6, reference B8 and E4). Pure: the
 * wiring in this folder supplies the clock and carries the decisions out.
 */
export const RESTORE_WAIT_MS = 5_000;
export const IDLE_WAIT_MS = 10_000;
/** A second failed recovery within this window reloads the page. */
export const FAILURE_WINDOW_MS = 10 * 60_000;
/** No animation frame for this long while the tour plays means the page is stuck. */
export const HEARTBEAT_LIMIT_MS = 30_000;
/** The map must settle this soon after a chapter change. */
export const TRANSITION_IDLE_MS = 20_000;
export const ERROR_LIMIT = 5;
export const ERROR_WINDOW_MS = 10 * 60_000;
/** A soft reload at a loop boundary after this long, as insurance against slow leaks. */
export const SOFT_RELOAD_MS = 4 * 60 * 60_000;
/** ...or when the JS heap passes this share of its limit (Chromium's performance.memory). */
export const HEAP_LIMIT_SHARE = 0.7;

/** Timestamps still inside the window ending now. */
export function withinWindow(times: readonly number[], now: number, windowMs: number): number[] {
  return times.filter((t) => now - t < windowMs);
}

/** What to do when a lost context did not come back by itself: rebuild once, reload on a repeat. */
export function escalate(previousFailures: readonly number[], now: number): 'recreate' | 'reload' {
  return withinWindow(previousFailures, now, FAILURE_WINDOW_MS).length > 0 ? 'reload' : 'recreate';
}

/** True when uncaught errors have piled up: more than ERROR_LIMIT in ERROR_WINDOW_MS. */
export function errorsOverBudget(errors: readonly number[], now: number): boolean {
  return withinWindow(errors, now, ERROR_WINDOW_MS).length > ERROR_LIMIT;
}

export interface HygieneInput {
  startedAt: number;
  now: number;
  errors: readonly number[];
  heapUsed?: number;
  heapLimit?: number;
}

/** Why the page should reload at this loop boundary, or null to keep going. */
export function reloadReason(h: HygieneInput): 'errors' | 'age' | 'heap' | null {
  if (errorsOverBudget(h.errors, h.now)) return 'errors';
  if (h.now - h.startedAt >= SOFT_RELOAD_MS) return 'age';
  if (h.heapUsed !== undefined && h.heapLimit !== undefined && h.heapLimit > 0 && h.heapUsed / h.heapLimit > HEAP_LIMIT_SHARE) return 'heap';
  return null;
}

/** True when the page has stopped producing frames while it should (visible, tour playing). */
export function heartbeatStalled(lastFrame: number, now: number, active: boolean): boolean {
  return active && now - lastFrame > HEARTBEAT_LIMIT_MS;
}
