/**
 * Present (a talk or an unattended kiosk): the core, the tour opened at its first chapter, the
 * start screen, help, the presenter keys and kiosk cycle (present-mode.ts, loaded only here), and
 * the frame heartbeat: the one mode where nobody may be watching the page.
 */
import { loadTour, tourIds } from '../load/load-tour';
import { startHeartbeat } from '../reliability/heartbeat';
import type { TourPlayer } from '../tour/player';
import { tourRefsOf } from '../tour/tour-refs';
import type { Tour } from '../tour/tour-schema';
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

/** The video recorder, a chunk of its own fetched when it opens; the presentation pauses while it records. */
function openVideoRecorder(core: Core, tour: Tour, player: TourPlayer, size: { width: number; height: number } | null): void {
  const { store, options } = core;
  let wasPlaying = false;
  void import('../video/recorder-dialog').then(({ openRecorder }) => openRecorder({
    store, index: core.index, controller: core.controller, scene: core.scene, mapScale: core.mapScale,
    tours: tourIds().map((id) => ({ id, title: id === tour.id ? tour.title : null })),
    currentTourId: tour.id,
    loadTour: (id) => (id === tour.id ? Promise.resolve(tour) : loadTour(id, tourRefsOf(core.model))),
    size, maxChapters: options.recordChapters, dwellOverride: options.dwell ?? undefined,
    announce: (text) => {
      byId('announcer').textContent = text;
    },
    beforeRecording: () => {
      wasPlaying = player.state.playing;
      player.dispatch({ type: 'pause' });
    },
    afterRecording: () => player.open(player.state.index, wasPlaying),
  }));
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
    const recordVideo = (size: { width: number; height: number } | null = null): void => openVideoRecorder(core, tour, player, size);
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
