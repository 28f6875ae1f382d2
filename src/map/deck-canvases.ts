/**
 * The two deck.gl canvases over the map, each a MapLibreOverlay (not interleaved) with its own
 * layers: the still one (everything that does not move, and the picking) and, added after it so
 * it lies above, the moving one (the flows). deck.gl redraws a canvas only when its layers or the
 * view change, and then rasterises every layer on it, so the animation redraws the flows alone.
 * Owned by map-controller.ts, which alone talks to the map.
 */
import type { Layer } from '@deck.gl/core';
import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';

export interface DeckCanvases {
  /** `still`: null keeps the still canvas's layers as they are (a clock tick moves the flows only). */
  setLayers(still: Layer[] | null, moving: Layer[]): void;
  /** Resolves once each canvas given layers since its last draw has drawn them (or both draw again). */
  nextFrame(): Promise<void>;
  /** Resolves after the still canvas's next draw. */
  stillDrawn(): Promise<void>;
  /** Hand each canvas its layers again (with a map repaint, asks both to draw). */
  refresh(): void;
  /** Add the still overlay to `map`; the moving one follows (on top) with its first layers. */
  addTo(map: MapLibreMap): void;
  /** Remove both overlays from `map` and release them (their GPU resources die with a lost context). */
  drop(map: MapLibreMap): void;
  /** New overlays with the same layers, e.g. on a new map or after a lost context. */
  renew(): void;
  /** Video export (frame-capture.ts): the overlays on the map, for their pixel ratio and an immediate draw. */
  overlays(): { still: MapLibreOverlay | null; moving: MapLibreOverlay | null };
}

interface Canvas {
  overlay: MapLibreOverlay;
  layers: Layer[];
  /** Given layers it has not drawn yet. */
  undrawn: boolean;
  afterDraw: Array<() => void>;
  /** On the map. The moving canvas joins only once it has layers: its WebGL context is created
   * after the first frame, not before (and never under reduced motion). */
  added: boolean;
}

/**
 * `stillProps`: the still overlay's pointer callbacks, tooltip and cursor (nothing on the moving
 * canvas is pickable, so it takes none). `onFirstDraw` runs when the still canvas first draws layers.
 */
export function createDeckCanvases(stillProps: Omit<MapLibreOverlayProps, 'layers' | 'onAfterRender' | 'interleaved'>, onFirstDraw: () => void): DeckCanvases {
  let firstDrawn = false;
  const drawn = (canvas: Canvas): void => {
    canvas.undrawn = false;
    if (canvas === still && canvas.layers.length > 0 && !firstDrawn) {
      firstDrawn = true;
      onFirstDraw();
    }
    const waiting = canvas.afterDraw;
    canvas.afterDraw = [];
    waiting.forEach((resolve) => resolve());
  };
  // A lost context is reported through onError too; the ladder in reliability/ handles it.
  const createStill = (layers: Layer[]): MapLibreOverlay => new MapLibreOverlay({ ...stillProps, interleaved: false, layers, onAfterRender: () => drawn(still), onError: () => undefined });
  const createMoving = (layers: Layer[]): MapLibreOverlay => new MapLibreOverlay({ interleaved: false, layers, onAfterRender: () => drawn(moving), onError: () => undefined });
  const still: Canvas = { overlay: createStill([]), layers: [], undrawn: false, afterDraw: [], added: false };
  const moving: Canvas = { overlay: createMoving([]), layers: [], undrawn: false, afterDraw: [], added: false };
  const canvases = [still, moving];
  let map: MapLibreMap | null = null;
  const add = (canvas: Canvas): void => {
    if (!map || canvas.added || (canvas === moving && canvas.layers.length === 0)) return;
    map.addControl(canvas.overlay);
    canvas.added = true;
  };
  const waitForDraw = (canvas: Canvas): Promise<void> => new Promise<void>((resolve) => canvas.afterDraw.push(resolve));
  const set = (canvas: Canvas, layers: Layer[]): void => {
    canvas.layers = layers;
    canvas.undrawn = true;
    canvas.overlay.setProps({ layers });
    add(canvas);
  };

  return {
    setLayers(nextStill, nextMoving) {
      if (nextStill) set(still, nextStill);
      set(moving, nextMoving);
    },
    nextFrame() {
      const shown = canvases.filter((c) => c.added);
      const pending = shown.filter((c) => c.undrawn);
      return Promise.all((pending.length > 0 ? pending : shown).map(waitForDraw)).then(() => undefined);
    },
    stillDrawn: () => waitForDraw(still),
    refresh() {
      canvases.forEach((c) => c.overlay.setProps({ layers: c.layers }));
    },
    addTo(next) {
      map = next;
      canvases.forEach(add);
    },
    drop(from) {
      canvases.forEach((canvas) => {
        if (!canvas.added) return;
        canvas.added = false;
        const { overlay } = canvas;
        try {
          from.removeControl(overlay);
        } catch {
          // Already detached (the map went away first).
        }
        try {
          overlay.finalize();
        } catch {
          // A lost context can make teardown throw; the overlay is dropped either way.
        }
      });
    },
    renew() {
      still.overlay = createStill(still.layers);
      moving.overlay = createMoving(moving.layers);
    },
    overlays() {
      return { still: still.added ? still.overlay : null, moving: moving.added ? moving.overlay : null };
    },
  };
}
