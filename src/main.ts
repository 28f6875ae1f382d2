/** Wiring only: URL -> store, store -> map and UI, map events -> store. */
import type { PickingInfo } from '@deck.gl/core';
import { effectiveAllowlist, parseAllowlist } from './embed/protocol';
import { findParentOrigin, startEmbedApi } from './embed/embed-api';
import { formatKm, t } from './i18n/format';
import { MODE_NAMES } from './i18n/strings';
import { loadJson } from './load/load-json';
import { loadModel } from './load/load-model';
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

async function start(): Promise<void> {
  root.dataset.atlasState = 'loading';
  const query = parseQuery(window.location.search);
  const hash = parseHash(window.location.hash);
  [...query.warnings, ...hash.warnings].forEach(warn);

  const mode = query.value.mode ?? (isFramed() ? 'embed' : 'explore');
  const embed = mode === 'embed';
  root.dataset.mode = mode;
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
  }, { cooperativeGestures: embed });
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
    if (s.reducedMotion !== prev.reducedMotion || s.flowsPaused !== prev.flowsPaused) scene.updateClock();
    if (s.lang !== prev.lang || s.selection !== prev.selection || s.directions !== prev.directions || s.modes !== prev.modes) scene.placeLabels();
    scene.schedule();
  });

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
  startUrlSync(store, index, warn);

  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !store.getState().tableOpen && store.getState().selection) store.getState().select(null);
  });
  // Single-key shortcuts only while the map has focus (never steal keys from a host page).
  mapElement.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'k' || e.key === 'K') store.getState().setFlowsPaused(!store.getState().flowsPaused);
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
}

start().catch((err: unknown) => {
  root.dataset.atlasState = 'error';
  showStatus('error', err instanceof Error ? err.message : String(err));
  console.error(err);
});
