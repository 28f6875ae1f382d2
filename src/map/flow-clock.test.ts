import { describe, expect, it } from 'vitest';
import { createFlowClock, flowHours } from './flow-clock';
import { HOURS_PER_SECOND } from './layers/trips-layer';

describe('flow clock', () => {
  it('turns milliseconds (wall or virtual) into simulated hours modulo the loop', () => {
    expect(flowHours(1000, 1000)).toBe(HOURS_PER_SECOND);
    expect(flowHours(0, 100)).toBe(0);
    expect(flowHours(((100 + 12) / HOURS_PER_SECOND) * 1000, 100)).toBeCloseTo(12, 6);
  });

  it('counts only running time', () => {
    let now = 0;
    const clock = createFlowClock(1000, () => undefined, () => 1, () => undefined, () => now);
    clock.start();
    now = 500;
    clock.stop();
    now = 5000;
    expect(clock.now()).toBeCloseTo(flowHours(500, 1000), 6);
  });
});
