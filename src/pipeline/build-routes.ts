/**
 * The planner's compiled network (data/model/routes.json) from the model: route options to every
 * destination, and each sea leg's lane for every set of closed passages. Pure and deterministic:
 * the sea router, the closure router and the country lookup are passed in.
 */
import type { Issue } from '../model/issues';
import { PASSAGE_IDS, ROUTES_SCHEMA_VERSION, type Destination, type Passage, type RoutesFile, type SeaLeg, type SeaScenario } from '../model/routes';
import type { PlannerFile } from '../model/planner-schema';
import type { AtlasModel, LegFeature, PlaceFeature } from '../model/schema';
import type { Corridor, LegId, Place, PlaceId } from '../model/types';
import { distanceKm, lengthKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';
import { unwrapLongitudes } from '../geo/longitude';
import { dedupeConsecutive } from '../geo/coords';
import { CITY_HUB_RADIUS_KM } from './build-model';
import { waypointCoords } from './leg-geometry';
import { passagesOf, subsetsOf } from './passages';
import { buildRouteGraph, type CountryAt } from './route-graph';
import { findOptions } from './route-options';
import type { ClosedRouter } from './sea-closure';

export interface RoutesInputs {
  model: AtlasModel;
  corridors: readonly Corridor[];
  places: readonly Place[];
  planner: PlannerFile;
  routeClosed: ClosedRouter;
  countryAt: CountryAt;
}

/** The city the planner starts from, and its hubs (within CITY_HUB_RADIUS_KM, as the place panels count them). */
export const ORIGIN_CITY = 'chongqing' as PlaceId;

export function originPlaces(places: readonly PlaceFeature[]): PlaceId[] {
  const city = places.find((p) => p.properties.id === ORIGIN_CITY);
  if (!city) return [];
  const c = city.geometry.coordinates;
  return places
    .filter((p) => p.properties.id === ORIGIN_CITY || (p.properties.role === 'hub' && distanceKm(p.geometry.coordinates, c) <= CITY_HUB_RADIUS_KM))
    .map((p) => p.properties.id)
    .sort();
}

function seaScenarios(
  leg: LegFeature,
  via: readonly LonLat[],
  charted: boolean,
  passages: readonly Passage[],
  route: ClosedRouter,
  lines: Map<string, number>,
): SeaLeg {
  const own = passagesOf(leg.geometry.coordinates, passages);
  const scenarios: SeaScenario[] = [];
  for (const closed of subsetsOf(PASSAGE_IDS)) {
    if (!closed.some((p) => own.includes(p))) continue;
    const shut = passages.filter((p) => closed.includes(p.id));
    let line: LonLat[] | null = charted ? null : [];
    for (let i = 1; line && i < via.length; i++) {
      const part = route(via[i - 1] as LonLat, via[i] as LonLat, shut);
      line = 'error' in part ? null : [...line, ...part];
    }
    if (!line) {
      scenarios.push({ closed, km: null, passages: [] });
      continue;
    }
    const lane = dedupeConsecutive(unwrapLongitudes(line));
    const text = JSON.stringify(lane);
    let index = lines.get(text);
    if (index === undefined) {
      index = lines.size;
      lines.set(text, index);
    }
    scenarios.push({ closed, km: Math.round(lengthKm(lane)), passages: passagesOf(lane, passages), line: index });
  }
  return { leg: leg.properties.id, km: leg.properties.drawnKm, passages: own, scenarios };
}

export function buildRoutes(inputs: RoutesInputs, issues: Issue[]): RoutesFile {
  const { model, planner } = inputs;
  const file = 'data/planner.yaml';
  const legs = model.features.filter((f): f is LegFeature => f.properties.kind === 'leg');
  const places = model.features.filter((f): f is PlaceFeature => f.properties.kind === 'place');
  const coordOf = new Map<PlaceId, LonLat>(places.map((p) => [p.properties.id, [p.geometry.coordinates[0], p.geometry.coordinates[1]]]));
  const factIds = new Set<string>(model.facts.map((f) => f.id));
  const corridorIds = new Set<string>(model.corridors.map((c) => c.id));
  const check = (id: string, what: string, ok: boolean): void => {
    if (!ok) issues.push({ file, id, field: what, message: `names an unknown ${what}` });
  };
  for (const s of [...planner.distances, ...planner.times]) {
    check(s.from, 'place', coordOf.has(s.from as PlaceId));
    check(s.to, 'place', coordOf.has(s.to as PlaceId));
    for (const c of s.corridors) check(c, 'corridor', corridorIds.has(c));
  }
  for (const s of planner.distances) check(s.km, 'fact', factIds.has(s.km));
  for (const s of planner.times) for (const f of [s.daysMin, s.daysMax]) check(f, 'fact', factIds.has(f));
  for (const r of planner.factors.rows) check(r.fact, 'fact', factIds.has(r.fact));

  const graph = buildRouteGraph(legs, coordOf, inputs.countryAt);
  const origins = originPlaces(places);
  const originSet = new Set(origins);
  const destinations: Destination[] = places
    .filter((p) => p.properties.role === 'destination' && !originSet.has(p.properties.id))
    .map((p) => p.properties.id)
    .sort()
    .map((place) => ({ place, options: findOptions(graph, origins, place) }))
    .filter((d) => d.options.length > 0);

  const used = new Set<LegId>(destinations.flatMap((d) => d.options.flatMap((o) => o.steps.filter((s) => s.mode === 'sea').map((s) => s.leg))));
  const legById = new Map(legs.map((l) => [l.properties.id, l]));
  const legDefs = new Map(inputs.corridors.flatMap((c) => c.legs.map((l) => [l.id, l] as const)));
  const placeById = new Map(inputs.places.map((p) => [p.id, p]));
  const lines = new Map<string, number>();
  const seaLegs = [...used].sort().flatMap((id) => {
    const feature = legById.get(id);
    const def = legDefs.get(id);
    if (!feature || !def) return [];
    return [seaScenarios(feature, waypointCoords(def, placeById), def.routing === 'charted', planner.passages, inputs.routeClosed, lines)];
  });

  return {
    schemaVersion: ROUTES_SCHEMA_VERSION,
    passages: planner.passages,
    assumptions: planner.assumptions,
    factors: planner.factors,
    times: planner.times,
    distances: planner.distances,
    seaLegs,
    destinations,
    lines: [...lines.keys()].map((t) => JSON.parse(t) as Array<[number, number]>),
  } as RoutesFile;
}

/** Byte-stable text: one destination, sea leg or line per line. */
export function formatRoutes(routes: RoutesFile): string {
  const { destinations, seaLegs, lines, ...head } = routes;
  const list = (items: readonly unknown[]): string => (items.length ? `[\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n]` : '[]');
  const headText = JSON.stringify(head).slice(0, -1);
  return `${headText},\n"destinations":${list(destinations)},\n"seaLegs":${list(seaLegs)},\n"lines":${list(lines)}}\n`;
}
