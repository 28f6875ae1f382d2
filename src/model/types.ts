/**
 * Record types of the Corridor Atlas model: the cited fact registry (seeds/), the hand-written
 * geography (data/) and the compiled model the app loads. Pure types; no I/O.
 */

import type {
  ArticleOutput, ControlPointOutput, CorridorOutput, DateBasisOutput, DateFactOutput, ExternalRefOutput, FactContextOutput, LegOutput,
  ListFactOutput, PlaceOutput, QuantityFactOutput, SourceDocOutput, TextFactOutput,
} from './schemas';

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type FactId = Brand<string, 'FactId'>;
export type PlaceId = Brand<string, 'PlaceId'>;
export type CorridorId = Brand<string, 'CorridorId'>;
export type LegId = Brand<string, 'LegId'>;
export type SourceId = Brand<string, 'SourceId'>;
export type ArticleId = Brand<string, 'ArticleId'>;
export type ContextId = Brand<string, 'ContextId'>;
export type ExternalRefId = Brand<string, 'ExternalRefId'>;

/** Text in every language the app speaks. */
export interface I18nText {
  en: string;
  zh: string;
}

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A date with the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

// ---------------------------------------------------------------- enums (one list each)
// Each list is the one source of its union type and of the schema that checks it (schemas.ts).

export const UNITS = [
  'trains', 'ports', 'countries', 'cities', 'routes', 'enterprises', 'projects', 'agreements',
  'CNY', 'USD', 'percent', 'sqm', 'days', 'years', 'hours', 'minutes', 'services', 'events',
  'consulates', 'pairs', 'districts', 'railway-corridors', 'railway-routes', 'expressways',
  'instruments', 'facilities', 'clusters', 'companies', 'institutions', 'actions', 'tasks',
  'streets', 'hubs', 'rank', 'count', 'edition', 'rounds', 'km',
  // Emission factors (issue 18): per TEU-km (sea containers) and per tonne-km; `g-co2-per-tkm` where
  // the source prints CO2 only, not CO2e.
  'kg-co2e-per-teu-km', 'g-co2e-per-tkm', 'g-co2-per-tkm',
] as const;
export type Unit = (typeof UNITS)[number];

/** Shown next to a value ("more than", "about", ...). */
export const QUALIFIERS = ['more-than', 'about', 'nearly', 'at-least', 'exceeded', 'up-to', 'as-fast-as'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const FACT_KINDS = ['quantity', 'date', 'list', 'text'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * Why a date is what it is when the text does not print it: `inferred` (undated page, dated from
 * its content), `year-inferred` ("On June 23" with no year), `by` (an event "not long ago" before
 * the given date). The basis's note says it in words, in both languages.
 */
export const DATE_BASIS_KINDS = ['inferred', 'year-inferred', 'by'] as const;
export type DateBasisKind = (typeof DATE_BASIS_KINDS)[number];

/** `plan`: a forward-looking statement ("Chongqing will ..."), not an established figure. */
export const FACT_STATUSES = ['plan'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

export const PLACE_KINDS = [
  'hub', 'rail-terminal', 'river-port', 'seaport', 'border-crossing', 'airport', 'city',
  'expo-venue', 'junction', 'new-area',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Role on the map: hubs are Chongqing's own nodes, gateways are border/sea exits. */
export const PLACE_ROLES = ['hub', 'gateway', 'destination', 'waypoint'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

/** Codes used in ../shared/reference for where a coordinate comes from. */
export const COORD_SOURCES = ['GN', 'NE', 'WP', 'V', 'gk', 'gk~'] as const;
export type CoordSource = (typeof COORD_SOURCES)[number];

export const MODES = ['rail', 'river', 'sea', 'road', 'air', 'data'] as const;
export type Mode = (typeof MODES)[number];

/** Trunk lines are drawn wider than feeders and branches. */
export const LEG_ROLES = ['trunk', 'branch', 'feeder'] as const;
export type LegRole = (typeof LEG_ROLES)[number];

/** How a sea leg joins its waypoints: on MARNET lanes (default) or straight (`charted`). */
export const SEA_ROUTINGS = ['lanes', 'charted'] as const;
export type SeaRouting = (typeof SEA_ROUTINGS)[number];

export const DIRECTIONS = ['east', 'west', 'south', 'north', 'regional'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** A corridor's direction; `all` is for the air routes, whose legs each take their own bearing. */
export const CORRIDOR_DIRECTIONS = [...DIRECTIONS, 'all'] as const;
export type CorridorDirection = (typeof CORRIDOR_DIRECTIONS)[number];

export const CORRIDOR_STATUSES = ['operating', 'under-construction', 'planned'] as const;
export type CorridorStatus = (typeof CORRIDOR_STATUSES)[number];

// ---------------------------------------------------------------- records (inferred from schemas.ts)
// The file formats are defined once, as strict schemas in schemas.ts (build time only); these are
// their output types (type-only imports: nothing of the schemas reaches the browser).

/** Metadata of one source document; one seeds file per document. */
export type SourceDoc = SourceDocOutput;
/** One article of a saved page (a page may carry several); `names` lists what it names. */
export type Article = ArticleOutput;
export type DateBasis = DateBasisOutput;
/** A published source outside the saved seed documents (references/external.yaml). */
export type ExternalRef = ExternalRefOutput;
/** A background topic for facts that name no corridor or place (data/contexts.yaml). */
export type FactContext = FactContextOutput;
export type QuantityFact = QuantityFactOutput;
export type DateFact = DateFactOutput;
export type ListFact = ListFactOutput;
export type TextFact = TextFactOutput;
export type Fact = QuantityFact | DateFact | ListFact | TextFact;

export interface SeedFile {
  source: SourceDoc;
  facts: Fact[];
}

export type Place = PlaceOutput;
/** Other names to search by, per language (a place's or a corridor's `aliases`). */
export type Aliases = NonNullable<Place['aliases']>;
/** An unnamed control point that shapes a line between named places. */
export type ControlPoint = ControlPointOutput;
export type Waypoint = PlaceId | ControlPoint;
export type Leg = LegOutput;
export type Corridor = CorridorOutput;
/** The corridor's main route (named ends, the legs that join them, optional official km fact). */
export type MainRoute = Corridor['mainRoute'];
