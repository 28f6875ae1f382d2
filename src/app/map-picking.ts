/** What the map's pointer events mean: the picked feature, the hover it sets, its tooltip. */
import type { PickingInfo } from '@deck.gl/core';
import { formatKm, t } from '../i18n/format';
import { MODE_NAMES } from '../i18n/strings';
import type { LegFeature, PlaceFeature } from '../model/schema';
import type { ModelIndex } from '../state/selectors';
import type { Hover } from '../state/slices/selection-slice';
import type { AtlasStore } from '../state/store';
import { PLACE_LAYER_ID, placeRadius } from '../map/layers/place-layer';

/** A place dot as drawn on the screen: its centre and radius in CSS pixels. */
export interface ScreenDot {
  id: string;
  x: number;
  y: number;
  radius: number;
}

/** Pixels around a dot that still count as a click on it (a finger or an unsteady hand). */
export const PICK_SLOP_PX = 4;

/**
 * The dot a click at (x, y) means: among the dots whose disc (radius + slop) covers the click, the
 * one whose centre is nearest (ties go to the larger dot). Where dots overlap at world zoom the
 * topmost drawn one is not necessarily the one under the pointer (trust audit C.14: a click on
 * Manzhouli selected Zabaykalsk). Null when no dot covers the click.
 */
export function nearestDot(x: number, y: number, dots: readonly ScreenDot[], slop: number = PICK_SLOP_PX): string | null {
  let best: { id: string; d: number; r: number } | null = null;
  for (const dot of dots) {
    const d = Math.hypot(dot.x - x, dot.y - y);
    if (d > dot.radius + slop) continue;
    if (!best || d < best.d || (d === best.d && dot.radius > best.r)) best = { id: dot.id, d, r: dot.radius };
  }
  return best?.id ?? null;
}

/**
 * The feature a click selects: deck.gl's pick, except that a picked place is replaced by the drawn
 * place dot nearest the click point (from the place layer's own data, so hidden places never win).
 */
export function clickedFeature(info: PickingInfo): LegFeature | PlaceFeature | null {
  const picked = pickedFeature(info);
  if (!picked || picked.properties.kind !== 'place' || info.layer?.id !== PLACE_LAYER_ID || !info.viewport) return picked;
  const data: unknown = info.layer.props.data;
  if (!Array.isArray(data)) return picked;
  const places = data as PlaceFeature[];
  const viewport = info.viewport;
  const dots = places.map((p): ScreenDot => {
    const [x = Number.NaN, y = Number.NaN] = viewport.project([p.geometry.coordinates[0] ?? 0, p.geometry.coordinates[1] ?? 0]);
    return { id: p.properties.id, x, y, radius: placeRadius(p) };
  });
  const id = nearestDot(info.x, info.y, dots);
  return places.find((p) => p.properties.id === id) ?? picked;
}

export function pickedFeature(info: PickingInfo): LegFeature | PlaceFeature | null {
  const o: unknown = info.object;
  if (typeof o !== 'object' || o === null || !('properties' in o)) return null;
  return o as LegFeature | PlaceFeature;
}

export function hoverOf(f: LegFeature | PlaceFeature | null): Hover | null {
  if (!f) return null;
  return f.properties.kind === 'leg'
    ? { kind: 'corridor', id: f.properties.corridor, legId: f.properties.id }
    : { kind: 'place', id: f.properties.id };
}

export function tooltipText(store: AtlasStore, index: ModelIndex, f: LegFeature | PlaceFeature | null): string | null {
  if (!f) return null;
  const { lang } = store.getState();
  if (f.properties.kind === 'place') return t(lang, 'tooltipPlace', { place: f.properties.name[lang] });
  const p = f.properties;
  return t(lang, 'tooltipLeg', {
    corridor: index.corridorById.get(p.corridor)?.short[lang] ?? p.corridor,
    leg: p.name[lang],
    mode: MODE_NAMES[p.mode][lang],
    km: formatKm(p.drawnKm, lang),
  });
}
