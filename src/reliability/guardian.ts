/**
 * Keeps the page drawing (SPEC section 6): the WebGL context-loss ladder, a check that the map
 * settles after each chapter, uncaught-error counting, and the decision to reload at a loop
 * boundary. The timings and decisions are in policy.ts; the frame heartbeat is heartbeat.ts.
 *
 * The guardian is created before the map: a context lost while the page is still loading starts
 * the ladder at once, and the ladder waits for the map (`bind`) before it renews or rebuilds it.
 */
import { escalate, IDLE_WAIT_MS, reloadReason, RESTORE_WAIT_MS, TRANSITION_IDLE_MS } from './policy';

/** The part of the map controller the ladder drives. */
/** What the guardian needs of the map (the map controller provides it; declared here so reliability depends on nothing). */
export interface GuardedMap {
  /** Replace the deck.gl overlay after a restored context (deck.gl does not rebuild its GPU resources). */
  renewOverlay(): void;
  /** Recreate the map and the overlay from the current state. */
  rebuild(): void;
  /** Resolves true when the map is idle within the timeout, false otherwise. */
  settled(timeoutMs: number): Promise<boolean>;
}

export interface GuardianOptions {
  /** Pause and resume whatever moves (the tour) while the map is restored. */
  pause(): void;
  resume(): void;
  showRestoring(on: boolean): void;
  reload(reason: string): void;
  /** Where the context state and recovery times are published (the root element's dataset). */
  flags: Record<string, string | undefined>;
  /** True while the page is hidden (a hidden page need not settle). */
  isHidden(): boolean;
  /** JS heap in use and its limit, where the browser tells (Chromium's performance.memory). */
  heap?(): { used: number; limit: number } | null;
  now?: () => number;
}

export interface Guardian {
  /** Hand over the map once it exists. A recovery started before waits for it. */
  bind(map: GuardedMap): void;
  contextLost(): void;
  contextRestored(): void;
  /** The heartbeat saw no frames while frames were expected: rebuild. */
  stalled(): void;
  /** The first view is drawn: from now on a chapter change must settle (start-up has its own wait). */
  firstViewDrawn(): void;
  /** A chapter began: the map must settle within TRANSITION_IDLE_MS (ignored before the first view). */
  chapterChanged(): void;
  /** An uncaught error or rejection (counted against the error budget). */
  errorOccurred(): void;
  /** At the end of a loop: reload if errors piled up, the page is old or the heap is large. True if reloading. */
  atLoopBoundary(): boolean;
  readonly stats: { lost: number; recovered: number; rebuilt: number; errors: number };
}

export function createGuardian(o: GuardianOptions): Guardian {
  const now = o.now ?? (() => Date.now());
  const flags = o.flags;
  const startedAt = now();
  const failures: number[] = [];
  const errors: number[] = [];
  const stats = { lost: 0, recovered: 0, rebuilt: 0, errors: 0 };
  let lostCanvases = 0;
  let recovering = false;
  let drawnOnce = false;
  let onRestored: (() => void) | null = null;
  let bindMap: (map: GuardedMap) => void = () => undefined;
  const mapReady = new Promise<GuardedMap>((resolve) => {
    bindMap = resolve;
  });

  const setState = (state: 'ok' | 'lost' | 'rebuilding'): void => {
    flags.atlasContext = state;
  };
  setState('ok');

  // When the current recovery began (the loss, a stalled heartbeat or an unsettled chapter), and
  // when the context came back: a visitor sees the blank from the first, so that is what counts.
  let recoveryStart = 0;
  let restoredAt = 0;
  const finish = (): void => {
    const t = now();
    flags.atlasLastRecoveryMs = String(Math.round(t - recoveryStart));
    flags.atlasLastRestoreMs = String(Math.round(t - (restoredAt || recoveryStart)));
    recovering = false;
    stats.recovered += 1;
    flags.atlasRecoveries = String(stats.recovered);
    setState('ok');
    o.showRestoring(false);
    o.resume();
  };

  const fail = async (): Promise<void> => {
    const decision = escalate(failures, now());
    failures.push(now());
    if (decision === 'reload') {
      o.reload('a second map failure within ten minutes');
      return;
    }
    const map = await mapReady;
    setState('rebuilding');
    restoredAt = now();
    stats.rebuilt += 1;
    lostCanvases = 0;
    map.rebuild();
    if (await map.settled(IDLE_WAIT_MS)) finish();
    else o.reload('the rebuilt map did not draw');
  };

  const waitForRestore = (): Promise<boolean> => new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => {
      onRestored = null;
      resolve(false);
    }, RESTORE_WAIT_MS);
    onRestored = () => {
      restoredAt = now();
      clearTimeout(timer);
      onRestored = null;
      resolve(true);
    };
  });

  const recover = async (): Promise<void> => {
    if (await waitForRestore()) {
      const map = await mapReady;
      // MapLibre rebuilds its style on restore; deck.gl's GPU resources are gone, so it gets a new overlay.
      map.renewOverlay();
      if (await map.settled(IDLE_WAIT_MS)) {
        finish();
        return;
      }
    }
    await fail();
  };

  /** One recovery at a time: show the notice, pause the tour, then run `step`. */
  const startRecovery = (step: () => Promise<void>): void => {
    if (recovering) return;
    recovering = true;
    recoveryStart = now();
    restoredAt = 0;
    o.showRestoring(true);
    o.pause();
    void step();
  };

  return {
    bind(map) {
      bindMap(map);
    },
    contextLost() {
      stats.lost += 1;
      lostCanvases += 1;
      startRecovery(() => {
        setState('lost');
        return recover();
      });
    },
    contextRestored() {
      lostCanvases = Math.max(0, lostCanvases - 1);
      if (lostCanvases === 0) onRestored?.();
    },
    stalled() {
      startRecovery(fail);
    },
    firstViewDrawn() {
      drawnOnce = true;
    },
    chapterChanged() {
      if (recovering || !drawnOnce) return;
      void mapReady.then((map) => map.settled(TRANSITION_IDLE_MS)).then((ok) => {
        if (!ok && !o.isHidden()) startRecovery(fail);
      });
    },
    errorOccurred() {
      errors.push(now());
      stats.errors += 1;
      flags.atlasErrors = String(stats.errors);
    },
    atLoopBoundary() {
      const heap = o.heap?.() ?? null;
      const reason = reloadReason({ startedAt, now: now(), errors, ...(heap ? { heapUsed: heap.used, heapLimit: heap.limit } : {}) });
      if (!reason) return false;
      o.reload(reason);
      return true;
    },
    stats,
  };
}
