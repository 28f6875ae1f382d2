/**
 * Turns store state into layers on the map: one render per animation frame (or per clock tick while
 * the flows run), label placement when the camera settles, and the two-phase first frame.
 */
import type { Layer } from '@deck.gl/core';
import type { ModelIndex } from '../state/selectors';
import { selectTheme, type AtlasStore } from '../state/store';
import { createFlowClock, flowHours } from './flow-clock';
import { estimateTextWidth, LABEL_OFFSET_X, mapLabelText, placeLabels } from './label-placement';
import { labelPriority, labelSize } from './layers/label-layer';
import type { SeaFanFactory } from './layers/arc-layer';
import type { LayerContext, MapScale } from './layers/layer-context';
import { isSeaFanShown } from './layers/sea-fan';
import type { MapController } from './map-controller';
import { labelCandidates, renderMovingLayers, renderStillLayers, selectScene } from './scene';

export interface SceneRenderer {
  /** Render on the next animation frame (coalesced; the running clock renders anyway). */
  schedule(): void;
  /** Re-decide which labels fit (after a camera move, or a language, selection or filter change). */
  placeLabels(): void;
  /** The map's zoom changed: re-render when it crosses a whole level. */
  setZoom(zoom: number): void;
  /** Draw everything, not just the corridors (after the first frame). */
  showAll(): void;
  /** Start or stop the flows to match reduced motion, pause and page visibility. */
  updateClock(): void;
  /**
   * Layers drawn above the still layers (the user's imported layers, src/data-io/): kept as given
   * (stable instances and data) until set again.
   */
  setExtraLayers(layers: Layer[]): void;
  /**
   * Video export: the clock stops and everything is drawn now, the flows at `ms` of the video's
   * virtual time (shown whatever reduced motion says: the video is watched elsewhere); null hands
   * the flows back to the clock. True when the still layers were sent again (the state changed).
   */
  renderAt(ms: number | null): boolean;
}

const NONE: readonly string[] = [];

export function createSceneRenderer(store: AtlasStore, index: ModelIndex, controller: MapController, mapElement: Pick<HTMLElement, 'clientWidth' | 'clientHeight'>, scale: MapScale = { labelScale: 1, lineScale: 1 }): SceneRenderer {
  let zoomBucket = Math.floor(store.getState().view.zoom);
  let queued = false;
  let labelIds: ReadonlySet<string> = new Set();
  let phase: 'first' | 'full' = 'first';
  // The still layers are rebuilt only when the state changed since they were last sent; clock
  // ticks send the flows alone, so the canvas under them is not redrawn every frame.
  let stillDirty = true;
  let extra: Layer[] = [];

  const scene = () => selectScene(index, store.getState().directions, store.getState().modes);
  const context = (): LayerContext => {
    const s = store.getState();
    return {
      theme: selectTheme(s),
      lang: s.lang,
      selectedCorridor: s.selection?.kind === 'corridor' ? s.selection.id : null,
      selectedPlace: s.selection?.kind === 'place' ? s.selection.id : null,
      highlightCorridors: s.highlight?.corridors ?? NONE,
      highlightPlaces: s.highlight?.places ?? NONE,
      hoverCorridor: s.hover?.kind === 'corridor' ? s.hover.id : null,
      hoverLeg: s.hover?.legId ?? null,
      zoomBucket,
      ...scale,
      ...(s.plannerLegs.length ? { plannerLegs: s.plannerLegs, plannerFocus: s.plannerFocus, plannerLanes: s.plannerLanes } : {}),
    };
  };
  // The arcs' layer code is a chunk of its own, fetched the first time arcs are shown.
  let seaFan: SeaFanFactory | null = null;
  let seaFanLoading = false;
  const loadSeaFan = (): void => {
    seaFanLoading = true;
    import('./layers/arc-layer').then((m) => {
      seaFan = m.createSeaFanLayer;
      schedule();
    }, () => {
      // Not fetched (offline before the first visit cached it): no arcs; try again on the next change.
      seaFanLoading = false;
    });
  };
  const render = (): boolean => {
    queued = false;
    const sc = scene();
    const ctx = context();
    if (phase === 'full' && !seaFan && !seaFanLoading && isSeaFanShown(ctx)) loadSeaFan();
    const still = stillDirty ? [...renderStillLayers(sc, ctx, phase, labelIds, seaFan), ...extra] : null;
    stillDirty = false;
    const flows = virtualMs === null ? renderMovingLayers(sc, ctx, phase, clock.now(), !store.getState().reducedMotion) : renderMovingLayers(sc, ctx, phase, flowHours(virtualMs, loopH), true);
    controller.setLayers(still, flows);
    return still !== null;
  };
  const loopH = scene().loopH;
  /** A video export's virtual time, or null: the wall clock. */
  let virtualMs: number | null = null;
  const clock = createFlowClock(loopH, render);
  const schedule = (): void => {
    stillDirty = true;
    // A video export draws each frame itself (renderAt).
    if (queued || clock.running || virtualMs !== null) return;
    queued = true;
    requestAnimationFrame(() => render());
  };

  return {
    schedule,
    placeLabels() {
      const ctx = context();
      const lang = store.getState().lang;
      const candidates = labelCandidates(scene(), zoomBucket).map((p) => {
        const { x, y } = controller.project(p.geometry.coordinates);
        const size = labelSize(p, ctx);
        return { id: p.properties.id, x: x + LABEL_OFFSET_X * (ctx.labelScale - 1), y, width: estimateTextWidth(mapLabelText(p.properties.name[lang]), size), height: size * 1.25, priority: labelPriority(p, ctx) };
      });
      labelIds = placeLabels(candidates, { width: mapElement.clientWidth, height: mapElement.clientHeight });
      schedule();
    },
    setZoom(zoom) {
      const bucket = Math.floor(zoom);
      if (bucket !== zoomBucket) {
        zoomBucket = bucket;
        schedule();
      }
    },
    showAll() {
      phase = 'full';
      stillDirty = true;
      render();
    },
    setExtraLayers(layers) {
      extra = layers;
      schedule();
    },
    updateClock() {
      if (virtualMs !== null) return;
      const s = store.getState();
      // Nothing moves under a blank screen either: the map is hidden, so it need not be drawn.
      if (!s.reducedMotion && !s.flowsPaused && !document.hidden && s.screen === 'normal') clock.start();
      else {
        clock.stop();
        schedule();
      }
    },
    renderAt(ms) {
      virtualMs = ms;
      if (ms === null) {
        this.updateClock();
        schedule();
        return false;
      }
      clock.stop();
      return render();
    },
  };
}
