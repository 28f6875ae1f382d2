/**
 * Present (a talk or an unattended kiosk): the core, the tour opened at its first chapter, the
 * start screen, help, the presenter keys and kiosk cycle (present-mode.ts, loaded only here), and
 * the frame heartbeat: the one mode where nobody may be watching the page.
 */
import { startHeartbeat } from '../reliability/heartbeat';
import { byId } from '../ui/dom';
import { mountIdleWarning, renderHelp, renderStartScreen } from '../ui/present-overlays';
import { startCore, type Core } from './core';
import { showFirstView } from './first-view';
import type { LaunchOptions } from './launch-options';
import { startTour } from './tour-setup';

function openPresenterView(lang: string): void {
  window.open(`./presenter.html?lang=${lang}`, 'corridor-atlas-presenter', 'popup,width=900,height=700');
}

function startWatchdog(core: Core): void {
  const { store, guardian } = core;
  startHeartbeat({
    framesExpected: () => store.getState().tourPlaying && store.getState().screen === 'normal',
    isHidden: () => document.hidden,
    onStall: () => guardian.stalled(),
    requestFrame: (callback) => requestAnimationFrame(() => callback()),
  });
  document.documentElement.dataset.atlasHeartbeat = 'on';
}

export async function startPresent(options: LaunchOptions): Promise<void> {
  const core = await startCore(options);
  const { store, controller } = core;
  const tour = await core.tour;
  let afterFirstView: (() => void) | null = null;
  if (tour) {
    const player = startTour(core, tour, { closable: false, openFirst: true });
    controller.setKeyboard(false);
    const help = byId<HTMLDialogElement>('help-dialog');
    const startScreen = byId('start-screen');
    // The video recorder is a chunk of its own, fetched when it opens.
    const recordVideo = (size: { width: number; height: number } | null = null): void => {
      void import('../video/recorder-dialog').then((m) => m.openRecorderFor(core, tour, player, size));
    };
    const renderOverlays = (): void => {
      renderStartScreen(startScreen, store, tour.title[store.getState().lang]);
      renderHelp(help, store, () => openPresenterView(store.getState().lang), () => recordVideo());
    };
    renderOverlays();
    store.subscribe((s, prev) => {
      if (s.lang !== prev.lang) renderOverlays();
    });
    startScreen.hidden = false;
    // Only presentations need the presenter code: load it here, not in every first view.
    const { startPresentMode, toggleFullscreen } = await import('../present-mode/present-mode');
    byId('fullscreen-hint').addEventListener('click', () => toggleFullscreen(() => undefined));
    startPresentMode({
      store, player, idleSeconds: options.idleSeconds, autoplay: options.autoplay, lang: options.store.lang,
      startScreen, idleWarning: mountIdleWarning(byId('idle-warning'), store), help, togglePanel: core.togglePanel,
      openPresenterView: () => openPresenterView(store.getState().lang),
    });
    // record= (automation): the recorder opens once the first view is drawn.
    const { record } = options;
    if (record) afterFirstView = () => recordVideo(record.size);
  }
  // The panel (legend, details) opens on L, and when a visitor taps a corridor.
  store.subscribe((s, prev) => {
    if (s.selection && s.selection !== prev.selection) core.togglePanel(true);
  });
  await showFirstView(core);
  afterFirstView?.();
  // Watched from the first view on: loading under a slow GPU is not a stuck page.
  if (options.heartbeat) startWatchdog(core);
}
