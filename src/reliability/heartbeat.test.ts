import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HEARTBEAT_EVERY_MS, startHeartbeat } from './heartbeat';
import { HEARTBEAT_LIMIT_MS } from './policy';

/** A page whose animation frames come only while `drawing` is true. */
function fakePage(): { drawing: boolean; expected: boolean; hidden: boolean; stalls: number; frames: Array<() => void> } {
  return { drawing: true, expected: true, hidden: false, stalls: 0, frames: [] };
}

function beat(page: ReturnType<typeof fakePage>): () => void {
  return startHeartbeat({
    framesExpected: () => page.expected,
    isHidden: () => page.hidden,
    onStall: () => {
      page.stalls += 1;
    },
    requestFrame: (cb) => {
      if (page.drawing) setTimeout(cb, 16);
    },
    now: () => Date.now(),
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('heartbeat', () => {
  it('stays quiet while frames come', async () => {
    const page = fakePage();
    const stop = beat(page);
    await vi.advanceTimersByTimeAsync(5 * HEARTBEAT_LIMIT_MS);
    expect(page.stalls).toBe(0);
    stop();
  });

  it('reports a stall once no frame has come for longer than the limit, then again a limit later', async () => {
    const page = fakePage();
    const stop = beat(page);
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_EVERY_MS);
    page.drawing = false;
    // The last frame came just after the second beat; the check runs once a second.
    await vi.advanceTimersByTimeAsync(HEARTBEAT_LIMIT_MS - HEARTBEAT_EVERY_MS);
    expect(page.stalls).toBe(0);
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_EVERY_MS);
    expect(page.stalls).toBe(1);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_LIMIT_MS + HEARTBEAT_EVERY_MS);
    expect(page.stalls).toBe(2);
    stop();
  });

  it('does not call a page stuck when no frames are expected or the page is hidden', async () => {
    const paused = fakePage();
    paused.drawing = false;
    paused.expected = false;
    const hidden = fakePage();
    hidden.drawing = false;
    hidden.hidden = true;
    const stops = [beat(paused), beat(hidden)];
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_LIMIT_MS);
    expect([paused.stalls, hidden.stalls]).toEqual([0, 0]);
    // Shown again: it starts counting from the moment it was last hidden.
    hidden.hidden = false;
    await vi.advanceTimersByTimeAsync(HEARTBEAT_LIMIT_MS - HEARTBEAT_EVERY_MS);
    expect(hidden.stalls).toBe(0);
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_EVERY_MS);
    expect(hidden.stalls).toBe(1);
    stops.forEach((s) => s());
  });

  it('stops beating when stopped', async () => {
    const page = fakePage();
    page.drawing = false;
    const stop = beat(page);
    stop();
    await vi.advanceTimersByTimeAsync(3 * HEARTBEAT_LIMIT_MS);
    expect(page.stalls).toBe(0);
  });
});
