/**
 * Offline use after the first visit: a Workbox service worker (vite-plugin-pwa, generateSW)
 * precaches the app, the model, the basemap and the tours. A new version waits; a kiosk applies it
 * only at a loop boundary, so a reload never cuts into a chapter.
 */
import { registerSW } from 'virtual:pwa-register';

export interface Offline {
  /** Apply a waiting update now (reloads the page); false if there is none. */
  applyUpdate(): boolean;
}

export function startOffline(onReady: () => void): Offline {
  if (!('serviceWorker' in navigator)) return { applyUpdate: () => false };
  let waiting = false;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      waiting = true;
      document.documentElement.dataset.atlasUpdate = 'waiting';
    },
    onOfflineReady: onReady,
    onRegisteredSW(_url, registration) {
      // Later visits: an active worker that controls the page means everything is precached.
      if (registration?.active && navigator.serviceWorker.controller) onReady();
    },
    onRegisterError(error: unknown) {
      console.warn(`Corridor Atlas: offline support is not available: ${error instanceof Error ? error.message : String(error)}`);
    },
  });
  return {
    applyUpdate() {
      if (!waiting) return false;
      void update(true);
      return true;
    },
  };
}
