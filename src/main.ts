/** Wiring only: URL -> store, store -> map and UI, map events -> store. */
import type { PickingInfo } from '@deck.gl/core';
import { effectiveAllowlist, parseAllowlist } from './embed/protocol';
import { findParentOrigin, startEmbedApi } from './embed/embed-api';
import { formatKm, t } from './i18n/format';
import { MODE_NAMES } from './i18n/strings';
import { loadJson } from './load/load-json';
import { loadModel } from './load/load-model';
import { loadTour } from './load/load-tour';
import { loadWorld } from './load/load-world';
import { buildBasemapStyle } from './map/basemap-style';
import { createMapController } from './map/map-controller';
import { createSceneRenderer, type SceneRenderer } from './map/scene-renderer';
import type { LegFeature, PlaceFeature } from './model/schema';
import { buildModelIndex, resolveSelection, selectionBounds, selectVisibleLegs, type ModelIndex } from './state/selectors';
import type { Hover, Selection } from './state/slices/selection-slice';
import { DEFAULT_VIEW } from './state/slices/view-slice';
import { createAtlasStore, selectTheme, type AtlasStore } from './state/store';
import { parseHash, parseQuery } from './state/url-state';
import { startUrlSync } from './state/url-sync';
import type { Offline } from './offline/offline';
import { startGuardian } from './reliability/guardian';
import { captionPadding } from './tour/caption-padding';
import { chapterIndex, createTourPlayer, type TourPlayer } from './tour/player';
import { tourRefsOf } from './tour/tour-refs';
import { DEFAULT_TOUR_ID, type Tour } from './tour/tour-schema';
import { crossfade, mountBlankScreen, mountIdleWarning, renderHelp, renderStartScreen, setRestoring } from './ui/present-overlays';
import { mountTourCaption } from './ui/tour-caption';
import { mountTourList } from './ui/tour-list';
import { mountAnnouncer } from './ui/announcer';
import { mountCorridorList } from './ui/corridor-list';
import { mountDetailsPanel } from './ui/details-panel';
import { fullMapUrl, mountEmbedControls } from './ui/embed-controls';
import { byId } from './ui/dom';
import { mountFilterLegend } from './ui/filter-legend';
import { mountHeadlinePanel } from './ui/headline-panel';
import { mountSearchBox } from './ui/search-box';
import { mountShareDialog } from './ui/share-dialog';
import { applyStaticText } from './ui/static-text';
import { mountTableView } from './ui/table-view';
import { mountMapButtons, mountToolbar } from './ui/toolbar';
import './styles.css';
import './ui/tour.css';

const root = document.documentElement;
const warn = (msg: string): void => console.warn(`Corridor Atlas: ${msg}`);

function pickedFeature(info: PickingInfo): LegFeature | PlaceFeature | null {
  const o: unknown = info.object;
  if (typeof o !== 'object' || o === null || !('properties' in o)) return null;
  return o as LegFeature | PlaceFeature;
}

function hoverOf(f: LegFeature | PlaceFeature | null): Hover | null {
  if (!f) return null;
  return f.properties.kind === 'leg'
    ? { kind: 'corridor', id: f.properties.corridor, legId: f.properties.id }
    : { kind: 'place', id: f.properties.id };
}

function tooltipText(store: AtlasStore, index: ModelIndex, f: LegFeature | PlaceFeature | null): string | null {
  if (!f) return null;
  const { lang } = store.getState();
  if (f.properties.kind === 'place') return t(lang, 'tooltipPlace', { place: f.properties.name[lang] });
  const p = f.properties;
  return t(lang, 'tooltipLeg', {
    corridor: index.corridorById.get(p.corridor)?.short[lang] ?? p.corridor,
    leg: p.name[lang],
    mode: MODE_NAMES[p.mode][lang],
    km: formatKm(p.drawnKm, lang),
  });
}

/** True inside an iframe (cross-origin parents included). */
function isFramed(): boolean {
  try {
    return window.self !== window.top;
  } catch {
    return true;
  }
}

/** The deployer's allowlist (embed-origins.json beside index.html); none on failure: no commands. */
async function loadAllowlist(): Promise<string[]> {
  try {
    return parseAllowlist(await loadJson('./embed-origins.json', 'embed allowlist'));
  } catch (err) {
    warn(err instanceof Error ? err.message : String(err));
    return [];
  }
}

function showStatus(kind: 'error' | 'warning', message: string): void {
  const status = document.getElementById('status');
  if (!status) return;
  status.className = `status ${kind}`;
  status.textContent = message;
}

