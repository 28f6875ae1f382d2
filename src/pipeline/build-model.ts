/**
 * Compiles the fact registry and the geography into the model the app loads. Pure and
 * deterministic: the same inputs give the same model (stable order, coordinates at 5 dp).
 */
import type { Issue } from '../model/issues';
import { MODEL_SCHEMA_VERSION, type AtlasModel, type LegFeature, type ModelCorridor, type ModelFact, type ModelMainRoute, type PlaceFeature } from '../model/schema';
import type { Corridor, CorridorId, Direction, ExternalRef, Fact, FactContext, Leg, Mode, Place, PlaceId, SeedFile } from '../model/types';
import { MODES } from '../model/types';
import { roundCoord } from '../geo/coords';
import { directionFrom } from '../geo/direction';
import { distanceKm, lengthKm } from '../geo/distance';
import type { LonLat } from '../geo/lon-lat';
import { buildLegCoordinates } from './leg-geometry';
import type { SeaRouter } from './sea-route';

export interface ModelInputs {
  seeds: ReadonlyArray<{ file: string; seed: SeedFile }>;
  places: readonly Place[];
  corridors: ReadonlyArray<{ file: string; corridor: Corridor }>;
  routeSea: SeaRouter;
  /** External references and the facts that cite them (references/external.yaml). */
  external?: { references: readonly ExternalRef[]; facts: ReadonlyArray<Fact & { source: string }> };
  /** Background contexts (data/contexts.yaml). */
  contexts?: readonly FactContext[];
}

/**
 * A hub or a port this close to a city's point is one of the city's own nodes, and the city lists
 * its corridors (Chongqing's hubs are 12-23 km from its point, Chengdu's railway port 22 km,
 * Shanghai's Waigaoqiao port 20 km).
 */
export const CITY_HUB_RADIUS_KM = 30;

/**
 * Corridors through each place: those with a leg that passes it; a city adds those of its hubs and
 * ports, so Chongqing lists the corridors that set out from Tuanjiecun, Guoyuan, Jiangbei or
 * Liangjiang, and Shanghai the Yangtze shipping that ends at Waigaoqiao. A border crossing or a
 * junction near a city does not count: it may lie in another country or on a line that does not
 * serve the city.
 */
export function corridorsOfPlaces(places: readonly Place[], onLegs: ReadonlyMap<string, ReadonlySet<CorridorId>>): Map<string, CorridorId[]> {
  const hubs = places.filter((p) => p.kind !== 'city' && (p.role === 'hub' || p.kind === 'seaport' || p.kind === 'river-port'));
  return new Map(places.map((p) => {
    const own = [...(onLegs.get(p.id) ?? [])];
    const ofHubs = p.kind === 'city' ? hubs.filter((h) => distanceKm(h.coord, p.coord) <= CITY_HUB_RADIUS_KM).flatMap((h) => [...(onLegs.get(h.id) ?? [])]) : [];
    return [p.id, [...new Set([...own, ...ofHubs])].sort()];
  }));
}

/** Tolerance for "a leg's ends coincide with its places", in degrees (about 1 m). */
const END_TOLERANCE = 2e-5;

function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function sameLonLat(a: LonLat, b: LonLat): boolean {
  const dLon = Math.abs(a[0] - b[0]) % 360;
  return Math.min(dLon, 360 - dLon) <= END_TOLERANCE && Math.abs(a[1] - b[1]) <= END_TOLERANCE;
}

/** The corridor's direction, or (for `all`) the compass quarter of the initial bearing origin -> end. */
function legDirection(corridor: Corridor, coords: readonly LonLat[]): Direction {
  if (corridor.direction !== 'all') return corridor.direction;
  const first = coords[0];
  const last = coords[coords.length - 1];
  return first && last ? directionFrom(first, last) : 'regional';
}

function buildLegFeature(
  file: string,
  corridor: Corridor,
  leg: Leg,
  placeById: ReadonlyMap<string, Place>,
  routeSea: SeaRouter,
  issues: Issue[],
): LegFeature | undefined {
  const coords = buildLegCoordinates(leg, placeById, routeSea);
  if ('error' in coords) {
    issues.push({ file, id: leg.id, field: 'via', message: coords.error });
    return undefined;
  }
  const places = leg.via.filter((w): w is PlaceId => typeof w === 'string');
  const firstPlace = placeById.get(leg.via[0] as string);
  const lastPlace = placeById.get(leg.via[leg.via.length - 1] as string);
  const first = coords[0];
  const last = coords[coords.length - 1];
  if (!firstPlace || !first || !sameLonLat(first, roundCoord(firstPlace.coord))) {
    issues.push({ file, id: leg.id, field: 'via[0]', message: 'the line does not start at its first place' });
  }
  if (!lastPlace || !last || !sameLonLat(last, roundCoord(lastPlace.coord))) {
    issues.push({ file, id: leg.id, field: `via[${leg.via.length - 1}]`, message: 'the line does not end at its last place' });
  }
  return {
    type: 'Feature',
    id: `leg:${leg.id}`,
    geometry: { type: 'LineString', coordinates: coords },
    properties: {
      kind: 'leg',
      id: leg.id,
      corridor: corridor.id,
      name: leg.name,
      mode: leg.mode,
      role: leg.role,
      direction: legDirection(corridor, coords),
      inferred: leg.inferred,
      ...(leg.onward ? { onward: true } : {}),
      drawnKm: Math.round(lengthKm(coords)),
      places,
      facts: leg.facts ?? [],
      ...(leg.note ? { note: leg.note } : {}),
    },
  };
}

