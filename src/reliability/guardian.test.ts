import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createGuardian, type GuardedMap, type GuardianOptions } from './guardian';
import { IDLE_WAIT_MS, RESTORE_WAIT_MS, SOFT_RELOAD_MS } from './policy';

/** A map whose `settled` answers after `settleMs` (or never draws when `draws` is false). */
function fakeMap(settleMs = 500, draws = true): GuardedMap & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    renewOverlay: () => void calls.push('renewOverlay'),
    rebuild: () => void calls.push('rebuild'),
    settled: (timeoutMs) => {
      calls.push(`settled(${timeoutMs})`);
      return new Promise((resolve) => setTimeout(() => resolve(draws && settleMs <= timeoutMs), Math.min(settleMs, timeoutMs)));
    },
  };
}

function fakePage(): GuardianOptions & { events: string[]; flags: Record<string, string | undefined> } {
  const events: string[] = [];
  return {
    events,
    flags: {},
    pause: () => void events.push('pause'),
    resume: () => void events.push('resume'),
    showRestoring: (on) => void events.push(`restoring ${on ? 'on' : 'off'}`),
    reload: (reason) => void events.push(`reload: ${reason}`),
    isHidden: () => false,
    now: () => Date.now(),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('guardian', () => {
  it('handles a context lost while the page is still loading: it waits for the map, then renews the overlay', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    // Loading: the model and the tour are on their way, the map controller does not exist yet.
    guardian.contextLost();
    guardian.contextLost();
    expect(page.events).toEqual(['restoring on', 'pause']);
    expect(page.flags.atlasContext).toBe('lost');
    await vi.advanceTimersByTimeAsync(1000);
    guardian.contextRestored();
    guardian.contextRestored();
    await vi.advanceTimersByTimeAsync(300);
    const map = fakeMap(500);
    guardian.bind(map);
    await vi.advanceTimersByTimeAsync(500);
    expect(map.calls).toEqual(['renewOverlay', `settled(${IDLE_WAIT_MS})`]);
    expect(page.events).toEqual(['restoring on', 'pause', 'restoring off', 'resume']);
    expect(page.flags).toMatchObject({ atlasContext: 'ok', atlasRecoveries: '1', atlasLastRecoveryMs: '1800', atlasLastRestoreMs: '800' });
    expect(guardian.stats).toEqual({ lost: 2, recovered: 1, rebuilt: 0, errors: 0 });
  });

  it('measures a recovery from the loss, not from the restore', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    guardian.bind(fakeMap(1200));
    guardian.contextLost();
    await vi.advanceTimersByTimeAsync(2000);
    guardian.contextRestored();
    await vi.advanceTimersByTimeAsync(1200);
    expect(page.flags.atlasLastRecoveryMs).toBe('3200');
    expect(page.flags.atlasLastRestoreMs).toBe('1200');
  });

  it('waits until every lost canvas is back before renewing', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    const map = fakeMap();
    guardian.bind(map);
    guardian.contextLost();
    guardian.contextLost();
    guardian.contextRestored();
    await vi.advanceTimersByTimeAsync(100);
    expect(map.calls).toEqual([]);
    guardian.contextRestored();
    await vi.advanceTimersByTimeAsync(0);
    expect(map.calls).toEqual(['renewOverlay', `settled(${IDLE_WAIT_MS})`]);
  });

  it('rebuilds when the context is not back within RESTORE_WAIT_MS, and reloads on a second failure within ten minutes', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    const map = fakeMap(400);
    guardian.bind(map);
    guardian.contextLost();
    await vi.advanceTimersByTimeAsync(RESTORE_WAIT_MS - 1);
    expect(map.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(map.calls).toEqual(['rebuild', `settled(${IDLE_WAIT_MS})`]);
    expect(page.flags.atlasContext).toBe('rebuilding');
    await vi.advanceTimersByTimeAsync(400);
    expect(page.flags).toMatchObject({ atlasContext: 'ok', atlasLastRecoveryMs: String(RESTORE_WAIT_MS + 400) });
    expect(guardian.stats.rebuilt).toBe(1);

    await vi.advanceTimersByTimeAsync(60_000);
    guardian.contextLost();
    await vi.advanceTimersByTimeAsync(RESTORE_WAIT_MS);
    expect(page.events.at(-1)).toBe('reload: a second map failure within ten minutes');
    expect(guardian.stats.rebuilt).toBe(1);
  });

  it('reloads when the rebuilt map does not draw within IDLE_WAIT_MS', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    guardian.bind(fakeMap(0, false));
    guardian.stalled();
    await vi.advanceTimersByTimeAsync(IDLE_WAIT_MS);
    expect(page.events).toEqual(['restoring on', 'pause', 'reload: the rebuilt map did not draw']);
  });

  it('runs one recovery at a time', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    const map = fakeMap(300);
    guardian.bind(map);
    guardian.stalled();
    guardian.stalled();
    guardian.contextLost();
    await vi.advanceTimersByTimeAsync(300);
    expect(map.calls.filter((c) => c === 'rebuild')).toHaveLength(1);
    expect(page.events.filter((e) => e === 'pause')).toHaveLength(1);
  });

  it('does not check chapters opened before the first view is drawn (start-up waits for its own first frame)', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    const map = fakeMap(30_000);
    guardian.bind(map);
    guardian.chapterChanged();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(map.calls).toEqual([]);
    expect(page.events).toEqual([]);
  });

  it('rebuilds when a chapter does not settle, unless the page is hidden', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    const map = fakeMap(30_000);
    guardian.bind(map);
    guardian.firstViewDrawn();
    guardian.chapterChanged();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(map.calls).toEqual(['settled(20000)', 'rebuild', `settled(${IDLE_WAIT_MS})`]);

    const hidden = { ...fakePage(), isHidden: () => true };
    const quiet = createGuardian(hidden);
    const map2 = fakeMap(30_000);
    quiet.bind(map2);
    quiet.firstViewDrawn();
    quiet.chapterChanged();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(map2.calls).toEqual(['settled(20000)']);
  });

  it('reloads at a loop boundary for more than five errors, age or a large heap, and only then', async () => {
    const page = fakePage();
    const guardian = createGuardian(page);
    expect(guardian.atLoopBoundary()).toBe(false);
    for (let i = 0; i < 6; i++) guardian.errorOccurred();
    expect(page.flags.atlasErrors).toBe('6');
    expect(guardian.atLoopBoundary()).toBe(true);
    expect(page.events.at(-1)).toBe('reload: errors');

    const old = fakePage();
    const aged = createGuardian(old);
    vi.setSystemTime(SOFT_RELOAD_MS);
    expect(aged.atLoopBoundary()).toBe(true);
    expect(old.events).toEqual(['reload: age']);

    const big = fakePage();
    const heavy = createGuardian({ ...big, heap: () => ({ used: 80, limit: 100 }) });
    expect(heavy.atLoopBoundary()).toBe(true);
    expect(big.events).toEqual(['reload: heap']);
  });
});
