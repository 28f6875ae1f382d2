/**
 * The only owner of the MapLibre map and the deck.gl overlay: one of each for the page's lifetime.
 * Everything else hands it a style and layers.
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Layer } from '@deck.gl/core';
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { StyleSpecification } from './basemap-style';

setWorkerUrl(workerUrl);

export interface MapView {
  center: [number, number];
  zoom: number;
}

/** The first view: Chongqing with Europe to the west and the Pacific to the east. */
export const DEFAULT_VIEW: MapView = { center: [88, 30], zoom: 1.35 };

export interface MapController {
  setLayers(layers: Layer[]): void;
  /** Resolves once the basemap is idle and deck.gl has drawn the layers given. */
  readonly firstFrame: Promise<void>;
  destroy(): void;
}

export function createMapController(container: HTMLElement, style: StyleSpecification, view: MapView = DEFAULT_VIEW): MapController {
  const map = new MapLibreMap({
    container,
    style,
    center: view.center,
    zoom: view.zoom,
    minZoom: 0.5,
    maxZoom: 12,
    maxPitch: 60,
    attributionControl: { compact: true, customAttribution: 'Natural Earth · MARNET © Eurostat (EUPL-1.1)' },
  });

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

  const overlay = new MapLibreOverlay({
    interleaved: false,
    layers: [],
    onAfterRender: () => {
      if (hasLayers && !deckDrawn) {
        deckDrawn = true;
        check();
      }
    },
  });
  map.addControl(overlay);
  map.once('idle', () => {
    mapIdle = true;
    check();
  });

  return {
    setLayers(layers) {
      hasLayers = layers.length > 0;
      overlay.setProps({ layers });
    },
    firstFrame,
    destroy() {
      map.removeControl(overlay);
      overlay.finalize();
      map.remove();
    },
  };
}
