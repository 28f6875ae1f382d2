/**
 * The compiled model the app loads: one RFC 7946 FeatureCollection (legs as LineStrings, places as
 * Points) with the fact registry, sources and corridor index as foreign members.
 */
import type {
  ContextId, Corridor, CorridorId, Direction, ExternalRef, Fact, FactContext, FactId, I18nText, LegId, LegRole, Mode, PlaceId, PlaceKind, PlaceRole, SourceDoc,
} from './types';

/** Bump when the shape below changes in a way old readers cannot handle. */
export const MODEL_SCHEMA_VERSION = 1;

/** The two kinds of source a figure can come from. */
export const SOURCE_KINDS = ['seed', 'external'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** A fact with its source: a seed document (`sources`) or an external reference (`references`). */
export type ModelFact = Fact & { source: string; sourceKind: SourceKind };

export type { SourceDoc };

export interface LegProperties {
  kind: 'leg';
  id: LegId;
  corridor: CorridorId;
  name: I18nText;
  mode: Mode;
  role: LegRole;
  /** The leg's own direction from Chongqing (the corridor's, or by bearing for air legs). */
  direction: Direction;
  inferred: boolean;
  /** Length of the drawn line in km, not an official distance. */
  drawnKm: number;
  /** Named places the leg passes, in order. */
  places: PlaceId[];
  facts: FactId[];
  note?: string;
}

export interface PlaceProperties {
  kind: 'place';
  id: PlaceId;
  name: I18nText;
  placeKind: PlaceKind;
  role: PlaceRole;
  coordSource: string;
  coordNote?: string;
  corridors: CorridorId[];
}

export interface LegFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'LineString'; coordinates: [number, number][] };
  properties: LegProperties;
}

export interface PlaceFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: PlaceProperties;
}

/** A corridor as the app sees it: its record without the legs, plus what the build derived. */
export interface ModelCorridor extends Omit<Corridor, 'facts' | 'legs'> {
  /** Key facts in display order (the corridor file's `facts`). */
  keyFacts: FactId[];
  /** Every fact that refers to this corridor. */
  facts: FactId[];
  legs: LegId[];
  modes: Mode[];
  drawnKm: number;
  /** Background contexts shown in this corridor's panel (their facts name no corridor). */
  contexts: ContextId[];
}

export interface AtlasModel {
  type: 'FeatureCollection';
  schemaVersion: number;
  sources: SourceDoc[];
  /** External references (published sources outside the seed documents). */
  references: ExternalRef[];
  /** Background contexts of facts that name no corridor or place. */
  contexts: FactContext[];
  facts: ModelFact[];
  corridors: ModelCorridor[];
  features: Array<LegFeature | PlaceFeature>;
}
