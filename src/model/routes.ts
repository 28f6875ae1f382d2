/**
 * The planner's compiled network (`data/model/routes.json`, built by `npm run build:model` beside the
 * model and loaded only when the comparison opens): route options from Chongqing to each
 * destination, the sea legs' chokepoint passages and their re-routed lanes for every closure, the
 * cited time and distance spans, and the estimate assumptions. Numbers of the world live in the fact
 * registry and are named here by fact id; the assumptions are the planner's own, shown as such.
 */
import type { CorridorId, FactId, I18nText, LegId, Mode, PlaceId } from './types';

/** Bump when the shape below changes in a way old readers cannot handle. */
export const ROUTES_SCHEMA_VERSION = 1;

/** Sea passages a user can close (ids as in Eurostat's searoute / MARNET `pass` names). */
export const PASSAGE_IDS = ['suez', 'babelmandeb', 'malacca', 'panama', 'gibraltar'] as const;
export type PassageId = (typeof PASSAGE_IDS)[number];

export function isPassageId(s: string): s is PassageId {
  return (PASSAGE_IDS as readonly string[]).includes(s);
}

/** A passage: its name and the box [west, south, east, north] a lane must cross to pass it. */
export interface Passage {
  id: PassageId;
  name: I18nText;
  /** The name in a table cell ("Suez", "Malacca"). */
  short: I18nText;
  box: [number, number, number, number];
}

/**
 * Does a vehicle change between two consecutive parts of a route: another mode, or another ship or
 * flight? (A train going on along another line is not a transshipment.) Shared by the build's
 * route search and the browser's comparison.
 */
export function isTransfer(a: { mode: Mode; leg: string }, b: { mode: Mode; leg: string }): boolean {
  return a.mode !== b.mode || ((a.mode === 'sea' || a.mode === 'air') && a.leg !== b.leg);
}

/** One step of a route: a leg, or the part of it between two of its named places. */
export interface RouteStep {
  leg: LegId;
  corridor: CorridorId;
  mode: Mode;
  from: PlaceId;
  to: PlaceId;
  /** Drawn length of this part of the leg, km. */
  km: number;
  /** Land borders the drawn line crosses on this step (rail, road, river; 0 at sea and in the air). */
  borders: number;
  /** Whether the leg's routing is general knowledge rather than a sourced service. */
  inferred: boolean;
}

/** A distinct way from Chongqing to the destination: its first corridor and its modes in order differ from every other option's. */
export interface RouteOption {
  id: string;
  steps: RouteStep[];
}

export interface Destination {
  place: PlaceId;
  options: RouteOption[];
}

/** A sea leg's lane with some passages closed: `km` null when no lane avoids them. */
export interface SeaScenario {
  closed: PassageId[];
  km: number | null;
  passages: PassageId[];
  /** Index into `lines`: the re-routed lane (absent when blocked). */
  line?: number;
}

export interface SeaLeg {
  leg: LegId;
  km: number;
  /** Passages the drawn lane goes through. */
  passages: PassageId[];
  /** One entry per set of closed passages (sorted ids) that changes this lane. */
  scenarios: SeaScenario[];
}

/** A cited transit time over a stretch of a route: the stretch from -> to on the corridor's legs. */
export interface TimeSpan {
  from: PlaceId;
  to: PlaceId;
  corridors: CorridorId[];
  /** Fact ids (unit days): the low and high ends of the cited range (the same fact when one value). */
  daysMin: FactId;
  daysMax: FactId;
}

/** A cited distance over a stretch of a route. */
export interface DistanceSpan {
  from: PlaceId;
  to: PlaceId;
  corridors: CorridorId[];
  km: FactId;
}

/** The planner's estimate assumptions (its own parameters, not facts): shown with every estimate. */
export interface EstimateAssumptions {
  id: string;
  /** Average speed including stops, km per day, low and high, per mode. */
  kmPerDay: Record<'rail' | 'river' | 'sea' | 'road', { min: number; max: number }>;
  /** A flight with its handling at both ends, days. */
  airDays: { min: number; max: number };
  /** Dwell at each transshipment, days. */
  transferDays: { min: number; max: number };
}

/** One emission factor row: the mode it applies to and the registry fact that gives it. */
export interface FactorRow {
  mode: Mode;
  fact: FactId;
  /** `teu-km`: kg CO2e per TEU-km; `t-km`: g CO2e per tonne-km. */
  per: 'teu-km' | 't-km';
}

export interface FactorTable {
  id: string;
  rows: FactorRow[];
  /** Loaded weight per TEU when the user has not set one, tonnes. */
  defaultTonnesPerTeu: number;
}

export interface RoutesFile {
  schemaVersion: typeof ROUTES_SCHEMA_VERSION;
  passages: Passage[];
  assumptions: EstimateAssumptions;
  factors: FactorTable;
  times: TimeSpan[];
  distances: DistanceSpan[];
  seaLegs: SeaLeg[];
  destinations: Destination[];
  /** Re-routed sea lanes, [lon, lat] at 5 dp, unwrapped. */
  lines: Array<Array<[number, number]>>;
}
