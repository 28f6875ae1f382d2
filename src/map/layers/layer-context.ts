/** What every layer factory needs to know about the state: plain values, no store. */
import type { PlaceFeature } from '../../model/schema';
import type { Lang } from '../../model/types';
import type { Theme } from '../palette';

export interface LayerContext {
  theme: Theme;
  lang: Lang;
  selectedCorridor: string | null;
  selectedPlace: string | null;
  /** Corridors and places a tour chapter points at (a selection takes precedence). */
  highlightCorridors: readonly string[];
  highlightPlaces: readonly string[];
  hoverCorridor: string | null;
  hoverLeg: string | null;
  /** Integer zoom bucket for zoom-dependent label priority. */
  zoomBucket: number;
  /** Map type scale (present mode: follows --ui-scale; 1 at a desk): labels, and lines and dots. */
  labelScale: number;
  lineScale: number;
  /** The route planner's options: their legs are in focus, every other leg is dimmed. */
  plannerLegs?: readonly string[];
  /** The option under the pointer or focus in the planner's table. */
  plannerFocus?: readonly string[];
  /** Sea lanes re-routed round closed passages, and the legs they replace (dimmed). */
  plannerLanes?: ReadonlyArray<{ id: string; path: Array<[number, number]> }>;
}

export const DIM_ALPHA = 70;
export const FULL_ALPHA = 235;

/** True when `corridor` is in focus; null when nothing is (no selection, no tour highlight). */
export function isFocused(ctx: LayerContext, corridor: string): boolean | null {
  if (ctx.selectedCorridor) return ctx.selectedCorridor === corridor;
  if (ctx.highlightCorridors.length > 0) return ctx.highlightCorridors.includes(corridor);
  return null;
}

/** A key that changes whenever the focus does (for deck.gl updateTriggers). */
export function focusKey(ctx: LayerContext): string {
  return `${ctx.selectedCorridor ?? ''}|${ctx.selectedPlace ?? ''}|${ctx.highlightCorridors.join(',')}|${ctx.highlightPlaces.join(',')}|${(ctx.plannerLegs ?? []).join(',')}|${(ctx.plannerFocus ?? []).join(',')}|${(ctx.plannerLanes ?? []).map((l) => l.id).join(',')}`;
}

/** In the planner (nothing selected): true for a leg of a shown option that no re-routed lane replaces; null outside the planner. */
export function isLegInPlan(ctx: LayerContext, legId: string): boolean | null {
  if (ctx.selectedCorridor || ctx.selectedPlace || !ctx.plannerLegs?.length) return null;
  return ctx.plannerLegs.includes(legId) && !(ctx.plannerLanes ?? []).some((l) => l.id === legId);
}

/** Alpha for a leg: the planner's focus when it is open, else its corridor's. */
export function legAlpha(ctx: LayerContext, corridor: string, legId: string): number {
  const inPlan = isLegInPlan(ctx, legId);
  if (inPlan !== null) return inPlan ? FULL_ALPHA : DIM_ALPHA;
  return corridorAlpha(ctx, corridor);
}

/** Alpha for something that belongs to `corridor`: dimmed when other corridors are in focus. */
export function corridorAlpha(ctx: LayerContext, corridor: string): number {
  return isFocused(ctx, corridor) === false ? DIM_ALPHA : FULL_ALPHA;
}

export function emphasis(ctx: LayerContext, corridor: string, legId: string): number {
  if (ctx.plannerFocus?.includes(legId) && isLegInPlan(ctx, legId)) return 2;
  if (isLegInPlan(ctx, legId)) return 1.35;
  if (isFocused(ctx, corridor) === true) return 1.6;
  if (ctx.hoverLeg === legId || ctx.hoverCorridor === corridor) return 1.35;
  return 1;
}

/** True when a place is selected or highlighted by the tour. */
export function isPlaceFocused(ctx: LayerContext, place: PlaceFeature): boolean {
  return ctx.selectedPlace === place.properties.id || (ctx.selectedCorridor === null && ctx.highlightPlaces.includes(place.properties.id));
}

/** True when a place lies on a corridor in focus. */
export function isOnFocusedCorridor(ctx: LayerContext, place: PlaceFeature): boolean {
  return place.properties.corridors.some((c) => isFocused(ctx, c) === true);
}

/** True when a place lies on the given corridor. */
export function isOnCorridor(place: PlaceFeature, corridor: string | null): boolean {
  return corridor !== null && place.properties.corridors.some((c) => c === corridor);
}

/** The map's type scale: 1 at a desk; in present mode labels at 4/3 of the caption's scale, lines and dots at it. */
export interface MapScale {
  labelScale: number;
  lineScale: number;
}

export function mapScaleFor(uiScale: number | null): MapScale {
  return uiScale === null ? { labelScale: 1, lineScale: 1 } : { labelScale: (uiScale * 4) / 3, lineScale: uiScale };
}
