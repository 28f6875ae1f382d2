/**
 * What every mode shares, in start-up order: the store, the guardian (before anything can lose a
 * WebGL context), the model and basemap, the map controller and scene renderer, the store -> map
 * wiring, the common UI, and the tour loading in the background. Each start-*.ts adds its mode.
 */
import { loadModel } from '../load/load-model';
import { loadTour } from '../load/load-tour';
import { loadWorld } from '../load/load-world';
import { buildBasemapStyle } from '../map/basemap-style';
import { createMapController, type MapController } from '../map/map-controller';
import { createSceneRenderer, type SceneRenderer } from '../map/scene-renderer';
import type { AtlasModel } from '../model/schema';
import type { Guardian } from '../reliability/guardian';
import { buildModelIndex, resolveSelection, type ModelIndex } from '../state/selectors';
import { createAtlasStore, selectTheme, type AtlasStore } from '../state/store';
import { tourRefsOf } from '../tour/tour-refs';
import type { Tour } from '../tour/tour-schema';
import { t } from '../i18n/format';
import { byId } from '../ui/dom';
import { applyStaticText } from '../ui/static-text';
import { mountCommonUi } from './common-ui';
import type { LaunchOptions } from './launch-options';
import { clickedFeature, hoverOf, pickedFeature, tooltipText } from './map-picking';
import type { Rect } from '../geo/free-area';
import { mapScaleFor, type MapScale } from '../map/layers/layer-context';
import { selectionMarks } from '../map/subject';
import type { Selection } from '../state/slices/selection-slice';
import { DARK_SCHEME_QUERY, REDUCED_MOTION_QUERY, showStatus, warn } from './page';
import { createPageGuardian, type LiveParts } from './page-guardian';

export interface Core {
  options: LaunchOptions;
  store: AtlasStore;
  guardian: Guardian;
  model: AtlasModel;
  index: ModelIndex;
  controller: MapController;
  scene: SceneRenderer;
  mapElement: HTMLElement;
  /** The tour named by the URL, loading since the model arrived; null (with a warning shown) if it is broken. */
  tour: Promise<Tour | null>;
  /** The scene, the tour player and offline support once they exist (the guardian and the URL sync use them). */
  live: LiveParts;
  /** The map's type scale (present mode scales labels, lines and dots for the room). */
  mapScale: MapScale;
  /** The one camera policy for a selection: frame its lines and labelled places in the free area. */
  frame(selection: Selection | null, duration?: number): void;
  togglePanel(open?: boolean): void;
  /** Clicks select and hovering highlights corridors and places (off while the measure tool is on). */
  setPicking(enabled: boolean): void;
}

/**
 * Boxes over the map (in map pixels) that a framed subject keeps clear of: the visible
 * `[data-map-overlay]` (the tour caption, present mode's panel), not the transient notices
 * (`data-map-overlay="transient"`: start screen, hints) that go away on their own.
 */
function overlayRects(mapElement: HTMLElement): Rect[] {
  const map = mapElement.getBoundingClientRect();
  return [...document.querySelectorAll<HTMLElement>('[data-map-overlay]:not([data-map-overlay="transient"])')]
    .filter((el) => !el.hidden && el.offsetParent !== null)
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ x0: r.left - map.left, y0: r.top - map.top, x1: r.right - map.left, y1: r.bottom - map.top }));
}

/** The tour, or null with a warning: a broken tour file must not take the map down. */
async function loadTourOrWarn(id: string, model: AtlasModel): Promise<Tour | null> {
  try {
    return await loadTour(id, tourRefsOf(model));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    warn(message);
    showStatus('warning', message);
    return null;
  }
}

