/**
 * Validates the hand-written geography, places and corridors (with their legs): the shape by the
 * strict schemas (schemas.ts, which also hold the per-record rules: a routing only on sea legs).
 * Cross-file references are validate-refs.ts. Pure; build time only.
 */
import type { Issue } from './issues';
import { CorridorSchema, parseWith, PlacesFileSchema } from './schemas';
import type { Corridor, Leg, Place, Waypoint } from './types';

/** The places of data/places.yaml, or undefined when the file does not have their shape. */
export function validatePlaces(file: string, raw: unknown, issues: Issue[]): Place[] | undefined {
  const parsed = parseWith(PlacesFileSchema, file, raw, issues);
  return parsed.ok ? parsed.value.places : undefined;
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

/** One corridor file, or undefined when it does not have a corridor's shape. */
export function validateCorridor(file: string, raw: unknown, issues: Issue[]): Corridor | undefined {
  const parsed = parseWith(CorridorSchema, file, raw, issues);
  if (!parsed.ok) return undefined;
  const corridor = parsed.value;
  for (const { field, message } of mainRouteProblems(corridor)) issues.push({ file, id: corridor.id, field, message });
  return corridor;
}
