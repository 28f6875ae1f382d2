/**
 * The only owner of the MapLibre map and the deck.gl overlays: one map and its two deck canvases
 * (deck-canvases.ts: the still layers, and the flows above them) for the page's lifetime.
 * Everything else hands it a style, layers and camera requests, and hears back through callbacks.
 * The one exception is the context-loss ladder: `renewOverlay` and `rebuild` replace them when a
 * lost WebGL context does not come back on its own.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { AttributionControl, Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { DEFAULT_VIEW, type CameraRequest } from '../state/slices/view-slice';
import { FIT_MAX_ZOOM, VIEW_LIMITS } from '../geo/view-limits';
import type { ViewState } from '../state/url-state';
import type { StyleSpecification } from './basemap-style';
import { applyCameraMove, planCamera, type CameraLimits } from './camera-policy';
import { freeInsets, type Rect } from '../geo/free-area';
import { createDeckCanvases } from './deck-canvases';
import type { FrameCapture } from './frame-capture';

export type { FrameCapture };

setWorkerUrl(workerUrl);

export interface MapCallbacks {
  /** After every camera move ends (user or programmatic). */
  onViewChange(view: ViewState): void;
  /** During moves, with the zoom (for zoom-dependent layers). */
  onZoom(zoom: number): void;
  onClick(info: PickingInfo): void;
  onHover(info: PickingInfo): void;
  getTooltip(info: PickingInfo): string | null;
  /** A user style (style=) failed; the built-in basemap is shown instead. */
  onStyleError(message: string): void;
  /** A WebGL context (the map's or the overlay's) was lost, or came back. */
  onContextLost?(): void;
  onContextRestored?(): void;
}

export interface MapController {
  /** `still`: null keeps the still layers as they are (a clock tick moves the flows only). */
  setLayers(still: Layer[] | null, moving: Layer[]): void;
  /** Switch the basemap; `fallback` is used if `style` is a URL that fails. */
  setStyle(style: StyleSpecification | string, fallback: StyleSpecification): void;
  camera(request: CameraRequest, reducedMotion: boolean): void;
  /** Resolves once the basemap is idle and deck.gl has drawn the layers given. */
  readonly firstFrame: Promise<void>;
  /** Resolves once the layers just set are drawn (after deck.gl's next draw if none are new). */
  nextFrame(): Promise<void>;
  /** True once the map is idle and deck.gl has drawn again; false if that takes longer than `timeoutMs`. */
  settled(timeoutMs: number): Promise<boolean>;
  /** Pixel position of a coordinate (for tests, tooltips and the measure tool's overlay). */
  project(lngLat: [number, number]): { x: number; y: number };
  /** Calls `listener` on every camera move and map resize (kept across a rebuild); returns the unsubscribe. */
  onMove(listener: () => void): () => void;
  /** Calls `listener` with the coordinate of each click or tap on the map, not after a drag (kept across a rebuild); returns the unsubscribe. */
  onClick(listener: (lngLat: [number, number]) => void): () => void;
  getView(): ViewState;
  /** Arrow-key panning (off while a tour drives the camera, so the arrows change chapters). */
  setKeyboard(enabled: boolean): void;
  /** Name the map's one tab stop (MapLibre's canvas, where its keyboard handler listens) in the page's language. */
  setLabel(label: string): void;
  /** The map's one tab stop (changes when the map is rebuilt). */
  focusTarget(): HTMLElement;
  /** Replace the deck.gl overlays (their GPU resources do not survive a lost context). */
  renewOverlay(): void;
  /** Tear down and build the map and the overlay again at the current view. */
  rebuild(): void;
  /**
   * Video export: the map at `size` CSS pixels and `pixelRatio` (so its canvases are the video's
   * size), camera requests ignored, until the capture ends.
   */
  beginCapture(size: { width: number; height: number }, pixelRatio: number): Promise<FrameCapture>;
}


import { ATTRIBUTION } from './attribution';
/** Zoom limits of framed views (selections and tour chapters). */
const CAMERA_LIMITS: CameraLimits = { minZoom: VIEW_LIMITS.minZoom, frameMaxZoom: FIT_MAX_ZOOM };

