/** What the map's pointer events mean: the picked feature, the hover it sets, its tooltip. */
import type { PickingInfo } from '@deck.gl/core';
import { formatKm, t } from '../i18n/format';
import { MODE_NAMES } from '../i18n/strings';
import type { LegFeature, PlaceFeature } from '../model/schema';
import type { ModelIndex } from '../state/selectors';
import type { Hover } from '../state/slices/selection-slice';
import type { AtlasStore } from '../state/store';

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
