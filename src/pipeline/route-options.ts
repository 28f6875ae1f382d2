/**
 * Route options from a set of origin places (Chongqing's hubs) to a destination on the route graph.
 * Not only the shortest: the cheapest path of every chain of corridors within `boundFactor` of the
 * shortest is found, and the best of each kind is kept, a kind being the corridor the route leaves Chongqing on and its
 * modes in order (so the China-Europe railway, the Land-Sea Corridor's rail and sea, and the
 * Yangtze and sea to Duisburg are three options, and the Land-Sea Corridor's middle and east lines
 * to Qinzhou are one). Pure.
 */
import { isTransfer, type RouteOption, type RouteStep } from '../model/routes';
import type { LegRole, Mode, PlaceId } from '../model/types';
import { distanceKm } from '../geo/distance';
import type { Edge, RouteGraph } from './route-graph';

export interface OptionRules {
  /** Cost of a transshipment in km-equivalents when ranking paths. */
  transferPenaltyKm: number;
  /** Cost of going on in another corridor without a transshipment (a train onto another line). */
  corridorSwitchKm: number;
  /** Cost of going on along another leg of the same corridor (a train that keeps to its line is preferred). */
  legSwitchKm: number;
  /** Cost per km by the leg's role: a trunk line is preferred over a branch or a feeder of the same length. */
  roleWeight: Record<LegRole, number>;
  /** Paths costing more than this times the cheapest are not considered. */
  boundFactor: number;
  maxOptions: number;
  /** At most this many runs of one corridor and mode in one route. */
  maxRuns: number;
}

export const DEFAULT_OPTION_RULES: OptionRules = { transferPenaltyKm: 300, corridorSwitchKm: 200, legSwitchKm: 100, roleWeight: { trunk: 1, branch: 1.1, feeder: 1.25 }, boundFactor: 3, maxOptions: 6, maxRuns: 6 };


/** Modes in order with repeats collapsed: rail, rail, sea -> rail, sea. */
export function collapsedModes(modes: readonly Mode[]): Mode[] {
  return modes.filter((m, i) => i === 0 || modes[i - 1] !== m);
}

/**
 * Can a path go on with `next` after `prev`? Air only from the start, and after it only road (a
 * truck from the airport); at most one stretch at sea (a route does not ship, rail and ship again).
 */
export function allowedNext(path: readonly Pick<Edge, 'mode'>[], next: Pick<Edge, 'mode'>): boolean {
  const prev = path[path.length - 1];
  if (next.mode === 'air') return !prev || prev.mode === 'air';
  if (path.some((e) => e.mode === 'air')) return next.mode === 'road';
  if (next.mode === 'sea' && prev && prev.mode !== 'sea' && path.some((e) => e.mode === 'sea')) return false;
  return true;
}

/** Merge consecutive edges of the same leg into one step. */
export function toSteps(path: readonly Edge[]): RouteStep[] {
  const steps: RouteStep[] = [];
  for (const e of path) {
    const last = steps[steps.length - 1];
    if (last && last.leg === e.leg) {
      last.to = e.to;
      last.km += e.km;
      last.borders += e.borders;
    } else {
      steps.push({ leg: e.leg, corridor: e.corridor, mode: e.mode, from: e.from, to: e.to, km: e.km, borders: e.borders, inferred: e.inferred });
    }
  }
  return steps;
}

/** Cheapest km from the origins to the destination, ignoring the mode rules (a lower bound). */
function cheapest(graph: RouteGraph, origins: readonly PlaceId[], dest: PlaceId): number {
  const dist = new Map<PlaceId, number>(origins.map((o) => [o, 0]));
  const done = new Set<PlaceId>();
  for (;;) {
    let u: PlaceId | undefined;
    let best = Infinity;
    for (const [k, d] of dist) if (!done.has(k) && d < best) [u, best] = [k, d];
    if (u === undefined) return Infinity;
    if (u === dest) return best;
    done.add(u);
    for (const e of graph.out.get(u) ?? []) {
      const d = best + e.km;
      if (d < (dist.get(e.to) ?? Infinity)) dist.set(e.to, d);
    }
  }
}

/**
 * The corridor an option is known by: the one with the most km on land before it first goes to sea
 * or flies (the whole route when it stays on land); the air routes when it starts in the air.
 */
