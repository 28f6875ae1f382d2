/**
 * Legs as the map draws them: a leg whose great circle leaves the Mercator range (Chongqing - New
 * York, over the pole) is drawn as its parts below the polar circle, each next to its own city, with
 * a "via the Arctic" label at each cut end (geo/polar-split.ts). Every other leg is drawn as it is.
 * Pure; parts are computed once per leg.
 */
import type { LonLat } from '../geo/lon-lat';
import { splitPolar, type LinePart, type Pole } from '../geo/polar-split';
import type { LegFeature } from '../model/schema';

const partsByLeg = new WeakMap<LegFeature, LinePart[]>();

/** The drawable parts of a leg (one part, its own line, unless it passes near a pole). */
export function legParts(leg: LegFeature): LinePart[] {
  let parts = partsByLeg.get(leg);
  if (!parts) {
    parts = splitPolar(leg.geometry.coordinates);
    partsByLeg.set(leg, parts);
  }
  return parts;
}

/**
 * One feature per drawn part: the leg itself when it is drawn whole, otherwise a copy per part with
 * the part's line and the leg's properties (so picking, hover, colour and width are the leg's).
 */
export function drawnLegs(legs: readonly LegFeature[]): LegFeature[] {
  return legs.flatMap((leg) => {
    const parts = legParts(leg);
    if (parts.length === 1 && parts[0]?.cutStart === null && parts[0].cutEnd === null) return [leg];
    return parts.map((p): LegFeature => ({ ...leg, geometry: { type: 'LineString', coordinates: p.coordinates } }));
  });
}

/** A cut end of a polar leg, where the map says where the line goes on. */
export interface PolarLabel {
  leg: LegFeature;
  position: LonLat;
  pole: Pole;
}

export function polarLabels(legs: readonly LegFeature[]): PolarLabel[] {
  return legs.flatMap((leg) => legParts(leg).flatMap((p) => [p.cutStart, p.cutEnd]
    .filter((c) => c !== null)
    .map((c): PolarLabel => ({ leg, position: c.at, pole: c.pole }))));
}
