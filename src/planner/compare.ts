/**
 * The comparison of route options to one destination with some passages closed: drawn and cited
 * distances, days (cited where a cited span covers the whole route, else an estimate with its
 * assumptions), transshipments, borders, passages and CO2 per TEU and per tonne. Pure: the
 * compiled network and the fact registry come in, rows go out; the same rows feed the table, the
 * CSV and the embed API's `routes.compare`.
 */
import type { ModelFact } from '../model/schema';
import type { CorridorId, FactId, LegId, Mode, PlaceId } from '../model/types';
import { isTransfer, PASSAGE_IDS, type DistanceSpan, type PassageId, type RouteOption, type RoutesFile, type RouteStep, type SeaLeg, type TimeSpan } from '../model/routes';

/** The city a span's `from` names for "the route's start at any of its hubs". */
export const ORIGIN_CITY = 'chongqing';

export interface DaysPart {
  from: PlaceId;
  to: PlaceId;
  min: number;
  max: number;
  basis: 'cited' | 'estimate';
  /** Cited: the facts. */
  facts: FactId[];
  /** Estimate: what it assumed ("1,108 km by rail at 500-800 km a day", "dwell at a transshipment"). */
  assumption?: { kind: 'speed'; mode: Mode; km: number } | { kind: 'transfer'; at: PlaceId } | { kind: 'flight' };
}

export interface Co2Part {
  mode: Mode;
  km: number;
  /** Which distance the figure used: a cited one (split over the stretch's modes by drawn km) or the drawn line. */
  kmBasis: 'cited' | 'drawn';
  fact: FactId | null;
  kgPerTeu: number | null;
}

export interface StepView extends RouteStep {
  /** The step's km in this scenario (a re-routed sea leg's change applied), or null when blocked. */
  scenarioKm: number | null;
  passages: PassageId[];
  /** Re-routed lane (index into the network's `lines`) when a closure changes this step. */
  line?: number;
}

export interface RouteRow {
  id: string;
  corridors: CorridorId[];
  modes: Mode[];
  steps: StepView[];
  /** Drawn km in this scenario (null when a closed passage cannot be avoided). */
  distanceKm: number | null;
  /** Drawn km with every passage open. */
  baseDistanceKm: number;
  /** Cited km when cited spans cover the whole route; the facts used. */
  officialKm: number | null;
  officialFacts: FactId[];
  days: { min: number; max: number; basis: 'cited' | 'estimate' } | null;
  baseDays: { min: number; max: number; basis: 'cited' | 'estimate' };
  daysParts: DaysPart[];
  co2eKgPerTeu: number | null;
  co2eKgPerTonne: number | null;
  co2Parts: Co2Part[];
  transshipments: number;
  transferPlaces: PlaceId[];
  borders: number;
  passages: PassageId[];
  blocked: boolean;
}

export interface Comparison {
  to: PlaceId;
  closed: PassageId[];
  tonnesPerTeu: number;
  routes: RouteRow[];
}

export type FactLookup = (id: FactId) => ModelFact | undefined;

const round1 = (n: number): number => Math.round(n * 10) / 10;

function quantity(facts: FactLookup, id: FactId): number | undefined {
  const f = facts(id);
  return f && f.kind === 'quantity' ? f.value : undefined;
}

/** Passage ids in their canonical order, unknown ones dropped, duplicates removed. */
export function normaliseClosed(ids: readonly string[]): PassageId[] {
  return PASSAGE_IDS.filter((p) => ids.includes(p));
}


/** The steps as they are with `closed` passages shut. */
export function scenarioSteps(option: RouteOption, seaLegs: ReadonlyMap<LegId, SeaLeg>, closed: readonly PassageId[]): StepView[] {
  return option.steps.map((s) => {
    const sea = s.mode === 'sea' ? seaLegs.get(s.leg) : undefined;
    if (!sea) return { ...s, scenarioKm: s.km, passages: [] };
    if (!sea.passages.some((p) => closed.includes(p))) return { ...s, scenarioKm: s.km, passages: sea.passages };
    const key = closed.join(',');
    const sc = sea.scenarios.find((x) => x.closed.join(',') === key);
    if (!sc || sc.km === null) return { ...s, scenarioKm: null, passages: [] };
    return { ...s, scenarioKm: s.km + (sc.km - sea.km), passages: sc.passages, ...(sc.line !== undefined ? { line: sc.line } : {}) };
  });
}

/** Places along the route: the start, then each step's end. */
function placesOf(steps: readonly RouteStep[]): PlaceId[] {
  return steps.length ? [steps[0]?.from as PlaceId, ...steps.map((s) => s.to)] : [];
}

