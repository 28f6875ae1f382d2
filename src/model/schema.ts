/**
 * The compiled model the app loads: one RFC 7946 FeatureCollection (legs as LineStrings, places as
 * Points) with the fact registry, sources and corridor index as foreign members.
 */
import type {
  Aliases, ContextId, Corridor, CorridorId, Direction, ExternalRef, Fact, FactContext, FactId, I18nText, LegId, LegRole, MainRoute, Mode, PlaceId, PlaceKind, PlaceRole, SourceDoc,
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
  /**
   * The filter direction: the corridor's own direction when it has one (the filter convention: the
   * China-Europe railway is "west" though it sets out north-east); for a corridor whose direction
   * is `all` (air routes), the compass quarter of the leg's initial great-circle bearing from its
   * origin (src/geo/direction.ts). tests/unit/geo-rules.test.ts states this rule.
   */
  direction: Direction;
  inferred: boolean;
  /** An onward connection for the route planner (a sailing on from the corridor's port): not framed with the corridor. */
  onward?: boolean;
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
  /**
   * Corridors through the place: those with a leg that passes it and, for a city, those with a leg
   * that passes one of its hubs (a `hub` place within CITY_HUB_RADIUS_KM of it; build-model.ts).
   */
  corridors: CorridorId[];
  /** Other names to search by (search only). */
  aliases?: Aliases;
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

/** The main route as compiled: its ends and legs, its drawn length and the cited official length. */
export interface ModelMainRoute extends Omit<MainRoute, 'officialKm'> {
  /** Sum of the main route's legs' drawn lengths, in km. */
  drawnKm: number;
  /** The official length in km, from the fact `officialFact`, where one is cited. */
  officialKm?: number;
  officialFact?: FactId;
}

/** A corridor as the app sees it: its record without the legs, plus what the build derived. */
export interface ModelCorridor extends Omit<Corridor, 'facts' | 'legs' | 'mainRoute'> {
  /** Key facts in display order (the corridor file's `facts`). */
  keyFacts: FactId[];
  /** Every fact that refers to this corridor. */
  facts: FactId[];
  legs: LegId[];
  modes: Mode[];
  /** The main route's drawn length (never a sum of branches). */
  drawnKm: number;
  mainRoute: ModelMainRoute;
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
