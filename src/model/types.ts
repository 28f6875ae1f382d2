/**
 * Record types of the Corridor Atlas model: the cited fact registry (seeds/), the hand-written
 * geography (data/) and the compiled model the app loads. Pure types; no I/O.
 */

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

export type FactId = Brand<string, 'FactId'>;
export type PlaceId = Brand<string, 'PlaceId'>;
export type CorridorId = Brand<string, 'CorridorId'>;
export type LegId = Brand<string, 'LegId'>;
export type SourceId = Brand<string, 'SourceId'>;

/** Text in every language the app speaks. */
export interface I18nText {
  en: string;
  zh: string;
}

export const LANGS = ['en', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

/** A date with the precision the source gives: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

// ---------------------------------------------------------------- seeds (fact registry)

/** Metadata of one source document; one seeds file per document. */
export interface SourceDoc {
  /** The document's file name in ../shared/seeds without extension, e.g. `001_b6676536deae5f0a`. */
  id: SourceId;
  title: string;
  outlet: string;
  /** Publication date as precise as known. */
  date: PartialDate;
  /** True when the date is inferred from the content rather than printed on the page. */
  dateInferred?: boolean;
  language: Lang;
  note?: string;
}

export const UNITS = [
  'trains', 'ports', 'countries', 'cities', 'routes', 'enterprises', 'projects', 'agreements',
  'CNY', 'USD', 'percent', 'sqm', 'days', 'years', 'hours', 'minutes', 'services', 'events',
  'consulates', 'pairs', 'districts', 'railway-corridors', 'railway-routes', 'expressways',
  'instruments', 'facilities', 'clusters', 'companies', 'institutions', 'actions', 'tasks',
  'streets', 'hubs', 'rank', 'count', 'edition', 'rounds', 'km',
] as const;
export type Unit = (typeof UNITS)[number];

interface FactBase {
  id: FactId;
  label: I18nText;
  /** The date the value is "as of" (partial dates allowed). */
  asOf: PartialDate;
  /** Corridor and place ids the fact belongs to (may be empty for city-wide facts). */
  refs: string[];
  /** Verbatim words from the document, at most 30 words, containing the value. */
  quote: string;
  /** Optional free-text qualifier shown next to the value ("more than", "about", ...). */
  qualifier?: 'more-than' | 'about' | 'nearly' | 'at-least' | 'exceeded' | 'up-to';
}

export interface QuantityFact extends FactBase {
  kind: 'quantity';
  value: number;
  unit: Unit;
}

export interface DateFact extends FactBase {
  kind: 'date';
  /** The date itself (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); a range end goes in `until`. */
  date: PartialDate;
  until?: PartialDate;
}

export interface ListFact extends FactBase {
  kind: 'list';
  items: string[];
}

export interface TextFact extends FactBase {
  kind: 'text';
  /** A short verbatim phrase that is the fact ("the largest rail head linking with the EU"). */
  text: string;
}

export type Fact = QuantityFact | DateFact | ListFact | TextFact;

export interface SeedFile {
  source: SourceDoc;
  facts: Fact[];
}

// ---------------------------------------------------------------- data (geography)

export const PLACE_KINDS = [
  'hub', 'rail-terminal', 'river-port', 'seaport', 'border-crossing', 'airport', 'city',
  'expo-venue', 'junction', 'new-area',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** Codes used in ../shared/reference for where a coordinate comes from. */
export const COORD_SOURCES = ['GN', 'NE', 'WP', 'V', 'gk', 'gk~'] as const;
export type CoordSource = (typeof COORD_SOURCES)[number];

export interface Place {
  id: PlaceId;
  name: I18nText;
  kind: PlaceKind;
  /** [longitude, latitude], WGS84. */
  coord: [number, number];
  coordSource: CoordSource;
  /** Free-text detail on the coordinate source (article, dataset). */
  coordNote?: string;
  /** Role on the map: hubs are Chongqing's own nodes, gateways are border/sea exits. */
  role: 'hub' | 'gateway' | 'destination' | 'waypoint';
}

export const MODES = ['rail', 'river', 'sea', 'road', 'air', 'data'] as const;
export type Mode = (typeof MODES)[number];

export const DIRECTIONS = ['east', 'west', 'south', 'north', 'regional'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/** An unnamed control point that shapes a line between named places. */
export interface ControlPoint {
  at: [number, number];
  note: string;
}

export type Waypoint = PlaceId | ControlPoint;

export interface Leg {
  id: LegId;
  name: I18nText;
  mode: Mode;
  /** Trunk lines are drawn wider than feeders and branches. */
  role: 'trunk' | 'branch' | 'feeder';
  /**
   * Ordered waypoints. Rail, river and road legs list every place or control point they pass.
   * Sea legs give their two ports (routed on MARNET at build time) and may add control points.
   * Air and data legs give their ends (great-circle arcs).
   */
  via: Waypoint[];
  /** True where the routing is our inference rather than a published routing. */
  inferred: boolean;
  /**
   * Sea legs only. `lanes` (default): each pair of consecutive waypoints is joined on the MARNET
   * sea-lane network. `charted`: straight lines through the waypoints (short coastal hops where the
   * network is too coarse).
   */
  routing?: 'lanes' | 'charted';
  note?: string;
  facts?: FactId[];
}

/** A corridor's direction; `all` is for the air routes, whose legs each take their own bearing. */
export const CORRIDOR_DIRECTIONS = [...DIRECTIONS, 'all'] as const;
export type CorridorDirection = (typeof CORRIDOR_DIRECTIONS)[number];

/**
 * The corridor's main route: named ends and the legs that join them, in order, each leg starting
 * where the one before it ends. Its drawn length is the corridor's length (never a sum of branches).
 */
export interface MainRoute {
  from: PlaceId;
  to: PlaceId;
  legs: LegId[];
  /** A quantity fact in km: the official (cited) length of this route, where one exists. */
  officialKm?: FactId;
}

export interface Corridor {
  id: CorridorId;
  name: I18nText;
  short: I18nText;
  direction: CorridorDirection;
  status: 'operating' | 'under-construction' | 'planned';
  summary: I18nText;
  facts: FactId[];
  legs: Leg[];
  mainRoute: MainRoute;
}