/** The tour, or null with a warning: a broken tour file must not take the map down. */
async function loadTourOrWarn(id: string, model: Parameters<typeof tourRefsOf>[0]): Promise<Tour | null> {
  try {
    return await loadTour(id, tourRefsOf(model));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    warn(message);
    showStatus('warning', message);
    return null;
  }
}

function openPresenterView(lang: string): void {
  window.open(`./presenter.html?lang=${lang}`, 'corridor-atlas-presenter', 'popup,width=900,height=700');
}

async function start(): Promise<void> {
  root.dataset.atlasState = 'loading';
  const query = parseQuery(window.location.search);
  const hash = parseHash(window.location.hash);
  [...query.warnings, ...hash.warnings].forEach(warn);

  const mode = query.value.mode ?? (isFramed() ? 'embed' : 'explore');
  const embed = mode === 'embed';
  const present = mode === 'present';
  // A kiosk (present with loop) resets after 60 s idle unless told otherwise; idle=0 turns that off.
  const idleSeconds = present ? (query.value.idle ?? (query.value.loop ? 60 : 0)) : 0;
  root.dataset.mode = mode;
  if (present) {
    // Type for the viewing distance: 1 at 1280 px wide, growing with the screen up to 2.5 (scale= overrides).
    root.style.setProperty('--ui-scale', String(query.value.scale ?? Math.min(2.5, Math.max(1, window.innerWidth / 1280))));
    if (idleSeconds > 0) root.dataset.kioskMode = '1';
  }
  root.dataset.ui = query.value.ui ?? (embed ? 'minimal' : 'full');
  if (embed && query.value.autoheight) root.dataset.autoheight = '1';

  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  const darkScheme = window.matchMedia('(prefers-color-scheme: dark)');
  const store = createAtlasStore({
    view: hash.value.view ?? DEFAULT_VIEW,
    ...(hash.value.directions ? { directions: hash.value.directions } : {}),
    ...(hash.value.modes ? { modes: hash.value.modes } : {}),
    lang: query.value.lang ?? 'en',
    themeSetting: query.value.theme ?? 'dark',
    systemDark: darkScheme.matches,
    reducedMotion: query.value.motion === 'reduce' || reduceMotion.matches,
  });
  root.dataset.theme = selectTheme(store.getState());
  applyStaticText(store.getState().lang);

  const [model, world, deployedOrigins] = await Promise.all([loadModel(), loadWorld(), embed ? loadAllowlist() : Promise.resolve([])]);
  const index = buildModelIndex(model);
  const tourPromise = loadTourOrWarn(query.value.tour ?? DEFAULT_TOUR_ID, model);
  if (hash.value.sel) {
    const sel = resolveSelection(index, hash.value.sel);
    if (!sel) warn(`sel="${hash.value.sel}" is not a corridor or place; ignoring it`);
    store.getState().select(sel);
  }

  const builtInStyle = (): ReturnType<typeof buildBasemapStyle> => buildBasemapStyle(selectTheme(store.getState()), world);
  const mapElement = byId('map');
  // The renderer is created right after the controller; map events before that are ignored.
  let renderer: SceneRenderer | null = null;
  const controller = createMapController(mapElement, query.value.style ?? builtInStyle(), builtInStyle(), store.getState().view, {
    onViewChange: (view) => {
      store.getState().setViewFromMap(view);
      renderer?.placeLabels();
    },
    onZoom: (zoom) => renderer?.setZoom(zoom),
    onClick: (info) => {
      const h = hoverOf(pickedFeature(info));
      store.getState().select(h ? { kind: h.kind, id: h.id } : null);
    },
    onHover: (info) => {
      const next = hoverOf(pickedFeature(info));
      const prev = store.getState().hover;
      if (next?.id !== prev?.id || next?.legId !== prev?.legId) store.getState().setHover(next);
    },
    getTooltip: (info) => tooltipText(store, index, pickedFeature(info)),
    onStyleError: () => showStatus('warning', t(store.getState().lang, 'styleError', { url: query.value.style ?? '' })),
    onContextLost: () => guardian?.contextLost(),
    onContextRestored: () => guardian?.contextRestored(),
  }, { cooperativeGestures: embed, noRotation: idleSeconds > 0 });
  let guardian: ReturnType<typeof startGuardian> | null = null;
  const scene = createSceneRenderer(store, index, controller, mapElement);
  renderer = scene;

  const fitSelection = (): void => {
    const bounds = selectionBounds(index, store.getState().selection);
    if (bounds) store.getState().requestCamera({ kind: 'fit', bounds });
  };
  const selectAndFit = (sel: Selection | null): void => {
    store.getState().select(sel);
    fitSelection();
  };

  const caption = byId('map-caption');
  const updateCaption = (): void => {
    const s = store.getState();
    caption.textContent = t(s.lang, 'mapCaption', {
      corridors: model.corridors.length, legs: index.legs.length, places: index.places.length, facts: model.facts.length,
      visible: selectVisibleLegs(index.legs, s.directions, s.modes).length,
    });
  };

  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) applyStaticText(s.lang);
    if (s.lang !== prev.lang || s.directions !== prev.directions || s.modes !== prev.modes) updateCaption();
    if (selectTheme(s) !== selectTheme(prev)) {
      root.dataset.theme = selectTheme(s);
      if (!query.value.style) {
        const style = builtInStyle();
        controller.setStyle(style, style);
      }
    }
    if (s.cameraRequest && s.cameraRequest !== prev.cameraRequest) controller.camera(s.cameraRequest, s.reducedMotion);
    if (s.reducedMotion !== prev.reducedMotion || s.flowsPaused !== prev.flowsPaused || s.screen !== prev.screen) scene.updateClock();
    if (s.lang !== prev.lang || s.selection !== prev.selection || s.directions !== prev.directions || s.modes !== prev.modes) scene.placeLabels();
    scene.schedule();
  });

  mountBlankScreen(byId('blank-screen'), store);
  const togglePanel = (open?: boolean): void => {
    const next = open ?? root.dataset.panel !== 'open';
    if (next) root.dataset.panel = 'open';
    else delete root.dataset.panel;
  };
  mountShareDialog(byId<HTMLDialogElement>('share-dialog'), mountToolbar(byId('toolbar'), store), store);
  mountMapButtons(byId('map-buttons'), store, fitSelection);
  mountSearchBox(byId('search'), store, index, selectAndFit);
  mountHeadlinePanel(byId('headline'), store, index);
  mountFilterLegend(byId('filters'), store);
  mountCorridorList(byId('corridor-list'), store, index, selectAndFit);
  mountDetailsPanel(byId('details'), store, index);
  mountTableView(byId<HTMLDialogElement>('table-dialog'), store, index);
  mountAnnouncer(byId('announcer'), store, index);
  applyStaticText(store.getState().lang);
  updateCaption();
  let player: TourPlayer | null = null;
  let offline: Offline | null = null;
  startUrlSync(store, index, warn, (id) => {
    const i = player ? chapterIndex(player.tour, id) : -1;
    if (i < 0) warn(`chapter="${id}" is not in the tour; ignoring it`);
    else player?.open(i);
  });

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !store.getState().tableOpen && store.getState().selection) store.getState().select(null);
  });
  // Single-key shortcuts only while the map has focus (never steal keys from a host page).
  mapElement.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'k' || e.key === 'K') store.getState().setFlowsPaused(!store.getState().flowsPaused);
  });
  const tour = await tourPromise;
  const captionEl = byId('tour-caption');
  const fadeEl = byId('crossfade');
  if (tour) {
    const autoplay = query.value.autoplay ?? (present && query.value.loop === true);
    player = createTourPlayer({
      store,
      tour,
      loop: query.value.loop ?? present,
      ...(query.value.dwell !== undefined ? { dwellOverride: query.value.dwell } : {}),
      padding: () => captionPadding(
        { width: mapElement.clientWidth, height: mapElement.clientHeight },
        captionEl.hidden ? null : { width: captionEl.offsetWidth, height: captionEl.offsetHeight },
      ),
      crossfade: () => crossfade(fadeEl),
    }, { index: 0, playing: false });
    const p = player;
    mountTourCaption(captionEl, store, index, p, { closable: !present, onClose: () => p.leave() });
    if (!embed && !present) mountTourList(byId('tour-list'), store, tour, (i) => p.open(i, false));
    const announcer = byId('announcer');
    p.subscribe((e) => {
      if (e.moved) {
        const { lang } = store.getState();
        announcer.textContent = t(lang, 'tourChapterAnnounce', { n: e.state.index + 1, total: tour.chapters.length, title: e.chapter.title[lang] });
        guardian?.chapterChanged();
      }
      // A loop boundary is the one safe moment for a reload or an update.
      if (e.loopBoundary && !guardian?.atLoopBoundary()) offline?.applyUpdate();
    });
    // Precedence: hash > query > tour. A chapter in the link opens it; a view in the link keeps its camera.
    const linked = chapterIndex(tour, hash.value.chapter);
    if (hash.value.chapter && linked < 0) warn(`chapter="${hash.value.chapter}" is not in the tour; ignoring it`);
    if (present || linked >= 0) {
      p.open(Math.max(0, linked), false);
      if (hash.value.view) store.getState().requestCamera({ kind: 'jump', view: hash.value.view });
      if (hash.value.sel) store.getState().select(resolveSelection(index, hash.value.sel));
    }
    if (present) {
      controller.setKeyboard(false);
      const help = byId<HTMLDialogElement>('help-dialog');
      const startScreen = byId('start-screen');
      const renderOverlays = (): void => {
        renderStartScreen(startScreen, store, tour.title[store.getState().lang]);
        renderHelp(help, store, () => openPresenterView(store.getState().lang));
      };
      renderOverlays();
      store.subscribe((s, prev) => {
        if (s.lang !== prev.lang) renderOverlays();
      });
      startScreen.hidden = false;
      // Only presentations need the presenter code: load it here, not in every first view.
      const { startPresentMode, toggleFullscreen } = await import('./present-mode/present-mode');
      byId('fullscreen-hint').addEventListener('click', () => toggleFullscreen(() => undefined));
      startPresentMode({
        store, player: p, idleSeconds, autoplay, lang: query.value.lang ?? 'en',
        startScreen, idleWarning: mountIdleWarning(byId('idle-warning'), store), help, togglePanel,
        openPresenterView: () => openPresenterView(store.getState().lang),
      });
    }
  }
  if (present) {
    // Present mode shows the panel (legend, details) on L, and when a visitor taps a corridor.
    store.subscribe((s, prev) => {
      if (s.selection && s.selection !== prev.selection) togglePanel(true);
    });
  }

  // Offline support starts once the map is drawn, so the worker's precaching never competes with
  // the first view (embeds never register it: it would be partitioned per site anyway).
  const startOfflineWhenReady = async (): Promise<void> => {
    if (embed) return;
    const { startOffline } = await import('./offline/offline');
    const badge = byId('offline-badge');
    offline = startOffline(() => {
      badge.hidden = false;
      root.dataset.offline = 'ready';
      const { lang } = store.getState();
      badge.textContent = t(lang, 'offlineReady');
      badge.title = t(lang, 'offlineReadyTitle', { version: __APP_VERSION__ });
    });
  };
  const restoring = byId('restoring');
  let resumeTour = false;
  guardian = startGuardian({
    controller,
    pause: () => {
      resumeTour = player?.state.playing ?? false;
      player?.dispatch({ type: 'pause' });
    },
    resume: () => {
      scene.showAll();
      scene.placeLabels();
      if (resumeTour) player?.dispatch({ type: 'play' });
    },
    showRestoring: (on) => setRestoring(restoring, store, on),
    framesExpected: () => store.getState().tourPlaying && store.getState().screen === 'normal',
    reload: (reason) => {
      warn(`reloading: ${reason}`);
      window.location.reload();
    },
  });

  if (embed) {
    mountEmbedControls(byId('embed-controls'), store, byId('map').parentElement ?? mapElement, fullMapUrl(window.location.href));
    startEmbedApi({
      store,
      index,
      apiEnabled: query.value.api === true,
      allowlist: effectiveAllowlist(deployedOrigins, query.value.origin),
      parentOrigin: findParentOrigin(query.value.origin, window.location.ancestorOrigins, document.referrer),
      autoHeight: query.value.autoheight === true,
      version: __APP_VERSION__,
      firstFrame: controller.firstFrame,
      tour: player,
    });
  }
  document.addEventListener('visibilitychange', () => scene.updateClock());
  reduceMotion.addEventListener('change', () => store.getState().setReducedMotion(query.value.motion === 'reduce' || reduceMotion.matches));
  darkScheme.addEventListener('change', () => store.getState().setSystemDark(darkScheme.matches));

  scene.placeLabels();
  await controller.firstFrame;
  performance.mark('atlas:first-frame');
  // Then the rest: places, labels, flows. The page is ready once they are drawn too.
  scene.showAll();
  await controller.nextFrame();
  performance.mark('atlas:complete');
  root.dataset.atlasState = 'ready';
  scene.updateClock();
  window.setTimeout(() => void startOfflineWhenReady(), 1000);
}

start().catch((err: unknown) => {
  root.dataset.atlasState = 'error';
  showStatus('error', err instanceof Error ? err.message : String(err));
  console.error(err);
});