export interface MapOptions {
  /** Embed: page scrolling is never hijacked (zoom needs Ctrl/⌘ + scroll, two fingers on touch). */
  cooperativeGestures?: boolean;
  /** Kiosk: no rotate or pitch gestures, so visitors cannot leave the map tilted. */
  noRotation?: boolean;
  /** Boxes over the map (map pixels) that a framed subject must keep clear of: a tour caption, a hint. */
  obstacles?: () => Rect[];
}

export function createMapController(
  container: HTMLElement,
  style: StyleSpecification | string,
  fallback: StyleSpecification,
  view: ViewState,
  callbacks: MapCallbacks,
  options: MapOptions = {},
): MapController {
  // Reset view goes to the overview, never back to a shared link's zoomed view (trust audit C.6).
  const home = { ...DEFAULT_VIEW };
  let label = '';
  let currentStyle = style;
  let usingFallback = typeof style !== 'string';
  let keyboard = true;
  const moveListeners = new Set<() => void>();
  const clickListeners = new Set<(lngLat: [number, number]) => void>();
  const listen = <T>(set: Set<T>, listener: T): (() => void) => {
    set.add(listener);
    return () => set.delete(listener);
  };
  /** A video export holds the camera: requests wait (are dropped) until it ends. */
  let capturing = false;

  let deckDrawn = false;
  let mapIdle = false;
  let resolveFirstFrame: () => void = () => undefined;
  const firstFrame = new Promise<void>((resolve) => {
    resolveFirstFrame = resolve;
  });
  const check = (): void => {
    if (deckDrawn && mapIdle) resolveFirstFrame();
  };

  const decks = createDeckCanvases({
    onClick: (info) => callbacks.onClick(info),
    onHover: (info) => callbacks.onHover(info),
    getTooltip: (info) => {
      const text = callbacks.getTooltip(info);
      return text === null ? null : { text, className: 'atlas-tooltip' };
    },
    getCursor: ({ isHovering, isDragging }) => (isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'),
  }, () => {
    deckDrawn = true;
    check();
  });

  const createMap = (at: ViewState): MapLibreMap => {
    const m = new MapLibreMap({
      container,
      style: currentStyle,
      center: [at.lng, at.lat],
      zoom: at.zoom,
      bearing: at.bearing,
      pitch: at.pitch,
      minZoom: VIEW_LIMITS.minZoom,
      maxZoom: VIEW_LIMITS.maxZoom,
      maxPitch: VIEW_LIMITS.maxPitch,
      // The attribution lives in the page's status bar, off the canvas (mountAttribution).
      attributionControl: false,
      // A 4x picture export of a wide map needs more than MapLibre's default 4096 px.
      maxCanvasSize: [8192, 8192],
      cooperativeGestures: options.cooperativeGestures === true,
      ...(options.noRotation ? { dragRotate: false, pitchWithRotate: false, touchPitch: false } : {}),
    });
    if (options.noRotation) m.touchZoomRotate.disableRotation();
    mountAttribution(m);
    if (!keyboard) m.keyboard.disable();
    nameStop(m);
    m.on('moveend', () => callbacks.onViewChange(getView()));
    m.on('zoom', () => callbacks.onZoom(m.getZoom()));
    m.on('move', () => moveListeners.forEach((f) => f()));
    m.on('resize', () => moveListeners.forEach((f) => f()));
    m.on('click', (e) => clickListeners.forEach((f) => f([e.lngLat.lng, e.lngLat.lat])));
    m.on('error', (e) => {
      // A user style that cannot be fetched or parsed: fall back to the built-in basemap once.
      if (!usingFallback && !m.isStyleLoaded()) {
        usingFallback = true;
        callbacks.onStyleError(e.error instanceof Error ? e.error.message : 'style error');
        m.setStyle(fallback);
      }
    });
    return m;
  };

  /**
   * MapLibre's attribution as plain text (never compact), the built-in credits and a user style's
   * sources, in the figure's status bar (`#map-attribution`) when the page has one, on the map if not.
   */
  const attributionHost = container.closest('figure')?.querySelector<HTMLElement>('#map-attribution') ?? null;
  let attribution: AttributionControl | null = null;
  function mountAttribution(m: MapLibreMap): void {
    const control = new AttributionControl({ compact: false, customAttribution: ATTRIBUTION });
    if (!attributionHost) {
      m.addControl(control);
      return;
    }
    // After a rebuild the old control is still in the bar, listening to the map that was removed.
    attribution?.onRemove();
    attribution = control;
    attributionHost.append(control.onAdd(m));
  }

  /** One named tab stop: MapLibre's canvas (tabindex 0, role region) carries the label and the caption. */
  function nameStop(m: MapLibreMap): void {
    const canvas = m.getCanvas();
    if (label) canvas.setAttribute('aria-label', label);
    canvas.setAttribute('aria-describedby', 'map-caption');
  }

  let map = createMap(view);
  // deck.gl's event manager makes each of its canvases a tab stop (tabindex 0, no name, no ring).
  // The map keeps one stop, MapLibre's canvas, where its keyboard handler listens.
  const untab = (): void => {
    container.querySelectorAll('canvas').forEach((c) => {
      if (c === map.getCanvas() || c.tabIndex === -1) return;
      c.tabIndex = -1;
      c.setAttribute('aria-hidden', 'true');
    });
  };
  new MutationObserver(untab).observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: ['tabindex'] });
  decks.addTo(map);
  map.once('idle', () => {
    mapIdle = true;
    check();
  });

  // Both canvases (the map's and deck.gl's) live in the container. These events do not bubble,
  // but capture-phase listeners on an ancestor still see them. preventDefault lets the browser
  // restore the context.
  container.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    callbacks.onContextLost?.();
  }, true);
  container.addEventListener('webglcontextrestored', () => callbacks.onContextRestored?.(), true);

  function getView(): ViewState {
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
  }

  return {
    setLayers(still, moving) {
      decks.setLayers(still, moving);
    },
    setStyle(next, nextFallback) {
      fallback = nextFallback;
      currentStyle = next;
      usingFallback = typeof next !== 'string';
      map.setStyle(next);
    },
    camera(request, reducedMotion) {
      // After the state change has been rendered (a new chapter's caption has its new size).
      queueMicrotask(() => {
        if (capturing) return;
        const size = { width: container.clientWidth, height: container.clientHeight };
        const insets = freeInsets(size, options.obstacles?.() ?? []);
        const move = planCamera(request, { reducedMotion, home, limits: CAMERA_LIMITS, size, insets });
        if (move) applyCameraMove(map, move);
      });
    },
    firstFrame,
    nextFrame: () => decks.nextFrame(),
    settled(timeoutMs) {
      return new Promise<boolean>((resolve) => {
        let idle = false;
        let drawn = false;
        const done = (ok: boolean): void => {
          clearTimeout(timer);
          resolve(ok);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        const target = map;
        target.once('idle', () => {
          idle = true;
          if (drawn) done(true);
        });
        void decks.stillDrawn().then(() => {
          drawn = true;
          if (idle) done(true);
        });
        target.triggerRepaint();
        decks.refresh();
      });
    },
    project([lng, lat]) {
      const p = map.project([lng, lat]);
      return { x: p.x, y: p.y };
    },
    onMove: (listener) => listen(moveListeners, listener),
    onClick: (listener) => listen(clickListeners, listener),
    getView,
    setKeyboard(enabled) {
      keyboard = enabled;
      if (enabled) map.keyboard.enable();
      else map.keyboard.disable();
    },
    setLabel(next) {
      label = next;
      nameStop(map);
    },
    focusTarget: () => map.getCanvas(),
    renewOverlay() {
      decks.drop(map);
      decks.renew();
      decks.addTo(map);
    },
    rebuild() {
      const at = getView();
      decks.drop(map);
      try {
        map.remove();
      } catch {
        // A map whose context is gone may fail to clean up; a new one replaces it regardless.
      }
      container.querySelectorAll('canvas').forEach((c) => c.remove());
      map = createMap(at);
      decks.renew();
      decks.addTo(map);
    },
    async beginCapture(size, pixelRatio) {
      // The capture code is fetched with the recorder, not in the first view.
      const { createFrameCapture } = await import('./frame-capture');
      capturing = true;
      return createFrameCapture(map, container, decks, size, pixelRatio, () => {
        capturing = false;
      });
    },
  };
}
