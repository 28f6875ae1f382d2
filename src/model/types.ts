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

export type ArticleId = Brand<string, 'ArticleId'>;
export type ContextId = Brand<string, 'ContextId'>;
export type ExternalRefId = Brand<string, 'ExternalRefId'>;

/** How a date that the text does not print in full was arrived at. */
export const DATE_BASIS_KINDS = ['inferred', 'year-inferred', 'by'] as const;
export type DateBasisKind = (typeof DATE_BASIS_KINDS)[number];

/**
 * Why a date is what it is when the page does not print it: `inferred` (undated page, dated from
 * its content), `year-inferred` ("On June 23" with no year), `by` (an event "not long ago" before
 * the given date). The note says it in words, in both languages.
 */
export interface DateBasis {
  kind: DateBasisKind;
  note: I18nText;
}

/** One article of a saved page (a page may carry several). */
export interface Article {
  id: ArticleId;
  title: string;
  date: PartialDate;
  dateBasis?: DateBasis;
  /** Corridor, place and context ids the article actually names: the only ones its facts may refer to. */
  names: string[];
}

/** Metadata of one source document; one seeds file per document. */
export interface SourceDoc {
  /** The document's file name in ../shared/seeds without extension, e.g. `001_b6676536deae5f0a`. */
  id: SourceId;
  title: string;
  /** The outlet; absent when the saved page does not name one (shown as "outlet not named"). */
  outlet?: string;
  /** Publication date as precise as known. */
  date: PartialDate;
  /** True when the date is inferred from the content rather than printed on the page. */
  dateInferred?: boolean;
  language: Lang;
  note?: string;
  /** The articles on the page; facts cite one of them (`article`) when there are several. */
  articles: Article[];
}

/** A published source outside the saved seed documents (reference notes, official figures). */
export interface ExternalRef {
  id: ExternalRefId;
  publisher: string;
  title: string;
  date: PartialDate;
  /** The address as text (never fetched by the app). */
  url: string;
  /** The words quoted, verbatim as recorded in `quoteFrom`. */
  quote: string;
  /** Where the quote was read (the page itself is not saved here). */
  quoteFrom?: string;
}

/** A background topic a fact belongs to when no corridor or place is named (e.g. China-ASEAN trade). */
export interface FactContext {
  id: ContextId;
  title: I18nText;
  /** The corridor whose panel shows this context as background, if any. */
  shownWith?: string;
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
  /** The article of the document the fact comes from; required when the document has several. */
  article?: ArticleId;
  /** Why `asOf` is what it is when the text does not print it. */
  asOfBasis?: DateBasis;
  /** A background context (data/contexts.yaml) for facts that name no corridor or place. */
  context?: ContextId;
  /** `plan`: a forward-looking statement, not an established figure. */
  status?: 'plan';
  /** An editorial note shown with the fact (e.g. a word missing from the saved page). */
  note?: I18nText;
}

export interface QuantityFact extends FactBase {
  kind: 'quantity';
  value: number;
  unit: Unit;
  /** The unit as the text scopes it ("countries and regions"); replaces the unit's name. */
  unitText?: I18nText;
  /** The text gives an ordinal ("the third round"): shown as "3rd round", never "3 rounds". */
  ordinal?: boolean;
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
  /** Chinese rendering of the items (the quote stays verbatim English). */
  itemsZh: string[];
}

export interface TextFact extends FactBase {
  kind: 'text';
  /** A short verbatim phrase that is the fact ("the largest rail head linking with the EU"). */
  text: string;
  /** Chinese rendering of the text (the quote stays verbatim English). */
  textZh: string;
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

export interface Corridor {
  id: CorridorId;
  name: I18nText;
  short: I18nText;
  direction: CorridorDirection;
  status: 'operating' | 'under-construction' | 'planned';
  summary: I18nText;
  facts: FactId[];
  legs: Leg[];
}
