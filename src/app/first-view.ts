/**
 * The end of every start: wait for the first frame (the `atlas:first-frame` mark), then draw the
 * rest (places, labels, flows) and report `ready`; offline support starts a second later so the
 * service worker's precaching never competes with the first view.
 */
import { t } from '../i18n/format';
import { byId } from '../ui/dom';
import type { Core } from './core';

async function startOffline(core: Core): Promise<void> {
  const { startOffline } = await import('../offline/offline');
  const root = document.documentElement;
  const badge = byId('offline-badge');
  core.live.offline = startOffline(() => {
    badge.hidden = false;
    root.dataset.offline = 'ready';
    const { lang } = core.store.getState();
    badge.textContent = t(lang, 'offlineReady');
    badge.title = t(lang, 'offlineReadyTitle', { version: __APP_VERSION__ });
  });
}

export async function showFirstView(core: Core): Promise<void> {
  const { controller, scene } = core;
  scene.placeLabels();
  await controller.firstFrame;
  performance.mark('atlas:first-frame');
  scene.showAll();
  await controller.nextFrame();
  performance.mark('atlas:complete');
  document.documentElement.dataset.atlasState = 'ready';
  core.guardian.firstViewDrawn();
  scene.updateClock();
  if (core.options.offline) window.setTimeout(() => void startOffline(core), 1000);
}
