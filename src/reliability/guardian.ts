/**
 * Keeps an unattended page alive (SPEC section 6): the WebGL context-loss ladder, a frame heartbeat,
 * a check that the map settles after each chapter, uncaught-error counting, and the decision to
 * reload at a loop boundary. The timings and decisions are in policy.ts.
 */
import type { MapController } from '../map/map-controller';
import { escalate, heartbeatStalled, IDLE_WAIT_MS, reloadReason, RESTORE_WAIT_MS, TRANSITION_IDLE_MS } from './policy';

export interface GuardianOptions {
  controller: MapController;
  /** Pause and resume whatever moves (the tour) while the map is restored. */
  pause(): void;
  resume(): void;
  showRestoring(on: boolean): void;
  /** True while frames are expected (page visible and the tour playing). */
  framesExpected(): boolean;
  reload(reason: string): void;
  now?: () => number;
}

export interface Guardian {
  contextLost(): void;
  contextRestored(): void;
  /** A chapter began: the map must settle within TRANSITION_IDLE_MS. */
  chapterChanged(): void;
  /** At the end of a loop: reload if errors piled up, the page is old or the heap is large. True if reloading. */
  atLoopBoundary(): boolean;
  readonly stats: { lost: number; recovered: number; rebuilt: number; errors: number };
}

interface ChromiumMemory {
  usedJSHeapSize: number;
  jsHeapSizeLimit: number;
}

export function startGuardian(o: GuardianOptions): Guardian {
  const now = o.now ?? (() => Date.now());
  const root = document.documentElement;
  const startedAt = now();
  const failures: number[] = [];
  const errors: number[] = [];
  const stats = { lost: 0, recovered: 0, rebuilt: 0, errors: 0 };
  let lostCanvases = 0;
  let recovering = false;
  let onRestored: (() => void) | null = null;
  let lastFrame = now();

  const setState = (state: 'ok' | 'lost' | 'rebuilding'): void => {
    root.dataset.atlasContext = state;
  };
  setState('ok');

  let restoredAt = 0;
  const finish = (): void => {
    // From the context coming back (or the rebuild starting) to a settled, drawn map.
    root.dataset.atlasLastRecoveryMs = String(Math.round(now() - restoredAt));
    recovering = false;
    stats.recovered += 1;
    root.dataset.atlasRecoveries = String(stats.recovered);
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
    setState('rebuilding');
    restoredAt = now();
    stats.rebuilt += 1;
    lostCanvases = 0;
    o.controller.rebuild();
    if (await o.controller.settled(IDLE_WAIT_MS)) finish();
    else o.reload('the rebuilt map did not draw');
  };

  const recover = async (): Promise<void> => {
    const restored = await new Promise<boolean>((resolve) => {
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
    if (restored) {
      // MapLibre rebuilds its style on restore; deck.gl's GPU resources are gone, so it gets a new overlay.
      o.controller.renewOverlay();
      if (await o.controller.settled(IDLE_WAIT_MS)) {
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
    o.showRestoring(true);
    o.pause();
    void step();
  };

  // Heartbeat: one animation frame a second proves the page still draws.
  const beat = (): void => {
    requestAnimationFrame(() => {
      lastFrame = now();
    });
  };
  setInterval(() => {
    if (document.hidden) {
      lastFrame = now();
      return;
    }
    if (!recovering && heartbeatStalled(lastFrame, now(), o.framesExpected())) {
      lastFrame = now();
      startRecovery(fail);
    }
    beat();
  }, 1000);

  const countError = (): void => {
    errors.push(now());
    stats.errors += 1;
    root.dataset.atlasErrors = String(stats.errors);
  };
  window.addEventListener('error', countError);
  window.addEventListener('unhandledrejection', countError);

  return {
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
    chapterChanged() {
      if (recovering) return;
      void o.controller.settled(TRANSITION_IDLE_MS).then((ok) => {
        if (!ok && !document.hidden) startRecovery(fail);
      });
    },
    atLoopBoundary() {
      const memory = (performance as Performance & { memory?: ChromiumMemory }).memory;
      const reason = reloadReason({ startedAt, now: now(), errors, ...(memory ? { heapUsed: memory.usedJSHeapSize, heapLimit: memory.jsHeapSizeLimit } : {}) });
      if (!reason) return false;
      o.reload(reason);
      return true;
    },
    stats,
  };
}
