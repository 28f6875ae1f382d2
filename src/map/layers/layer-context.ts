/** What every layer factory needs to know about the state: plain values, no store. */
import type { PlaceFeature } from '../../model/schema';
import type { Lang } from '../../model/types';
import type { Theme } from '../palette';

export interface LayerContext {
  theme: Theme;
  lang: Lang;
  selectedCorridor: string | null;
  selectedPlace: string | null;
  hoverCorridor: string | null;
  hoverLeg: string | null;
  /** Integer zoom bucket for zoom-dependent label priority. */
  zoomBucket: number;
}

export const DIM_ALPHA = 70;
export const FULL_ALPHA = 235;

/** Alpha for something that belongs to `corridor`: dimmed when another corridor is selected. */
export function corridorAlpha(ctx: LayerContext, corridor: string): number {
  return ctx.selectedCorridor && ctx.selectedCorridor !== corridor ? DIM_ALPHA : FULL_ALPHA;
}

export function emphasis(ctx: LayerContext, corridor: string, legId: string): number {
  if (ctx.selectedCorridor === corridor) return 1.6;
  if (ctx.hoverLeg === legId || ctx.hoverCorridor === corridor) return 1.35;
  return 1;
}

/** True when a place lies on the given corridor. */
export function isOnCorridor(place: PlaceFeature, corridor: string | null): boolean {
  return corridor !== null && place.properties.corridors.some((c) => c === corridor);
}
