/** Validates the hand-written geography: places and corridors (with their legs). Pure. */
import { ID_PATTERN, isRecord, RecordReader, type Issue } from './issues';
import {
  COORD_SOURCES, CORRIDOR_DIRECTIONS, MODES, PLACE_KINDS,
  type ControlPoint, type Corridor, type CorridorId, type FactId, type Leg, type LegId, type MainRoute, type Place,
  type PlaceId, type Waypoint,
} from './types';

function readLonLat(r: RecordReader, field: string, value: unknown): [number, number] | undefined {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((x) => typeof x === 'number' && Number.isFinite(x))) {
    r.report(field, `must be [longitude, latitude], got ${JSON.stringify(value)}`);
    return undefined;
  }
  const [lon, lat] = value as [number, number];
  if (lon < -180 || lon > 180) r.report(field, `longitude ${lon} is out of range -180..180`);
  if (lat < -90 || lat > 90) r.report(field, `latitude ${lat} is out of range -90..90`);
  return [lon, lat];
}

export function validatePlaces(file: string, raw: unknown, issues: Issue[]): Place[] {
  const list = isRecord(raw) && Array.isArray(raw.places) ? raw.places : undefined;
  if (!list) {
    issues.push({ file, id: '(file)', field: 'places', message: 'must be a list' });
    return [];
  }
  const places: Place[] = [];
  list.forEach((item, i) => {
    if (!isRecord(item)) {
      issues.push({ file, id: `places[${i}]`, field: '(record)', message: 'must be a mapping' });
      return;
    }
    const r = new RecordReader(file, typeof item.id === 'string' ? item.id : `places[${i}]`, item, issues);
    const coord = readLonLat(r, 'coord', item.coord) ?? [0, 0];
    const place: Place = {
      id: r.string('id', { pattern: ID_PATTERN }) as PlaceId,
      name: r.i18n('name'),
      kind: r.oneOf('kind', PLACE_KINDS),
      coord,
      coordSource: r.oneOf('coordSource', COORD_SOURCES),
      role: r.oneOf('role', ['hub', 'gateway', 'destination', 'waypoint'] as const),
    };
    const note = r.string('coordNote', { optional: true });
    if (note) place.coordNote = note;
    places.push(place);
  });
  return places;
}

function readWaypoint(r: RecordReader, value: unknown, index: number): Waypoint | undefined {
  const field = `via[${index}]`;
  if (typeof value === 'string' && value !== '') return value as PlaceId;
  if (isRecord(value)) {
    const at = readLonLat(r, `${field}.at`, value.at);
    if (typeof value.note !== 'string' || value.note === '') r.report(`${field}.note`, 'a control point needs a note saying what it is');
    if (at) return { at, note: typeof value.note === 'string' ? value.note : '' } satisfies ControlPoint;
    return undefined;
  }
  r.report(field, `must be a place id or {at: [lon, lat], note}, got ${JSON.stringify(value)}`);
  return undefined;
}

function readLeg(file: string, raw: unknown, index: number, issues: Issue[]): Leg | undefined {
  if (!isRecord(raw)) {
    issues.push({ file, id: `legs[${index}]`, field: '(record)', message: 'must be a mapping' });
    return undefined;
  }
  const r = new RecordReader(file, typeof raw.id === 'string' ? raw.id : `legs[${index}]`, raw, issues);
  const via = r.array('via')
    .map((w, i) => readWaypoint(r, w, i))
    .filter((w): w is Waypoint => w !== undefined);
  if (via.length < 2) r.report('via', 'needs at least two waypoints');
  const leg: Leg = {
    id: r.string('id', { pattern: ID_PATTERN }) as LegId,
    name: r.i18n('name'),
    mode: r.oneOf('mode', MODES),
    role: r.oneOf('role', ['trunk', 'branch', 'feeder'] as const),
    via,
    inferred: r.boolean('inferred'),
  };
  const routing = r.optionalOneOf('routing', ['lanes', 'charted'] as const);
  if (routing !== undefined) {
    if (leg.mode !== 'sea') r.report('routing', 'only sea legs take a routing');
    leg.routing = routing;
  }
  const note = r.string('note', { optional: true });
  if (note) leg.note = note;
  const facts = r.stringArray('facts', { optional: true });
  if (facts.length) leg.facts = facts as FactId[];
  return leg;
}

