import { describe, expect, it } from 'vitest';
import {
  ERROR_LIMIT, ERROR_WINDOW_MS, errorsOverBudget, escalate, FAILURE_WINDOW_MS, HEAP_LIMIT_SHARE, HEARTBEAT_LIMIT_MS, heartbeatStalled,
  IDLE_WAIT_MS, reloadReason, RESTORE_WAIT_MS, SOFT_RELOAD_MS, TRANSITION_IDLE_MS, withinWindow,
} from './policy';

const MIN = 60_000;

describe('reliability policy', () => {
  it('uses the timings of SPEC section 6', () => {
    expect({ RESTORE_WAIT_MS, IDLE_WAIT_MS, FAILURE_WINDOW_MS, HEARTBEAT_LIMIT_MS, TRANSITION_IDLE_MS, ERROR_LIMIT, ERROR_WINDOW_MS, SOFT_RELOAD_MS, HEAP_LIMIT_SHARE }).toEqual({
      RESTORE_WAIT_MS: 5_000,
      IDLE_WAIT_MS: 10_000,
      FAILURE_WINDOW_MS: 10 * MIN,
      HEARTBEAT_LIMIT_MS: 30_000,
      TRANSITION_IDLE_MS: 20_000,
      ERROR_LIMIT: 5,
      ERROR_WINDOW_MS: 10 * MIN,
      SOFT_RELOAD_MS: 4 * 60 * MIN,
      HEAP_LIMIT_SHARE: 0.7,
    });
  });

  it('keeps the times strictly inside the window ending now', () => {
    expect(withinWindow([0, 5, 10], 12, 5)).toEqual([10]);
    expect(withinWindow([7, 8], 12, 5)).toEqual([8]);
    expect(withinWindow([], 12, 5)).toEqual([]);
  });

  it('recreates on a first failure and reloads on a second less than ten minutes later', () => {
    expect(escalate([], 0)).toBe('recreate');
    expect(escalate([0], 1)).toBe('reload');
    expect(escalate([0], FAILURE_WINDOW_MS - 1)).toBe('reload');
    expect(escalate([0], FAILURE_WINDOW_MS)).toBe('recreate');
    expect(escalate([0, 9 * MIN], 11 * MIN)).toBe('reload');
  });

  it('allows five uncaught errors in ten minutes; the sixth is over budget until the first ages out', () => {
    const five = [0, 1, 2, 3, 4].map((i) => i * MIN);
    expect(errorsOverBudget(five, 5 * MIN)).toBe(false);
    expect(errorsOverBudget([...five, 5 * MIN], 5 * MIN)).toBe(true);
    expect(errorsOverBudget([...five, 5 * MIN], ERROR_WINDOW_MS - 1)).toBe(true);
    expect(errorsOverBudget([...five, 5 * MIN], ERROR_WINDOW_MS)).toBe(false);
  });

  it('reloads at a loop boundary for errors first, then age, then heap', () => {
    const base = { startedAt: 0, now: MIN, errors: [] };
    const sixErrors = [1, 2, 3, 4, 5, 6];
    expect(reloadReason(base)).toBeNull();
    expect(reloadReason({ ...base, now: SOFT_RELOAD_MS - 1 })).toBeNull();
    expect(reloadReason({ ...base, now: SOFT_RELOAD_MS })).toBe('age');
    expect(reloadReason({ ...base, errors: sixErrors })).toBe('errors');
    expect(reloadReason({ ...base, errors: sixErrors, heapUsed: 90, heapLimit: 100 })).toBe('errors');
    expect(reloadReason({ ...base, now: SOFT_RELOAD_MS, heapUsed: 90, heapLimit: 100 })).toBe('age');
    // Errors from hours ago no longer count; the age does.
    expect(reloadReason({ ...base, errors: sixErrors, now: SOFT_RELOAD_MS + 1 })).toBe('age');
  });

  it('reloads for the heap only above 70 % of a known limit', () => {
    const base = { startedAt: 0, now: MIN, errors: [] };
    expect(reloadReason({ ...base, heapUsed: 71, heapLimit: 100 })).toBe('heap');
    expect(reloadReason({ ...base, heapUsed: 70, heapLimit: 100 })).toBeNull();
    expect(reloadReason({ ...base, heapUsed: 69, heapLimit: 100 })).toBeNull();
    expect(reloadReason({ ...base, heapUsed: 71, heapLimit: 0 })).toBeNull();
    expect(reloadReason({ ...base, heapUsed: 71 })).toBeNull();
  });

  it('calls a missing heartbeat stalled only past 30 s and only while frames are expected', () => {
    expect(heartbeatStalled(0, HEARTBEAT_LIMIT_MS, true)).toBe(false);
    expect(heartbeatStalled(0, HEARTBEAT_LIMIT_MS + 1, true)).toBe(true);
    expect(heartbeatStalled(1_000, HEARTBEAT_LIMIT_MS + 1, true)).toBe(false);
    expect(heartbeatStalled(0, 10 * HEARTBEAT_LIMIT_MS, false)).toBe(false);
  });
});