/**
 * The main route as compiled: drawn km is the sum of its legs' drawn lengths (each leg rounded, as
 * shown beside it); the official km is the value of its `officialKm` fact when that is a km quantity.
 */
function buildMainRoute(corridor: Corridor, features: readonly LegFeature[], facts: readonly ModelFact[]): ModelMainRoute {
  const { from, to, legs, officialKm } = corridor.mainRoute;
  const drawnKm = legs.reduce((sum, id) => sum + (features.find((f) => f.properties.id === id)?.properties.drawnKm ?? 0), 0);
  const fact = officialKm === undefined ? undefined : facts.find((f) => f.id === officialKm);
  const official = fact?.kind === 'quantity' && fact.unit === 'km' ? { officialKm: fact.value, officialFact: fact.id } : {};
  return { from, to, legs: [...legs], drawnKm, ...official };
}

/** Build the model; problems found on the way (unroutable legs, ends that miss) go to `issues`. */
export function buildModel({ seeds, places, corridors, routeSea, external, contexts = [] }: ModelInputs, issues: Issue[]): AtlasModel {
  const placeById = new Map<string, Place>(places.map((p) => [p.id, p]));
  const sortedSeeds = [...seeds].sort((a, b) => byId(a.seed.source, b.seed.source));
  const facts: ModelFact[] = [
    ...sortedSeeds.flatMap(({ seed }) => seed.facts.map((f): ModelFact => ({ ...f, source: seed.source.id, sourceKind: 'seed' }))),
    ...(external?.facts ?? []).map((f): ModelFact => ({ ...f, sourceKind: 'external' })),
  ];
  const sortedContexts = [...contexts].sort(byId);
  const sortedCorridors = [...corridors].sort((a, b) => byId(a.corridor, b.corridor));

  const legFeatures: LegFeature[] = [];
  const corridorsOfPlace = new Map<string, Set<CorridorId>>();
  const modelCorridors: ModelCorridor[] = [];

  for (const { file, corridor } of sortedCorridors) {
    const features = corridor.legs
      .map((leg) => buildLegFeature(file, corridor, leg, placeById, routeSea, issues))
      .filter((f): f is LegFeature => f !== undefined);
    legFeatures.push(...features);
    for (const f of features) {
      for (const p of f.properties.places) {
        const set = corridorsOfPlace.get(p) ?? new Set<CorridorId>();
        set.add(corridor.id);
        corridorsOfPlace.set(p, set);
      }
    }
    const modes = MODES.filter((m: Mode) => corridor.legs.some((l) => l.mode === m));
    const { facts: keyFacts, legs: _legs, mainRoute: _route, ...record } = corridor;
    const mainRoute = buildMainRoute(corridor, features, facts);
    modelCorridors.push({
      ...record,
      keyFacts,
      facts: facts.filter((f) => f.refs.includes(corridor.id)).map((f) => f.id),
      legs: corridor.legs.map((l) => l.id),
      modes,
      drawnKm: mainRoute.drawnKm,
      mainRoute,
      contexts: sortedContexts.filter((c) => c.shownWith === corridor.id).map((c) => c.id),
    });
  }

  const corridorsByPlace = corridorsOfPlaces(places, corridorsOfPlace);
  const placeFeatures: PlaceFeature[] = [...places].sort(byId).map((p) => ({
    type: 'Feature',
    id: `place:${p.id}`,
    geometry: { type: 'Point', coordinates: roundCoord(p.coord) },
    properties: {
      kind: 'place',
      id: p.id,
      name: p.name,
      placeKind: p.kind,
      role: p.role,
      coordSource: p.coordSource,
      ...(p.coordNote ? { coordNote: p.coordNote } : {}),
      corridors: corridorsByPlace.get(p.id) ?? [],
      ...(p.aliases ? { aliases: p.aliases } : {}),
    },
  }));

  return {
    type: 'FeatureCollection',
    schemaVersion: MODEL_SCHEMA_VERSION,
    sources: sortedSeeds.map(({ seed }) => seed.source),
    references: [...(external?.references ?? [])].sort(byId),
    contexts: sortedContexts,
    facts,
    corridors: modelCorridors,
    features: [...legFeatures, ...placeFeatures],
  };
}

/**
 * Serialise the model deterministically: compact JSON with one feature, fact or corridor per line,
 * so the committed file diffs readably.
 */
export function formatModel(model: AtlasModel): string {
  const lines = (items: readonly unknown[]): string => items.map((x) => JSON.stringify(x)).join(',\n');
  return [
    `{"type":"FeatureCollection","schemaVersion":${model.schemaVersion},`,
    `"sources":[\n${lines(model.sources)}\n],`,
    `"references":[\n${lines(model.references)}\n],`,
    `"contexts":[\n${lines(model.contexts)}\n],`,
    `"facts":[\n${lines(model.facts)}\n],`,
    `"corridors":[\n${lines(model.corridors)}\n],`,
    `"features":[\n${lines(model.features)}\n]}`,
    '',
  ].join('\n');
}

