import { describe, expect, it } from 'vitest';
import { errorsOverBudget, escalate, heartbeatStalled, reloadReason, SOFT_RELOAD_MS, withinWindow } from './policy';

const MIN = 60_000;

describe('reliability policy', () => {
  it('recreates on a first failure and reloads on a second within ten minutes', () => {
    expect(escalate([], 0)).toBe('recreate');
    expect(escalate([0], 9 * MIN)).toBe('reload');
    expect(escalate([0], 11 * MIN)).toBe('recreate');
  });

  it('counts errors in a sliding ten-minute window, more than five is over budget', () => {
    const five = [0, 1, 2, 3, 4].map((i) => i * MIN);
    expect(errorsOverBudget(five, 5 * MIN)).toBe(false);
    expect(errorsOverBudget([...five, 5 * MIN], 5 * MIN)).toBe(true);
    expect(errorsOverBudget([...five, 5 * MIN], 10.5 * MIN)).toBe(false);
    expect(withinWindow([0, 5, 10], 12, 5)).toEqual([10]);
  });

  it('reloads at a loop boundary for errors, age or heap, in that order', () => {
    const base = { startedAt: 0, now: MIN, errors: [] };
    expect(reloadReason(base)).toBeNull();
    expect(reloadReason({ ...base, now: SOFT_RELOAD_MS })).toBe('age');
    expect(reloadReason({ ...base, heapUsed: 71, heapLimit: 100 })).toBe('heap');
    expect(reloadReason({ ...base, heapUsed: 69, heapLimit: 100 })).toBeNull();
    expect(reloadReason({ ...base, errors: [1, 2, 3, 4, 5, 6], now: SOFT_RELOAD_MS + 1, startedAt: 0 })).toBe('age');
    expect(reloadReason({ ...base, errors: [1, 2, 3, 4, 5, 6] })).toBe('errors');
  });

  it('calls a missing heartbeat stalled only while frames are expected', () => {
    expect(heartbeatStalled(0, 31_000, true)).toBe(true);
    expect(heartbeatStalled(0, 29_000, true)).toBe(false);
    expect(heartbeatStalled(0, 31_000, false)).toBe(false);
  });
});
