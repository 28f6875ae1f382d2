/**
 * The video export's hold on the map, fetched with the recorder: the map controller hands it its map,
 * container and deck canvases (it stays their only owner). The map is laid out at the video's size
 * and pixel ratio; each frame jumps to its camera, waits until the map is idle, and redraws the map
 * and the deck.gl canvases in one task so they are read before the browser clears them (no
 * preserveDrawingBuffer).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Camera } from './camera-policy';
import type { DeckCanvases } from './deck-canvases';

export interface FrameCapture {
  /** Jump to `camera` and resolve once the map has loaded and drawn what it shows (false: timed out). */
  settle(camera: Camera, timeoutMs: number): Promise<boolean>;
  /**
   * Draw now and hand the layers to `paint` in the same task, bottom first. The map and the still
   * deck.gl canvas are redrawn when the camera moved or `stillChanged` (and kept as one bitmap
   * otherwise, as the page shows them unchanged); the flows are redrawn every frame.
   */
  draw(paint: (layers: readonly CanvasImageSource[]) => void, stillChanged: boolean): void;
  /** Back to the page's size and pixel ratio; camera requests are carried out again. */
  end(): void;
}

/** What the capture needs of a deck.gl overlay (a MapLibreOverlay). */
interface Overlay {
  setProps(props: { useDevicePixels: number | boolean }): void;
}

/** What it needs of the Deck behind an overlaid MapLibreOverlay. */
interface DrawableDeck {
  /** Public on Deck: applies layers given since the last frame (Deck does it in its own loop). */
  layerManager: { updateLayers(): void } | null;
  /** Public on Deck: draws now with a reason. */
  redraw(reason: string): void;
  getCanvas(): HTMLCanvasElement | null;
}

/**
 * The overlay's Deck. MapLibreOverlay keeps it in a private field and offers no public redraw;
 * Deck's own `redraw(reason)` draws at once, which a video frame needs (the canvases are read in the
 * same task, without preserveDrawingBuffer). Checked against deck.gl 9.4 (pinned).
 */
function drawNow(overlay: Overlay | null): HTMLCanvasElement | null {
  if (!overlay) return null;
  const deck = (overlay as unknown as { _deck?: DrawableDeck })._deck;
  if (!deck || typeof deck.redraw !== 'function') throw new Error('deck.gl overlay without a Deck: the video export needs @deck.gl/maplibre 9.4');
  deck.layerManager?.updateLayers();
  deck.redraw('video frame');
  return deck.getCanvas();
}

export function createFrameCapture(map: MapLibreMap, container: HTMLElement, decks: DeckCanvases, size: { width: number; height: number }, pixelRatio: number, onEnd: () => void): FrameCapture {
  map.stop();
  const saved = container.getAttribute('style');
  // Out of the page's layout, at the video's size; the dialog covers the page meanwhile.
  Object.assign(container.style, { position: 'fixed', left: '0px', top: '0px', width: `${size.width}px`, height: `${size.height}px` });
  const setRatio = (ratio: number | null): void => {
    const { still, moving } = decks.overlays();
    for (const o of [still, moving]) o?.setProps({ useDevicePixels: ratio ?? true });
  };
  map.setPixelRatio(pixelRatio);
  setRatio(pixelRatio);
  map.resize();
  // The map and the still layers as one bitmap, valid until the camera or the still layers change.
  const base = document.createElement('canvas');
  let baseValid = false;
  return {
    settle(camera, timeoutMs) {
      baseValid = false;
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        map.once('idle', () => {
          clearTimeout(timer);
          resolve(true);
        });
        map.jumpTo(camera);
        map.triggerRepaint();
      });
    },
    draw(paint, stillChanged) {
      if (!baseValid || stillChanged) {
        map.redraw();
        const mapCanvas = map.getCanvas();
        const still = drawNow(decks.overlays().still);
        base.width = mapCanvas.width;
        base.height = mapCanvas.height;
        const ctx = base.getContext('2d');
        if (!ctx) throw new Error('no 2D canvas');
        ctx.drawImage(mapCanvas, 0, 0);
        if (still) ctx.drawImage(still, 0, 0, base.width, base.height);
        baseValid = true;
      }
      const flows = drawNow(decks.overlays().moving);
      paint(flows ? [base, flows] : [base]);
    },
    end() {
      if (saved === null) container.removeAttribute('style');
      else container.setAttribute('style', saved);
      map.setPixelRatio(window.devicePixelRatio);
      setRatio(null);
      map.resize();
      onEnd();
    },
  };
}
