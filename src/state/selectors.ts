/** Derived data over the model and the store, as small memoised selectors. Pure. */
import { isLegFeature, isPlaceFeature } from '../model/parse-model';
import type { AtlasModel, LegFeature, ModelCorridor, ModelFact, PlaceFeature } from '../model/schema';
import type { Direction, Mode, SourceDoc } from '../model/types';
import { memoizeOne } from './memo';
import type { Selection } from './slices/selection-slice';

export interface ModelIndex {
  model: AtlasModel;
  legs: LegFeature[];
  places: PlaceFeature[];
  corridorById: ReadonlyMap<string, ModelCorridor>;
  placeById: ReadonlyMap<string, PlaceFeature>;
  factById: ReadonlyMap<string, ModelFact>;
  sourceById: ReadonlyMap<string, SourceDoc>;
  legsByCorridor: ReadonlyMap<string, LegFeature[]>;
}

export function buildModelIndex(model: AtlasModel): ModelIndex {
  const legs = model.features.filter(isLegFeature);
  const places = model.features.filter(isPlaceFeature);
  const legsByCorridor = new Map<string, LegFeature[]>();
  for (const leg of legs) legsByCorridor.set(leg.properties.corridor, [...(legsByCorridor.get(leg.properties.corridor) ?? []), leg]);
  return {
    model,
    legs,
    places,
    corridorById: new Map(model.corridors.map((c) => [c.id, c])),
    placeById: new Map(places.map((p) => [p.properties.id, p])),
    factById: new Map(model.facts.map((f) => [f.id, f])),
    sourceById: new Map(model.sources.map((s) => [s.id, s])),
    legsByCorridor,
  };
}

const visibleLegsByKey = memoizeOne((legs: readonly LegFeature[], directionKey: string, modeKey: string): LegFeature[] => {
  const directions = directionKey.split(',');
  const modes = modeKey.split(',');
  return legs.filter((l) => directions.includes(l.properties.direction) && modes.includes(l.properties.mode));
});

/** Legs whose direction and mode are both shown. Same filter contents, same array (stable for deck.gl). */
export function selectVisibleLegs(legs: readonly LegFeature[], directions: readonly Direction[], modes: readonly Mode[]): LegFeature[] {
  return visibleLegsByKey(legs, [...directions].sort().join(','), [...modes].sort().join(','));
}

/** A selection from an id in a link: corridors first, then places; unknown ids give null. */
export function resolveSelection(index: ModelIndex, id: string | null | undefined): Selection | null {
  if (!id) return null;
  if (index.corridorById.has(id)) return { kind: 'corridor', id };
  if (index.placeById.has(id)) return { kind: 'place', id };
  return null;
}

/** Facts to show for a selection: a corridor's key facts first, then the rest; a place's facts. */
export function selectFacts(index: ModelIndex, selection: Selection | null): ModelFact[] {
  if (!selection) return [];
  const byId = (id: string): ModelFact | undefined => index.factById.get(id);
  if (selection.kind === 'corridor') {
    const c = index.corridorById.get(selection.id);
    if (!c) return [];
    const ids = [...c.keyFacts, ...c.facts.filter((f) => !c.keyFacts.includes(f))];
    return ids.map(byId).filter((f): f is ModelFact => f !== undefined);
  }
  return index.model.facts.filter((f) => f.refs.includes(selection.id));
}

/**
 * The corridors through a place ("Corridors through here"), in the model's corridor order: those
 * the build found for it (place.corridors: its legs, and for a city its hubs' legs).
 */
export function selectPlaceCorridors(index: ModelIndex, placeId: string): ModelCorridor[] {
  const ids = index.placeById.get(placeId)?.properties.corridors ?? [];
  return index.model.corridors.filter((c) => ids.includes(c.id));
}