export function dominantCorridor(steps: readonly RouteStep[]): string {
  if (steps[0]?.mode === 'air') return steps[0].corridor;
  const firstAway = steps.findIndex((s) => s.mode === 'sea' || s.mode === 'air');
  const land = firstAway < 0 ? steps : steps.slice(0, firstAway);
  const km = new Map<string, number>();
  for (const s of land) km.set(s.corridor, (km.get(s.corridor) ?? 0) + s.km);
  let best = steps[0]?.corridor ?? '';
  let bestKm = -1;
  for (const [c, k] of km) if (k > bestKm || (k === bestKm && c < best)) [best, bestKm] = [c, k];
  return best;
}

/** Kind of an option: the corridor it is known by and its modes in order. */
export function optionKind(steps: readonly RouteStep[]): string {
  return `${dominantCorridor(steps)}:${collapsedModes(steps.map((s) => s.mode)).join('-')}`;
}

interface Label {
  at: PlaceId;
  cost: number;
  path: Edge[];
  /** Corridor and mode of each run of the path ("china-europe-rail/rail"). */
  runs: string[];
}

/**
 * Best path per (place, runs of corridor and mode in order): a Dijkstra over that product, so the
 * cheapest path of every chain of corridors and modes reaches the destination, not only the cheapest path.
 * Switching corridor costs `corridorSwitchKm` (a train that stays on its line is preferred) and a
 * transshipment `transferPenaltyKm`.
 */
export function findOptions(graph: RouteGraph, origins: readonly PlaceId[], dest: PlaceId, rules: OptionRules = DEFAULT_OPTION_RULES): RouteOption[] {
  const lowest = cheapest(graph, origins, dest);
  if (!Number.isFinite(lowest)) return [];
  const bound = lowest * rules.boundFactor + rules.transferPenaltyKm * 2;
  const destCoord = graph.coord.get(dest);
  const toDest = (p: PlaceId): number => {
    const c = graph.coord.get(p);
    return c && destCoord ? distanceKm(c, destCoord) : 0;
  };
  const originSet = new Set(origins);
  const settled = new Set<string>();
  const best = new Map<string, { cost: number; steps: RouteStep[] }>();
  const queue: Label[] = origins.map((o) => ({ at: o, cost: 0, path: [], runs: [] }));
  const stateOf = (l: Label): string => `${l.at}|${l.runs.join(',')}`;
  while (queue.length) {
    // The queue stays small (hundreds): a linear scan for the cheapest is fast enough at build time.
    let k = 0;
    for (let i = 1; i < queue.length; i++) if ((queue[i] as Label).cost < (queue[k] as Label).cost) k = i;
    const label = queue.splice(k, 1)[0] as Label;
    const state = stateOf(label);
    if (settled.has(state)) continue;
    settled.add(state);
    if (label.at === dest) {
      const steps = toSteps(label.path);
      const kind = optionKind(steps);
        if (!best.has(kind)) best.set(kind, { cost: label.cost, steps });
      continue;
    }
    const visited = new Set(label.path.map((e) => e.from));
    for (const e of graph.out.get(label.at) ?? []) {
      if (visited.has(e.to) || originSet.has(e.to) || !allowedNext(label.path, e)) continue;
      const prev = label.path[label.path.length - 1];
      const switched = prev !== undefined && prev.corridor !== e.corridor;
      const run = `${e.corridor}/${e.mode}`;
      const runs = label.runs[label.runs.length - 1] === run ? label.runs : [...label.runs, run];
      if (runs.length > rules.maxRuns) continue;
      const penalty = !prev || prev.leg === e.leg ? 0 : isTransfer(prev, e) ? rules.transferPenaltyKm : switched ? rules.corridorSwitchKm : rules.legSwitchKm;
      const cost = label.cost + e.km * rules.roleWeight[e.role] + penalty;
      if (cost + toDest(e.to) > bound) continue;
      queue.push({ at: e.to, cost, path: [...label.path, e], runs });
    }
  }
  return [...best.entries()]
    .sort(([ka, a], [kb, b]) => a.cost - b.cost || (ka < kb ? -1 : 1))
    .slice(0, rules.maxOptions)
    .map(([kind, { steps }]) => ({ id: kind, steps }));
}