/**
 * The spans that cover stretches of the route, greedily from the start, longest first. A span
 * covers steps i..j-1 when it starts at place i (or is the origin city's and i is 0), ends at place j
 * and every step between is on one of its corridors and unchanged by a closure.
 */
export function coverSpans<S extends TimeSpan | DistanceSpan>(steps: readonly StepView[], spans: readonly S[]): Array<{ from: number; to: number; span: S }> {
  const places = placesOf(steps);
  const out: Array<{ from: number; to: number; span: S }> = [];
  let i = 0;
  while (i < steps.length) {
    let found: { from: number; to: number; span: S } | undefined;
    for (const span of spans) {
      if (!(span.from === places[i] || (i === 0 && span.from === ORIGIN_CITY))) continue;
      for (let j = i + 1; j <= steps.length; j++) {
        const step = steps[j - 1] as StepView;
        if (!(span.corridors as readonly string[]).includes(step.corridor) || step.scenarioKm !== step.km) break;
        if (places[j] === span.to && (!found || j > found.to)) found = { from: i, to: j, span };
      }
    }
    if (found) {
      out.push(found);
      i = found.to;
    } else i++;
  }
  return out;
}

/** Days of a route: cited spans where they cover it, else mode speeds, flights and transfer dwell from the assumptions. */
export function routeDays(steps: readonly StepView[], routes: Pick<RoutesFile, 'times' | 'assumptions'>, facts: FactLookup): { min: number; max: number; basis: 'cited' | 'estimate'; parts: DaysPart[] } {
  const cover = coverSpans(steps, routes.times);
  const parts: DaysPart[] = [];
  const a = routes.assumptions;
  let k = 0;
  for (let i = 0; i < steps.length; i++) {
    const c = cover[k];
    const prev = steps[i - 1];
    const step = steps[i] as StepView;
    // Dwell at a transshipment, unless a cited span runs across it.
    if (prev && isTransfer(prev, step) && !(c && c.from < i && i < c.to)) {
      parts.push({ from: step.from, to: step.from, min: a.transferDays.min, max: a.transferDays.max, basis: 'estimate', facts: [], assumption: { kind: 'transfer', at: step.from } });
    }
    if (c && c.from === i) {
      const min = quantity(facts, c.span.daysMin);
      const max = quantity(facts, c.span.daysMax);
      if (min !== undefined && max !== undefined) {
        parts.push({ from: step.from, to: (steps[c.to - 1] as StepView).to, min, max, basis: 'cited', facts: [...new Set([c.span.daysMin, c.span.daysMax])] });
        i = c.to - 1;
        k++;
        continue;
      }
    }
    if (step.mode === 'air') {
      parts.push({ from: step.from, to: step.to, min: a.airDays.min, max: a.airDays.max, basis: 'estimate', facts: [], assumption: { kind: 'flight' } });
    } else {
      const speed = a.kmPerDay[step.mode as 'rail' | 'road' | 'river' | 'sea'];
      const km = step.scenarioKm ?? step.km;
      parts.push({ from: step.from, to: step.to, min: km / speed.max, max: km / speed.min, basis: 'estimate', facts: [], assumption: { kind: 'speed', mode: step.mode, km } });
    }
  }
  const basis = parts.every((p) => p.basis === 'cited') ? 'cited' : 'estimate';
  return { min: round1(parts.reduce((s, p) => s + p.min, 0)), max: round1(parts.reduce((s, p) => s + p.max, 0)), basis, parts };
}

/** Cited km where spans cover the whole route, and the km each mode runs (cited spans split by drawn km). */
export function routeDistance(steps: readonly StepView[], spans: readonly DistanceSpan[], facts: FactLookup): { officialKm: number | null; officialFacts: FactId[]; byMode: Array<{ mode: Mode; km: number; basis: 'cited' | 'drawn' }> } {
  const cover = coverSpans(steps, spans);
  const byMode: Array<{ mode: Mode; km: number; basis: 'cited' | 'drawn' }> = [];
  const add = (mode: Mode, km: number, basis: 'cited' | 'drawn'): void => {
    const row = byMode.find((r) => r.mode === mode && r.basis === basis);
    if (row) row.km += km;
    else byMode.push({ mode, km, basis });
  };
  const covered = new Set<number>();
  let citedTotal = 0;
  const used: FactId[] = [];
  for (const c of cover) {
    const cited = quantity(facts, c.span.km);
    if (cited === undefined) continue;
    const part = steps.slice(c.from, c.to);
    const drawn = part.reduce((s, x) => s + x.km, 0);
    for (let i = c.from; i < c.to; i++) covered.add(i);
    for (const s of part) add(s.mode, drawn > 0 ? (cited * s.km) / drawn : 0, 'cited');
    citedTotal += cited;
    used.push(c.span.km);
  }
  steps.forEach((s, i) => {
    if (!covered.has(i)) add(s.mode, s.scenarioKm ?? s.km, 'drawn');
  });
  return { officialKm: covered.size === steps.length && steps.length > 0 ? citedTotal : null, officialFacts: used, byMode };
}

