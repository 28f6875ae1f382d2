/** The ids a tour may name, taken from a compiled model. Pure. */
import type { AtlasModel } from '../model/schema';
import type { TourRefs } from './tour-schema';

export function tourRefsOf(model: Pick<AtlasModel, 'facts' | 'corridors' | 'features'>): TourRefs {
  return {
    facts: new Set(model.facts.map((f) => f.id)),
    corridors: new Set(model.corridors.map((c) => c.id)),
    places: new Set(model.features.filter((f) => f.properties.kind === 'place').map((f) => f.properties.id)),
  };
}