function readMainRoute(file: string, corridorId: string, raw: unknown, issues: Issue[]): MainRoute {
  if (!isRecord(raw)) {
    issues.push({ file, id: corridorId, field: 'mainRoute', message: 'must be a mapping {from: <place>, to: <place>, legs: [leg ids]}' });
    return { from: '' as PlaceId, to: '' as PlaceId, legs: [] };
  }
  const r = new RecordReader(file, corridorId, raw, issues);
  const route: MainRoute = {
    from: r.string('from', { pattern: ID_PATTERN }) as PlaceId,
    to: r.string('to', { pattern: ID_PATTERN }) as PlaceId,
    legs: r.stringArray('legs', { nonEmpty: true }) as LegId[],
  };
  const official = r.string('officialKm', { optional: true, pattern: ID_PATTERN });
  if (official) route.officialKm = official as FactId;
  for (const key of Object.keys(raw)) {
    if (!['from', 'to', 'legs', 'officialKm'].includes(key)) r.report(`mainRoute.${key}`, 'unknown key (mainRoute takes from, to, legs, officialKm)');
  }
  return route;
}

const endOf = (leg: Leg, at: 'first' | 'last'): Waypoint | undefined => leg.via[at === 'first' ? 0 : leg.via.length - 1];

/**
 * Why a corridor's main route is not a chain of its own legs from `from` to `to`: a leg that is
 * not the corridor's, a leg that does not start where the previous one ends, wrong ends. Pure.
 */
export function mainRouteProblems(corridor: Pick<Corridor, 'legs' | 'mainRoute'>): Array<{ field: string; message: string }> {
  const { from, to, legs: ids } = corridor.mainRoute;
  const byId = new Map(corridor.legs.map((l) => [l.id as string, l]));
  const out: Array<{ field: string; message: string }> = [];
  let at: Waypoint | undefined = from;
  ids.forEach((id, i) => {
    const leg = byId.get(id);
    if (!leg) {
      out.push({ field: `mainRoute.legs[${i}]`, message: `"${id}" is not a leg of this corridor` });
      at = undefined;
      return;
    }
    const start = endOf(leg, 'first');
    if (at !== undefined && start !== at) {
      out.push({ field: `mainRoute.legs[${i}]`, message: `"${id}" starts at ${JSON.stringify(start)}, not at ${JSON.stringify(at)} where the route has got to` });
    }
    at = endOf(leg, 'last');
  });
  if (ids.length > 0 && at !== undefined && at !== to) {
    out.push({ field: 'mainRoute.to', message: `the last leg ends at ${JSON.stringify(at)}, not at "${to}"` });
  }
  return out;
}

export function validateCorridor(file: string, raw: unknown, issues: Issue[]): Corridor | undefined {
  if (!isRecord(raw)) {
    issues.push({ file, id: '(file)', field: '(root)', message: 'must be a mapping' });
    return undefined;
  }
  const r = new RecordReader(file, typeof raw.id === 'string' ? raw.id : '(corridor)', raw, issues);
  const legs = r.array('legs')
    .map((l, i) => readLeg(file, l, i, issues))
    .filter((l): l is Leg => l !== undefined);
  if (legs.length === 0) r.report('legs', 'a corridor needs at least one leg');
  const id = typeof raw.id === 'string' ? raw.id : '(corridor)';
  const mainRoute = readMainRoute(file, id, raw.mainRoute, issues);
  for (const { field, message } of mainRouteProblems({ legs, mainRoute })) issues.push({ file, id, field, message });
  return {
    id: r.string('id', { pattern: ID_PATTERN }) as CorridorId,
    name: r.i18n('name'),
    short: r.i18n('short'),
    direction: r.oneOf('direction', CORRIDOR_DIRECTIONS),
    status: r.oneOf('status', ['operating', 'under-construction', 'planned'] as const),
    summary: r.i18n('summary'),
    facts: r.stringArray('facts') as FactId[],
    legs,
    mainRoute,
  };
}
