/**
 * Place labels in the current language: deck.gl TextLayer with SDF glyphs generated locally for the
 * characters in use (no font or glyph server) from a CJK-capable font stack. Which labels show is
 * decided by label-placement.ts (priority, no overlaps); waypoint labels are candidates only when
 * zoomed in. Pure factory.
 */
import { TextLayer } from '@deck.gl/layers';
import type { PlaceFeature } from '../../model/schema';
import { LABEL_OFFSET_X, mapLabelText } from '../label-placement';
import { LABEL_COLORS } from '../palette';
import { focusKey, isOnFocusedCorridor, isPlaceFocused, type LayerContext } from './layer-context';

export const LABEL_LAYER_ID = 'place-labels';
export const LABEL_FONT_FAMILY = '"Noto Sans CJK SC","PingFang SC","Microsoft YaHei","Hiragino Sans GB",sans-serif';

const ROLE_PRIORITY: Readonly<Record<PlaceFeature['properties']['role'], number>> = { hub: 30, gateway: 20, destination: 15, waypoint: 0 };
/** Zoom from which waypoint labels are offered (still subject to collisions). */
export const WAYPOINT_LABEL_ZOOM = 5;

export function labelPriority(p: PlaceFeature, ctx: LayerContext): number {
  let priority = ROLE_PRIORITY[p.properties.role];
  if (isPlaceFocused(ctx, p)) priority += 100;
  else if (isOnFocusedCorridor(ctx, p)) priority += 50;
  if (p.properties.id === 'chongqing') priority += 60;
  return priority;
}

/** Places that get a label at this zoom: no waypoints when zoomed out, and only places on some corridor. */
export function labelledPlaces(places: readonly PlaceFeature[], zoomBucket: number): PlaceFeature[] {
  return places.filter((p) => p.properties.role !== 'waypoint' || zoomBucket >= WAYPOINT_LABEL_ZOOM);
}

/** Label sizes in pixels at a desk; present mode multiplies them by its map label scale. */
export const BASE_LABEL_PX = 12;
export const FOCUS_LABEL_PX = 14;

/** Label size in pixels: hubs and the selected place larger, all of them scaled for the room in present mode. */
export function labelSize(p: PlaceFeature, ctx: LayerContext): number {
  return (p.properties.role === 'hub' || isPlaceFocused(ctx, p) ? FOCUS_LABEL_PX : BASE_LABEL_PX) * ctx.labelScale;
}

export function createLabelLayer(places: readonly PlaceFeature[], ctx: LayerContext): TextLayer<PlaceFeature> {
  const colors = LABEL_COLORS[ctx.theme];
  return new TextLayer<PlaceFeature>({
    id: LABEL_LAYER_ID,
    data: places,
    getPosition: (p) => p.geometry.coordinates,
    getText: (p) => mapLabelText(p.properties.name[ctx.lang]),
    getSize: (p) => labelSize(p, ctx),
    getColor: colors.text,
    getTextAnchor: 'start',
    getAlignmentBaseline: 'center',
    getPixelOffset: [LABEL_OFFSET_X * ctx.labelScale, 0],
    fontFamily: LABEL_FONT_FAMILY,
    characterSet: 'auto',
    fontSettings: { sdf: true, buffer: 6 },
    outlineWidth: 3,
    outlineColor: [...colors.halo, 230],
    sizeUnits: 'pixels',
    pickable: false,
    updateTriggers: { getText: ctx.lang, getSize: [focusKey(ctx), ctx.labelScale], getColor: ctx.theme, outlineColor: ctx.theme },
  });
}
