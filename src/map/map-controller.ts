/**
 * The only owner of the MapLibre map and the deck.gl overlay: one of each for the page's lifetime.
 * Everything else hands it a style, layers and camera requests, and hears back through callbacks.
 */
import type { Layer, PickingInfo } from '@deck.gl/core';
import { MapLibreOverlay } from '@deck.gl/maplibre';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { CameraRequest } from '../state/slices/view-slice';
import { VIEW_LIMITS, type ViewState } from '../state/url-state';
import type { StyleSpecification } from './basemap-style';

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
}

export interface MapController {
  setLayers(layers: Layer[]): void;
  /** Switch the basemap; `fallback` is used if `style` is a URL that fails. */
  setStyle(style: StyleSpecification | string, fallback: StyleSpecification): void;
  camera(request: CameraRequest, reducedMotion: boolean): void;
  /** Resolves once the basemap is idle and deck.gl has drawn the layers given. */
  readonly firstFrame: Promise<void>;
  /** Resolves after deck.gl's next draw (e.g. of the layers just set). */
  nextFrame(): Promise<void>;
  /** Pixel position of a coordinate (for tests and tooltips). */
  project(lngLat: [number, number]): { x: number; y: number };
  getView(): ViewState;
}

/** Padding around a fitted selection, leaving room for the side panel and caption. */
const FIT_PADDING = { top: 40, bottom: 60, left: 40, right: 40 };

export interface MapOptions {
  /** Embed: page scrolling is never hijacked (zoom needs Ctrl/⌘ + scroll, two fingers on touch). */
  cooperativeGestures?: boolean;
}

export function createMapController(
  container: HTMLElement,
  style: StyleSpecification | string,
  fallback: StyleSpecification,
  view: ViewState,
  callbacks: MapCallbacks,
  options: MapOptions = {},
): MapController {
  const map = new MapLibreMap({
    container,
    style,
    center: [view.lng, view.lat],
    zoom: view.zoom,
    bearing: view.bearing,
    pitch: view.pitch,
    minZoom: VIEW_LIMITS.minZoom,
    maxZoom: VIEW_LIMITS.maxZoom,
    maxPitch: VIEW_LIMITS.maxPitch,
    attributionControl: { compact: true, customAttribution: 'Natural Earth · MARNET © Eurostat (EUPL-1.1)' },
    cooperativeGestures: options.cooperativeGestures === true,
  });
  const home = { ...view };
  let usingFallback = typeof style !== 'string';

  let hasLayers = false;
  let deckDrawn = false;
  let mapIdle = false;
  let resolveFirstFrame: () => void = () => undefined;
  const firstFrame = new Promise<void>((resolve) => {
    resolveFirstFrame = resolve;
  });
  const check = (): void => {
    if (deckDrawn && mapIdle) resolveFirstFrame();
  };
  let afterDraw: Array<() => void> = [];

  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers: [],
    onClick: (info) => callbacks.onClick(info),
    onHover: (info) => callbacks.onHover(info),
    getTooltip: (info) => {
      const text = callbacks.getTooltip(info);
      return text === null ? null : { text, className: 'atlas-tooltip' };
    },
    getCursor: ({ isHovering, isDragging }) => (isDragging ? 'grabbing' : isHovering ? 'pointer' : 'grab'),
    onAfterRender: () => {
      if (hasLayers && !deckDrawn) {
        deckDrawn = true;
        check();
      }
      const waiting = afterDraw;
      afterDraw = [];
      waiting.forEach((resolve) => resolve());
    },
  });
  map.addControl(overlay);
  map.once('idle', () => {
    mapIdle = true;
    check();
  });

  const getView = (): ViewState => {
    const c = map.getCenter();
    return { zoom: map.getZoom(), lat: c.lat, lng: c.lng, bearing: map.getBearing(), pitch: map.getPitch() };
  };
  map.on('moveend', () => callbacks.onViewChange(getView()));
  map.on('zoom', () => callbacks.onZoom(map.getZoom()));
  map.on('error', (e) => {
    // A user style that cannot be fetched or parsed: fall back to the built-in basemap once.
    if (!usingFallback && !map.isStyleLoaded()) {
      usingFallback = true;
      callbacks.onStyleError(e.error instanceof Error ? e.error.message : 'style error');
      map.setStyle(fallback);
    }
  });

  return {
    setLayers(layers) {
      hasLayers = layers.length > 0;
      overlay.setProps({ layers });
    },
    setStyle(next, nextFallback) {
      fallback = nextFallback;
      usingFallback = typeof next !== 'string';
      map.setStyle(next);
    },
    camera(request, reducedMotion) {
      const duration = reducedMotion ? 0 : 900;
      if (request.kind === 'fit') {
        const [[w, s], [e, n]] = request.bounds;
        map.fitBounds([[w, s], [e, n]], { padding: FIT_PADDING, duration, maxZoom: 8 });
      } else if (request.kind === 'reset') {
        map.easeTo({ center: [home.lng, home.lat], zoom: home.zoom, bearing: 0, pitch: 0, duration });
      } else {
        const v = request.view;
        const camera = { center: [v.lng, v.lat] as [number, number], zoom: v.zoom, bearing: v.bearing, pitch: v.pitch };
        if (request.duration && !reducedMotion) map.easeTo({ ...camera, duration: request.duration });
        else map.jumpTo(camera);
      }
    },
    firstFrame,
    nextFrame() {
      return new Promise<void>((resolve) => afterDraw.push(resolve));
    },
    project([lng, lat]) {
      const p = map.project([lng, lat]);
      return { x: p.x, y: p.y };
    },
    getView,
  };
}
