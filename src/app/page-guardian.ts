/**
 * The guardian as the page uses it, created before the map so no context loss goes unseen. What
 * it pauses and redraws (the tour, the scene) may not exist yet: it acts on what `live` holds.
 */
import type { SceneRenderer } from '../map/scene-renderer';
import type { Offline } from '../offline/offline';
import { createGuardian, type Guardian } from '../reliability/guardian';
import type { AtlasStore } from '../state/store';
import type { TourPlayer } from '../tour/player';
import { byId } from '../ui/dom';
import { setRestoring } from '../ui/present-overlays';
import { warn } from './page';

/** The parts of the page that come and go after the guardian starts. */
export interface LiveParts {
  scene: SceneRenderer | null;
  player: TourPlayer | null;
  /** Offline support, started a second after the first view (never in an embed). */
  offline: Offline | null;
}

interface ChromiumMemory {
  usedJSHeapSize: number;
  jsHeapSizeLimit: number;
}

export function createPageGuardian(store: AtlasStore, live: LiveParts): Guardian {
  const restoring = byId('restoring');
  let resumeTour = false;
  const guardian = createGuardian({
    pause: () => {
      resumeTour = live.player?.state.playing ?? false;
      live.player?.dispatch({ type: 'pause' });
    },
    resume: () => {
      live.scene?.showAll();
      live.scene?.placeLabels();
      if (resumeTour) live.player?.dispatch({ type: 'play' });
    },
    showRestoring: (on) => setRestoring(restoring, store, on),
    reload: (reason) => {
      warn(`reloading: ${reason}`);
      window.location.reload();
    },
    flags: document.documentElement.dataset,
    isHidden: () => document.hidden,
    heap: () => {
      const memory = (performance as Performance & { memory?: ChromiumMemory }).memory;
      return memory ? { used: memory.usedJSHeapSize, limit: memory.jsHeapSizeLimit } : null;
    },
  });
  window.addEventListener('error', () => guardian.errorOccurred());
  window.addEventListener('unhandledrejection', () => guardian.errorOccurred());
  return guardian;
}
