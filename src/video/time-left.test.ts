import { describe, expect, it } from 'vitest';
import { formatDuration, timeLeftMs } from './time-left';

describe('time left', () => {
  it('waits for a rate, then extrapolates the rate so far', () => {
    expect(timeLeftMs(500, 1, 100)).toBeNull();
    expect(timeLeftMs(0, 10, 100)).toBeNull();
    expect(timeLeftMs(1000, 10, 100)).toBe(9000);
    expect(timeLeftMs(1000, 100, 100)).toBe(0);
  });

  it('formats minutes and seconds, rounding up', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(1)).toBe('0:01');
    expect(formatDuration(65000)).toBe('1:05');
    expect(formatDuration(600500)).toBe('10:01');
  });
});
