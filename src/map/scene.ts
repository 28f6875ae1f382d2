/**
 * From the store's filters to the data each layer draws, and from the state to the layer list.
 * Data arrays keep their identity until the filters change (deck.gl then skips re-uploading them).
 */
import type { Layer } from '@deck.gl/core';
import type { LegFeature, PlaceFeature } from '../model/schema';
import type { Direction, Mode } from '../model/types';
import { memoizeOne } from '../state/memo';
import { selectVisibleLegs, type ModelIndex } from '../state/selectors';
import { drawnLegs, polarLabels, type PolarLabel } from './drawn-legs';
import { createLabelLayer, labelledPlaces } from './layers/label-layer';
import type { SeaFanFactory } from './layers/arc-layer';
import type { LayerContext } from './layers/layer-context';
import { createLegLayers, createPlannerLaneLayer } from './layers/leg-layer';
import { createPlaceLayer } from './layers/place-layer';
import { createPolarLabelLayer } from './layers/polar-label-layer';
import { isSeaFanShown, seaFanLegs } from './layers/sea-fan';
import { buildTrips, createTripsLayer, loopHours, type Trip } from './layers/trips-layer';

export interface Scene {
  visibleLegs: LegFeature[];
  /** The visible legs as drawn: a polar leg as its parts (drawn-legs.ts). */
  drawnLegs: LegFeature[];
  /** "via the Arctic" at the cut ends of the visible polar legs. */
  polarLabels: PolarLabel[];
  seaFan: LegFeature[];
  trips: Trip[];
  places: PlaceFeature[];
  loopH: number;
}

/** The loop length depends on every leg, not on the filters: computed once per model. */
const loopFor = memoizeOne(loopHours);

const buildSceneFor = memoizeOne((index: ModelIndex, visibleLegs: LegFeature[]): Scene => {
  const shown = new Set(visibleLegs.flatMap((l) => l.properties.places));
  const loopH = loopFor(index.legs);
  return {
    visibleLegs,
    drawnLegs: drawnLegs(visibleLegs),
    polarLabels: polarLabels(visibleLegs),
    seaFan: seaFanLegs(visibleLegs),
    trips: buildTrips(visibleLegs, loopH),
    // Places on a visible leg, and places on no corridor at all (expo venues).
    places: index.places.filter((p) => shown.has(p.properties.id) || p.properties.corridors.length === 0),
    loopH,
  };
});

export function selectScene(index: ModelIndex, directions: readonly Direction[], modes: readonly Mode[]): Scene {
  return buildSceneFor(index, selectVisibleLegs(index.legs, directions, modes));
}

/** Zoom from which waypoint dots are drawn (below it they bead every line). */
export const WAYPOINT_DOT_ZOOM = 4;

const dotsFor = memoizeOne((places: PlaceFeature[], withWaypoints: boolean): PlaceFeature[] =>
  withWaypoints ? places : places.filter((p) => p.properties.role !== 'waypoint'));
const placedLabelsFor = memoizeOne((places: PlaceFeature[], ids: ReadonlySet<string>): PlaceFeature[] =>
  places.filter((p) => ids.has(p.properties.id)));

/** Label candidates at this zoom (the placer then picks the ones that fit). */
export function labelCandidates(scene: Scene, zoomBucket: number): PlaceFeature[] {
  return labelledPlaces(scene.places, zoomBucket);
}

/** The layers of the two deck.gl canvases, bottom to top. */
export interface SceneLayers {
  /** Everything that does not move: redrawn only when the view, the data or the state change. */
  still: Layer[];
  /** The flows, on a canvas above, redrawn every animation frame while they move. */
  moving: Layer[];
}

/**
 * Every layer, bottom to top, with stable ids. `labelIds` are the labels the placer accepted.
 * `phase: 'first'` draws the corridors only (the first frame); `'full'` adds the sea fan-out arcs
 * (when shown and once `seaFan`, their on-demand factory, has loaded; above the ground lines, below
 * the places), the places, the labels ("via the Arctic" at polar cuts too) and the flows. Each
 * layer type is a shader program that software WebGL compiles slowly, so the first frame waits for
 * as few as possible. Only the flows move, so only they are redrawn each frame (`moving`); they are
 * drawn above the places and labels.
 */
export function renderStillLayers(scene: Scene, ctx: LayerContext, phase: 'first' | 'full', labelIds: ReadonlySet<string>, seaFan: SeaFanFactory | null = null): Layer[] {
  const [casing, legs] = createLegLayers(scene.drawnLegs, ctx);
  if (phase === 'first') return [casing, legs];
  return [
    casing,
    legs,
    ...(ctx.plannerLanes?.length ? [createPlannerLaneLayer(ctx.plannerLanes, ctx)] : []),
    ...(seaFan && isSeaFanShown(ctx) ? [seaFan(scene.seaFan, ctx)] : []),
    createPlaceLayer(dotsFor(scene.places, ctx.zoomBucket >= WAYPOINT_DOT_ZOOM), ctx),
    createLabelLayer(placedLabelsFor(scene.places, labelIds), ctx),
    ...(scene.polarLabels.length > 0 ? [createPolarLabelLayer(scene.polarLabels, ctx)] : []),
  ];
}

export function renderMovingLayers(scene: Scene, ctx: LayerContext, phase: 'first' | 'full', currentTime: number, flowsVisible: boolean): Layer[] {
  return phase === 'full' && flowsVisible ? [createTripsLayer(scene.trips, currentTime, ctx)] : [];
}

export function renderLayers(scene: Scene, ctx: LayerContext, phase: 'first' | 'full', currentTime: number, flowsVisible: boolean, labelIds: ReadonlySet<string>, seaFan: SeaFanFactory | null = null): SceneLayers {
  return { still: renderStillLayers(scene, ctx, phase, labelIds, seaFan), moving: renderMovingLayers(scene, ctx, phase, currentTime, flowsVisible) };
}