/** CO2e per TEU of each mode's km: kg per TEU-km factors as they are, g per t-km factors times the tonnes per TEU. */
export function routeCo2(byMode: ReadonlyArray<{ mode: Mode; km: number; basis: 'cited' | 'drawn' }>, factors: RoutesFile['factors'], facts: FactLookup, tonnesPerTeu: number): { kgPerTeu: number | null; parts: Co2Part[] } {
  const parts = byMode.map((m): Co2Part => {
    const row = factors.rows.find((r) => r.mode === m.mode);
    const value = row ? quantity(facts, row.fact) : undefined;
    const kgPerTeu = row && value !== undefined ? (row.per === 'teu-km' ? m.km * value : (m.km * value * tonnesPerTeu) / 1000) : null;
    return { mode: m.mode, km: Math.round(m.km), kmBasis: m.basis, fact: row?.fact ?? null, kgPerTeu: kgPerTeu === null ? null : Math.round(kgPerTeu) };
  });
  const total = parts.some((p) => p.kgPerTeu === null) ? null : parts.reduce((s, p) => s + (p.kgPerTeu ?? 0), 0);
  return { kgPerTeu: total, parts };
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

export function routeRow(option: RouteOption, routes: RoutesFile, seaLegs: ReadonlyMap<LegId, SeaLeg>, closed: readonly PassageId[], facts: FactLookup, tonnesPerTeu: number): RouteRow {
  const steps = scenarioSteps(option, seaLegs, closed);
  const base = scenarioSteps(option, seaLegs, []);
  const blocked = steps.some((s) => s.scenarioKm === null);
  const baseDays = routeDays(base, routes, facts);
  const days = blocked ? null : routeDays(steps, routes, facts);
  const distance = routeDistance(blocked ? base : steps, routes.distances, facts);
  const co2 = routeCo2(distance.byMode, routes.factors, facts, tonnesPerTeu);
  const transfers = steps.slice(1).filter((s, i) => isTransfer(steps[i] as StepView, s)).map((s) => s.from);
  return {
    id: option.id,
    corridors: unique(steps.map((s) => s.corridor)),
    modes: steps.map((s) => s.mode).filter((m, i, all) => i === 0 || all[i - 1] !== m),
    steps,
    distanceKm: blocked ? null : steps.reduce((s, x) => s + (x.scenarioKm ?? 0), 0),
    baseDistanceKm: base.reduce((s, x) => s + x.km, 0),
    officialKm: blocked ? null : distance.officialKm,
    officialFacts: distance.officialFacts,
    days: days ? { min: days.min, max: days.max, basis: days.basis } : null,
    baseDays: { min: baseDays.min, max: baseDays.max, basis: baseDays.basis },
    daysParts: (days ?? baseDays).parts,
    co2eKgPerTeu: blocked ? null : co2.kgPerTeu,
    co2eKgPerTonne: blocked || co2.kgPerTeu === null ? null : Math.round((co2.kgPerTeu / tonnesPerTeu) * 10) / 10,
    co2Parts: co2.parts,
    transshipments: transfers.length,
    transferPlaces: transfers,
    borders: steps.reduce((s, x) => s + x.borders, 0),
    passages: unique(steps.flatMap((s) => s.passages)),
    blocked,
  };
}

/** The comparison to `to`, or an error naming the unknown destination. */
export function compareRoutes(routes: RoutesFile, facts: FactLookup, to: string, closed: readonly string[], tonnesPerTeu = routes.factors.defaultTonnesPerTeu): Comparison | { error: string } {
  const dest = routes.destinations.find((d) => d.place === to);
  if (!dest) return { error: `unknown destination "${to}": expected one of ${routes.destinations.map((d) => d.place).join(', ')}` };
  if (!(tonnesPerTeu > 0 && tonnesPerTeu <= 40)) return { error: `tonnes per TEU must be above 0 and at most 40, got ${String(tonnesPerTeu)}` };
  const shut = normaliseClosed(closed);
  const seaLegs = new Map(routes.seaLegs.map((s) => [s.leg, s]));
  return { to: dest.place, closed: shut, tonnesPerTeu, routes: dest.options.map((o) => routeRow(o, routes, seaLegs, shut, facts, tonnesPerTeu)) };
}