export async function startCore(options: LaunchOptions): Promise<Core> {
  const root = document.documentElement;
  const store = createAtlasStore(options.store);
  root.dataset.theme = selectTheme(store.getState());
  applyStaticText(store.getState().lang);
  const live: LiveParts = { scene: null, player: null, offline: null };
  const guardian = createPageGuardian(store, live);

  const [model, world] = await Promise.all([loadModel(), loadWorld()]);
  const index = buildModelIndex(model);
  const tour = loadTourOrWarn(options.tourId, model);
  const linkedSelection = options.sel ? resolveSelection(index, options.sel) : null;
  if (options.sel) {
    if (!linkedSelection) warn(`sel="${options.sel}" is not a corridor or place; ignoring it`);
    store.getState().select(linkedSelection);
  }
  const mapScale = mapScaleFor(options.uiScale);
  const frame = (selection: Selection | null, duration?: number): void => {
    const marks = selectionMarks(index, selection, { lang: store.getState().lang, ...mapScale });
    if (marks.length > 0) store.getState().requestCamera({ kind: 'frame', marks, ...(duration !== undefined ? { duration } : {}) });
  };

  const builtInStyle = (): ReturnType<typeof buildBasemapStyle> => buildBasemapStyle(selectTheme(store.getState()), world);
  const mapElement = byId('map');
  let picking = true;
  const controller = createMapController(mapElement, options.style ?? builtInStyle(), builtInStyle(), store.getState().view, {
    onViewChange: (view) => {
      store.getState().setViewFromMap(view);
      live.scene?.placeLabels();
    },
    onZoom: (zoom) => live.scene?.setZoom(zoom),
    onClick: (info) => {
      if (!picking) return;
      const h = hoverOf(clickedFeature(info));
      const sel = h ? { kind: h.kind, id: h.id } : null;
      store.getState().select(sel);
      frame(sel);
    },
    onHover: (info) => {
      const next = picking ? hoverOf(pickedFeature(info)) : null;
      const prev = store.getState().hover;
      if (next?.id !== prev?.id || next?.legId !== prev?.legId) store.getState().setHover(next);
    },
    getTooltip: (info) => (picking ? tooltipText(store, index, pickedFeature(info)) : null),
    onStyleError: () => showStatus('warning', t(store.getState().lang, 'styleError', { url: options.style ?? '' })),
    onContextLost: () => guardian.contextLost(),
    onContextRestored: () => guardian.contextRestored(),
  }, { cooperativeGestures: options.cooperativeGestures, noRotation: options.kiosk, obstacles: () => overlayRects(mapElement) });
  guardian.bind(controller);
  controller.setLabel(t(store.getState().lang, 'mapLabel'));
  const scene = createSceneRenderer(store, index, controller, mapElement, mapScale);
  live.scene = scene;

  store.subscribe((s, prev) => {
    if (s.lang !== prev.lang) {
      applyStaticText(s.lang);
      controller.setLabel(t(s.lang, 'mapLabel'));
    }
    if (selectTheme(s) !== selectTheme(prev)) {
      root.dataset.theme = selectTheme(s);
      if (!options.style) {
        const style = builtInStyle();
        controller.setStyle(style, style);
      }
    }
    if (s.cameraRequest && s.cameraRequest !== prev.cameraRequest) controller.camera(s.cameraRequest, s.reducedMotion);
    if (s.reducedMotion !== prev.reducedMotion || s.flowsPaused !== prev.flowsPaused || s.screen !== prev.screen) scene.updateClock();
    if (s.lang !== prev.lang || s.selection !== prev.selection || s.directions !== prev.directions || s.modes !== prev.modes) scene.placeLabels();
    scene.schedule();
  });
  // A link with a selection and no map= view opens framed on the selection.
  if (linkedSelection && !options.linkedView) frame(linkedSelection, 0);

  const togglePanel = (open?: boolean): void => {
    const next = open ?? root.dataset.panel !== 'open';
    if (next) root.dataset.panel = 'open';
    else delete root.dataset.panel;
  };
  const setPicking = (enabled: boolean): void => {
    picking = enabled;
    if (!enabled && store.getState().hover) store.getState().setHover(null);
  };
  const core: Core = { options, store, guardian, model, index, controller, scene, mapElement, tour, live, mapScale, frame, togglePanel, setPicking };
  mountCommonUi(core);

  const reduceMotion = window.matchMedia(REDUCED_MOTION_QUERY);
  const darkScheme = window.matchMedia(DARK_SCHEME_QUERY);
  document.addEventListener('visibilitychange', () => scene.updateClock());
  reduceMotion.addEventListener('change', () => store.getState().setReducedMotion(options.forceReducedMotion || reduceMotion.matches));
  darkScheme.addEventListener('change', () => store.getState().setSystemDark(darkScheme.matches));
  return core;
}
