import { describe, expect, it } from 'vitest';
import type { ModelFact } from '../model/schema';
import type { RoutesFile } from '../model/routes';
import type { FactId } from '../model/types';
import { compareRoutes, normaliseClosed, type Comparison } from './compare';

const q = (id: string, value: number, unit: string): ModelFact => ({ id, kind: 'quantity', value, unit, label: { en: id, zh: id }, quote: String(value), source: 'ref', sourceKind: 'external' } as unknown as ModelFact);
const FACTS = new Map<string, ModelFact>([
  q('t-op', 2, 'days'), q('t-ps', 6, 'days'), q('k-os', 3300, 'km'),
  q('ef-sea', 0.0804, 'kg-co2e-per-teu-km'), q('ef-rail', 11.3, 'g-co2-per-tkm'),
].map((f) => [f.id, f]));
const fact = (id: FactId): ModelFact | undefined => FACTS.get(id);

/** Chongqing (O, a hub) by rail to a port P, then by sea to S; the sea leg passes Suez. */
const ROUTES = {
  schemaVersion: 1,
  passages: [{ id: 'suez', name: { en: 'Suez Canal', zh: '苏伊士运河' }, short: { en: 'Suez', zh: '苏伊士' }, box: [32.2, 29.85, 32.65, 31.35] }],
  assumptions: { id: 'test', kmPerDay: { rail: { min: 500, max: 800 }, road: { min: 500, max: 700 }, river: { min: 150, max: 250 }, sea: { min: 500, max: 650 } }, airDays: { min: 1, max: 2 }, transferDays: { min: 1, max: 3 } },
  factors: { id: 'f', defaultTonnesPerTeu: 10, rows: [{ mode: 'sea', fact: 'ef-sea', per: 'teu-km' }, { mode: 'rail', fact: 'ef-rail', per: 't-km' }] },
  times: [{ from: 'chongqing', to: 'P', corridors: ['Y'], daysMin: 't-op', daysMax: 't-op' }, { from: 'P', to: 'S', corridors: ['Y'], daysMin: 't-ps', daysMax: 't-ps' }],
  distances: [{ from: 'chongqing', to: 'S', corridors: ['Y'], km: 'k-os' }],
  seaLegs: [{ leg: 'ys', km: 2000, passages: ['suez'], scenarios: [{ closed: ['suez'], km: 8000, passages: [], line: 0 }] }],
  destinations: [{ place: 'S', options: [{ id: 'Y:rail-sea', steps: [
    { leg: 'yr', corridor: 'Y', mode: 'rail', from: 'O', to: 'P', km: 1000, borders: 0, inferred: false },
    { leg: 'ys', corridor: 'Y', mode: 'sea', from: 'P', to: 'S', km: 2000, borders: 0, inferred: false },
  ] }] }],
  lines: [[[0, 0], [1, 1]]],
} as unknown as RoutesFile;

function only(c: Comparison | { error: string }) {
  if ('error' in c) throw new Error(c.error);
  const row = c.routes[0];
  if (!row) throw new Error('no row');
  return row;
}

describe('route comparison', () => {
  it('uses cited times and distances where they cover the route, and says the transfer dwell is an estimate', () => {
    const r = only(compareRoutes(ROUTES, fact, 'S', []));
    expect(r.daysParts.map((p) => [p.from, p.to, p.min, p.max, p.basis])).toEqual([['O', 'P', 2, 2, 'cited'], ['P', 'P', 1, 3, 'estimate'], ['P', 'S', 6, 6, 'cited']]);
    expect(r.days).toEqual({ min: 9, max: 11, basis: 'estimate' });
    expect(r.distanceKm).toBe(3000);
    expect(r.officialKm).toBe(3300);
    // The cited 3,300 km split by drawn km: rail 1,100, sea 2,200.
    expect(r.co2Parts.map((p) => [p.mode, p.km, p.kmBasis, p.kgPerTeu])).toEqual([['rail', 1100, 'cited', 124], ['sea', 2200, 'cited', 177]]);
    expect(r.co2eKgPerTeu).toBe(301);
    expect(r.co2eKgPerTonne).toBe(30.1);
    expect(r.transshipments).toBe(1);
    expect(r.transferPlaces).toEqual(['P']);
    expect(r.passages).toEqual(['suez']);
  });

  it('scales the per-tonne factors with the cargo per TEU (sea is per TEU already)', () => {
    const r = only(compareRoutes(ROUTES, fact, 'S', [], 20));
    expect(r.co2Parts.map((p) => p.kgPerTeu)).toEqual([249, 177]);
    expect(r.co2eKgPerTonne).toBe(21.3);
  });

  it('re-routes the sea leg round a closed passage: drawn km and estimated days grow, the cited stretch at sea no longer applies', () => {
    const r = only(compareRoutes(ROUTES, fact, 'S', ['suez']));
    expect(r.distanceKm).toBe(9000);
    expect(r.baseDistanceKm).toBe(3000);
    expect(r.officialKm).toBeNull();
    expect(r.steps[1]?.line).toBe(0);
    // rail cited 2, dwell 1-3, sea 8,000 km at 650-500 km a day.
    expect(r.days).toEqual({ min: Math.round((2 + 1 + 8000 / 650) * 10) / 10, max: 2 + 3 + 16, basis: 'estimate' });
    expect(r.baseDays).toEqual({ min: 9, max: 11, basis: 'estimate' });
    expect(r.co2eKgPerTeu).toBe(113 + 643);
    expect(r.passages).toEqual([]);
  });

  it('says a route is blocked when no lane avoids the closed passages', () => {
    const blocked = { ...ROUTES, seaLegs: [{ leg: 'ys', km: 2000, passages: ['suez'], scenarios: [{ closed: ['suez'], km: null, passages: [] }] }] } as unknown as RoutesFile;
    const r = only(compareRoutes(blocked, fact, 'S', ['suez']));
    expect([r.blocked, r.distanceKm, r.days, r.co2eKgPerTeu]).toEqual([true, null, null, null]);
  });

  it('refuses an unknown destination and a silly cargo weight with a message', () => {
    expect(compareRoutes(ROUTES, fact, 'atlantis', [])).toEqual({ error: 'unknown destination "atlantis": expected one of S' });
    expect(compareRoutes(ROUTES, fact, 'S', [], 0)).toEqual({ error: 'tonnes per TEU must be above 0 and at most 40, got 0' });
  });

  it('keeps known passages in their canonical order and drops the rest', () => {
    expect(normaliseClosed(['gibraltar', 'nowhere', 'suez', 'suez'])).toEqual(['suez', 'gibraltar']);
  });
});
