/**
 * Strict schemas of every hand-written file the build reads: seeds/*.yaml (source + facts),
 * data/places.yaml, data/corridors/*.yaml and data/tours/*.json. An unknown key or a value outside
 * its list fails the build. Build time only: the browser never imports this file (valibot stays out
 * of every chunk; `types.ts` takes the record types from here with `import type`).
 *
 * Adding a key is one line in the object below that owns it (wrap it in `v.optional(...)` unless
 * every record has it); the type in `types.ts` follows by inference.
 */
import * as v from 'valibot';
import { ID_PATTERN, type Issue } from './issues';
import { parsePartialDate } from './quote-match';
import {
  COORD_SOURCES, CORRIDOR_DIRECTIONS, CORRIDOR_STATUSES, DATE_BASIS_KINDS, DIRECTIONS, FACT_KINDS, FACT_STATUSES, LANGS, LEG_ROLES,
  MODES, PLACE_KINDS, PLACE_ROLES, QUALIFIERS, SEA_ROUTINGS, UNITS,
  type ArticleId, type ContextId, type CorridorId, type ExternalRefId, type FactId, type LegId, type PlaceId, type SourceId,
} from './types';

// ---------------------------------------------------------------- building blocks

function isMapping(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

const got = (issue: v.BaseIssue<unknown>): string => JSON.stringify(issue.input);

/** An object that refuses keys it does not list; the message names the allowed ones. */
function strict<const E extends v.ObjectEntries>(entries: E, what = 'a mapping') {
  const keys = Object.keys(entries).join(', ');
  return v.strictObject(entries, (issue) =>
    issue.expected === 'never' ? `unknown key ${String(issue.received)}; allowed keys: ${keys}` : `must be ${what}, got ${got(issue)}`);
}

/** One value of a list; the message lists the allowed values. */
function oneOf<const T extends readonly string[]>(values: T) {
  return v.picklist(values, (issue) => `must be one of ${values.join(', ')}, got ${got(issue)}`);
}

const text = v.pipe(
  v.string((i) => `must be a non-empty string, got ${got(i)}`),
  v.check((s) => s.trim() !== '', (i) => `must be a non-empty string, got ${got(i)}`),
);
const id = v.pipe(text, v.regex(ID_PATTERN, (i) => `"${String(i.input)}" does not match ${String(ID_PATTERN)}`));
const factId = v.pipe(id, v.transform((s) => s as FactId));
const placeId = v.pipe(id, v.transform((s) => s as PlaceId));
const bool = v.boolean('must be true or false');
const finite = v.pipe(
  v.number((i) => `must be a finite number, got ${got(i)}`),
  v.finite((i) => `must be a finite number, got ${got(i)}`),
);
const partialDate = v.pipe(
  v.string((i) => `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${got(i)}`),
  v.check((s) => parsePartialDate(s) !== undefined, (i) => `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${got(i)}`),
);
const list = <T extends v.GenericSchema>(item: T) => v.array(item, (i) => `must be a list, got ${got(i)}`);
const i18n = strict({ en: text, zh: text }, 'an object with en and zh text');
/**
 * Other names a reader may search for, per language: abbreviations (CIIE), former or local names
 * (Saigon), a country for its capital (Laos). Search only; never shown as the name.
 */
const aliases = strict({ en: v.optional(list(text)), zh: v.optional(list(text)) }, 'a mapping {en: [names], zh: [names]}');

function isPair(x: unknown): x is [number, number] {
  return Array.isArray(x) && x.length === 2 && x.every((n) => typeof n === 'number' && Number.isFinite(n));
}

/** `[longitude, latitude]`; every problem is reported on the pair itself. */
function lonLat(maxLat: number) {
  return v.pipe(
    v.custom<[number, number]>(isPair, (i) => `must be [longitude, latitude], got ${got(i)}`),
    v.check(([lon]) => lon >= -180 && lon <= 180, (i) => `longitude ${String((i.input as number[])[0])} is out of range -180..180`),
    v.check(([, lat]) => lat >= -maxLat && lat <= maxLat, (i) => `latitude ${String((i.input as number[])[1])} is out of range -${maxLat}..${maxLat}`),
  );
}

// ---------------------------------------------------------------- seeds (fact registry)

const articleId = v.pipe(id, v.transform((s) => s as ArticleId));
const contextId = v.pipe(id, v.transform((s) => s as ContextId));

/** Why a date is what it is when the text does not print it, in words in both languages. */
export const DateBasisSchema = strict({ kind: oneOf(DATE_BASIS_KINDS), note: i18n }, 'a mapping {kind, note: {en, zh}}');

/** One article of a saved page. */
export const ArticleSchema = strict({
  id: articleId,
  title: text,
  date: partialDate,
  dateBasis: v.optional(DateBasisSchema),
  /** Corridor, place and context ids the article actually names: the only ones its facts may refer to. */
  names: list(text),
});

export const SourceDocSchema = strict({
  /** The document's file name in ../shared/seeds without extension, e.g. `001_b6676536deae5f0a`. */
  id: v.pipe(text, v.transform((s) => s as SourceId)),
  title: text,
  /** Absent when the saved page names no outlet (shown as "outlet not named"). */
  outlet: v.optional(text),
  /** The articles on the page; a fact cites one (`article`) when there are several. */
  articles: v.pipe(list(ArticleSchema), v.minLength(1, 'must list the page\'s articles')),
  /** Publication date as precise as known. */
  date: partialDate,
  language: oneOf(LANGS),
  /** True when the date is inferred from the content rather than printed on the page. */
  dateInferred: v.optional(bool),
  note: v.optional(text),
});

const factBase = {
  id: factId,
  label: i18n,
  /** The date the value is "as of" (partial dates allowed). */
  asOf: partialDate,
  /** Corridor and place ids the fact belongs to (may be empty for city-wide facts). */
  refs: list(text),
  /** Verbatim words from the document, at most 30 words, containing the value. */
  quote: text,
  /** Shown next to the value ("more than", "about", ...). */
  qualifier: v.optional(oneOf(QUALIFIERS)),
  /** The article of the document the fact comes from; required when the document has several. */
  article: v.optional(articleId),
  /** Why `asOf` is what it is when the text does not print it. */
  asOfBasis: v.optional(DateBasisSchema),
  /** A background context (data/contexts.yaml) for facts that name no corridor or place. */
  context: v.optional(contextId),
  status: v.optional(oneOf(FACT_STATUSES)),
  /** An editorial note shown with the fact (e.g. a word missing from the saved page). */
  note: v.optional(i18n),
};

const quantityEntries = {
  ...factBase,
  kind: v.literal('quantity'),
  value: finite,
  unit: oneOf(UNITS),
  /** The unit as the text scopes it ("countries and regions"); replaces the unit's name. */
  unitText: v.optional(i18n),
  /** The text gives an ordinal ("the third round"): shown as "3rd round", never "3 rounds". */
  ordinal: v.optional(bool),
};
export const QuantityFactSchema = strict(quantityEntries);
export const DateFactSchema = strict({
  ...factBase,
  kind: v.literal('date'),
  /** The date itself; a range end goes in `until`. */
  date: partialDate,
  until: v.optional(partialDate),
});
export const ListFactSchema = strict({
  ...factBase,
  kind: v.literal('list'),
  items: v.pipe(list(text), v.minLength(1, 'must not be empty')),
  /** Chinese rendering of the items, one per item (the quote stays verbatim English). */
  itemsZh: v.pipe(list(text), v.minLength(1, 'must not be empty')),
});
export const TextFactSchema = strict({
  ...factBase,
  kind: v.literal('text'),
  /** A short verbatim phrase that is the fact ("the largest rail head linking with the EU"). */
  text,
  /** Chinese rendering of the text (the quote stays verbatim English). */
  textZh: text,
});

export const FactSchema = v.variant(
  'kind',
  [QuantityFactSchema, DateFactSchema, ListFactSchema, TextFactSchema],
  (i) => `must be one of ${FACT_KINDS.join(', ')}, got ${got(i)}`,
);

export const SeedFileSchema = strict({
  source: SourceDocSchema,
  facts: v.pipe(list(FactSchema), v.minLength(1, 'must be a non-empty list')),
}, 'a mapping with source and facts');

// ---------------------------------------------------------------- external references

export const ExternalRefSchema = strict({
  id: v.pipe(id, v.transform((s) => s as ExternalRefId)),
  publisher: text,
  title: text,
  date: partialDate,
  /** The address as text (never fetched by the app). */
  url: v.pipe(text, v.regex(/^https?:\/\/\S+$/u, (i) => `must be an http(s) address, got ${got(i)}`)),
  /** The words quoted, verbatim from the page. */
  quote: text,
  /** Where the quote was read (the page itself is not saved here). */
  quoteFrom: v.optional(text),
});

/** A fact that cites an external reference (`source`: its id); one of the four fact kinds. */
const ExternalFactSchema = v.variant('kind', [
  strict({ ...quantityEntries, source: text }),
  strict({ ...DateFactSchema.entries, source: text }),
  strict({ ...ListFactSchema.entries, source: text }),
  strict({ ...TextFactSchema.entries, source: text }),
], (i) => `must be one of ${FACT_KINDS.join(', ')}, got ${got(i)}`);

export const ExternalFileSchema = strict({ references: list(ExternalRefSchema), facts: list(ExternalFactSchema) });

// ---------------------------------------------------------------- contexts

export const FactContextSchema = strict({
  id: contextId,
  title: i18n,
  /** The corridor whose panel shows this context as a background section. */
  shownWith: v.optional(text),
});

export const ContextsFileSchema = strict({ contexts: v.pipe(list(FactContextSchema), v.minLength(1, 'must be a non-empty list')) });

// ---------------------------------------------------------------- data (geography)

export const PlaceSchema = strict({
  id: placeId,
  name: i18n,
  /** [longitude, latitude], WGS84. */
  coord: lonLat(90),
  kind: oneOf(PLACE_KINDS),
  coordSource: oneOf(COORD_SOURCES),
  /** Free-text detail on the coordinate source (article, dataset). */
  coordNote: v.optional(text),
  /** Role on the map: hubs are Chongqing's own nodes, gateways are border/sea exits. */
  role: oneOf(PLACE_ROLES),
  aliases: v.optional(aliases),
});

export const PlacesFileSchema = strict({ places: list(PlaceSchema) });

/** An unnamed control point that shapes a line between named places. */
export const ControlPointSchema = strict({
  at: lonLat(90),
  note: v.pipe(v.string('a control point needs a note saying what it is'), v.minLength(1, 'a control point needs a note saying what it is')),
}, 'a control point {at: [lon, lat], note}');

/** A place id, or a control point when the item is a mapping (chosen by shape, so a problem is named inside it). */
const waypoint = v.lazy((input) => (isMapping(input) ? ControlPointSchema : v.pipe(
  v.string((i) => `must be a place id or {at: [lon, lat], note}, got ${got(i)}`),
  v.regex(ID_PATTERN, (i) => `must be a place id or {at: [lon, lat], note}, got ${got(i)}`),
  v.transform((s) => s as PlaceId),
)));

const LegObjectSchema = strict({
  id: v.pipe(id, v.transform((s) => s as LegId)),
  name: i18n,
  mode: oneOf(MODES),
  /** Trunk lines are drawn wider than feeders and branches. */
  role: oneOf(LEG_ROLES),
  /**
   * Ordered waypoints. Rail, river and road legs list every place or control point they pass.
   * Sea legs give their two ports (routed on MARNET at build time) and may add control points.
   * Air and data legs give their ends (great-circle arcs).
   */
  via: v.pipe(list(waypoint), v.minLength(2, 'needs at least two waypoints')),
  /** True where the routing is our inference rather than a published routing. */
  inferred: bool,
  /**
   * Sea legs only. `lanes` (default): each pair of consecutive waypoints is joined on the MARNET
   * sea-lane network. `charted`: straight lines through the waypoints.
   */
  routing: v.optional(oneOf(SEA_ROUTINGS)),
  /**
   * An onward connection beyond the corridor itself (a sailing on from its port, a barge or truck to
   * a destination), there for the route planner's options: the map draws it, but framing the
   * corridor leaves it out so selecting the corridor still shows the corridor.
   */
  onward: v.optional(bool),
  note: v.optional(text),
  facts: v.optional(list(factId)),
});

export const LegSchema = v.pipe(
  LegObjectSchema,
  v.forward(v.check((leg) => leg.routing === undefined || leg.mode === 'sea', 'only sea legs take a routing'), ['routing']),
);

export const CorridorSchema = strict({
  id: v.pipe(id, v.transform((s) => s as CorridorId)),
  name: i18n,
  short: i18n,
  direction: oneOf(CORRIDOR_DIRECTIONS),
  status: oneOf(CORRIDOR_STATUSES),
  summary: i18n,
  facts: list(factId),
  legs: v.pipe(list(LegSchema), v.minLength(1, 'a corridor needs at least one leg')),
  /**
   * The corridor's main route: named ends and the legs that join them, in order, each leg starting
   * where the one before it ends. Its drawn length is the corridor's length (never a sum of branches).
   */
  mainRoute: strict({
    from: placeId,
    to: placeId,
    legs: v.pipe(list(v.pipe(id, v.transform((s) => s as LegId))), v.minLength(1, 'must name at least one leg')),
    /** A quantity fact in km: the official (cited) length of this route, where one exists. */
    officialKm: v.optional(factId),
  }, 'a mapping {from: <place>, to: <place>, legs: [leg ids]}'),
  aliases: v.optional(aliases),
});

// ---------------------------------------------------------------- tours (shape only)

const tourLonLat = lonLat(85);
/** The tour file's keys and types; ranges, references and caption rules stay in src/tour/validate-tour.ts. */
export const TourFileSchema = strict({
  schemaVersion: finite,
  id,
  version: finite,
  title: i18n,
  chapters: list(strict({
    id,
    title: i18n,
    text: i18n,
    camera: strict({
      bounds: v.optional(v.strictTuple([tourLonLat, tourLonLat], 'must be [[west, south], [east, north]]')),
      center: v.optional(tourLonLat),
      zoom: v.optional(finite),
      pitch: v.optional(finite),
      bearing: v.optional(finite),
    }, 'an object with bounds (or center and zoom)'),
    highlight: v.optional(strict({ corridors: v.optional(list(text)), places: v.optional(list(text)) }, 'an object with corridors and places')),
    filters: v.optional(strict({ directions: v.optional(list(oneOf(DIRECTIONS))), modes: v.optional(list(oneOf(MODES))) }, 'an object with directions and modes')),
    facts: list(text),
    dwell: v.optional(v.lazy((input) => (input === 'auto' ? v.literal('auto') : finite))),
    notes: v.optional(i18n),
  }, 'an object')),
});

// ---------------------------------------------------------------- issues

type Key = string | number;

/**
 * The record an issue at `path` belongs to and the field inside it, in the build's message terms:
 * the nearest enclosing mapping with a string `id` (or an item of a top-level list without one,
 * named `list[i]`),
 * and the rest of the path as `a.b[2]`. `named` gives fixed record names to top-level keys
 * (`{source: '(source)'}` for seeds files); the file itself is `fileRecord`.
 */
export function recordOf(
  raw: unknown,
  path: readonly Key[],
  named: Readonly<Record<string, string>> = {},
  fileRecord = '(file)',
): { id: string; field: string } {
  let record = isMapping(raw) && typeof raw.id === 'string' ? raw.id : fileRecord;
  let start = 0;
  let node: unknown = raw;
  path.forEach((key, i) => {
    if (i === path.length - 1) return;
    const parentKey = path[i - 1];
    node = isMapping(node) && typeof key === 'string' ? node[key] : Array.isArray(node) && typeof key === 'number' ? node[key] : undefined;
    if (i === 0 && typeof key === 'string' && named[key] !== undefined) {
      record = named[key];
      start = 1;
    } else if (isMapping(node) && typeof node.id === 'string' && node.id !== '') {
      record = node.id;
      start = i + 1;
    } else if (i === 1 && typeof key === 'number' && isMapping(node) && typeof parentKey === 'string') {
      record = `${parentKey}[${key}]`;
      start = i + 1;
    }
  });
  const field = path.slice(start).reduce<string>(
    (acc, k) => (typeof k === 'number' ? `${acc}[${k}]` : acc === '' ? k : `${acc}.${k}`),
    '',
  );
  return { id: record, field: field === '' ? '(record)' : field };
}

/** The path of a valibot issue as keys and indices. */
function keysOf(issue: v.BaseIssue<unknown>): Key[] {
  return (issue.path ?? []).map((p) => (typeof p.key === 'number' ? p.key : String(p.key)));
}

function messageOf(issue: v.BaseIssue<unknown>): string {
  const unknownKey = issue.type === 'strict_object' && issue.expected === 'never';
  if (issue.input === undefined && issue.path !== undefined && !unknownKey) return 'is missing';
  return issue.message;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false };

/**
 * Parse `raw` with `schema`, adding one issue per problem (file, record, field, message). The
 * caller attaches line and column (scripts/lib/positions.ts).
 */
export function parseWith<S extends v.GenericSchema>(
  schema: S,
  file: string,
  raw: unknown,
  issues: Issue[],
  named: Readonly<Record<string, string>> = {},
): Parsed<v.InferOutput<S>> {
  const result = v.safeParse(schema, raw);
  if (result.success) return { ok: true, value: result.output };
  for (const issue of result.issues) {
    const { id: record, field } = recordOf(raw, keysOf(issue), named);
    issues.push({ file, id: record, field, message: messageOf(issue) });
  }
  return { ok: false };
}

export type SourceDocOutput = v.InferOutput<typeof SourceDocSchema>;
export type ArticleOutput = v.InferOutput<typeof ArticleSchema>;
export type DateBasisOutput = v.InferOutput<typeof DateBasisSchema>;
export type ExternalRefOutput = v.InferOutput<typeof ExternalRefSchema>;
export type FactContextOutput = v.InferOutput<typeof FactContextSchema>;
export type QuantityFactOutput = v.InferOutput<typeof QuantityFactSchema>;
export type DateFactOutput = v.InferOutput<typeof DateFactSchema>;
export type ListFactOutput = v.InferOutput<typeof ListFactSchema>;
export type TextFactOutput = v.InferOutput<typeof TextFactSchema>;
export type PlaceOutput = v.InferOutput<typeof PlaceSchema>;
export type ControlPointOutput = v.InferOutput<typeof ControlPointSchema>;
export type LegOutput = v.InferOutput<typeof LegSchema>;
export type CorridorOutput = v.InferOutput<typeof CorridorSchema>;
export type TourFileOutput = v.InferOutput<typeof TourFileSchema>;
