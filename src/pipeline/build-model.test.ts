import { describe, expect, it } from 'vitest';
import type { Issue } from '../model/issues';
import type { LegFeature, PlaceFeature } from '../model/schema';
import type { Corridor, CorridorId, FactId, LegId, Place, PlaceId, SeedFile, SourceId } from '../model/types';
import { buildModel, formatModel, type ModelInputs } from './build-model';
import type { SeaRouter } from './sea-route';

const place = (id: string, coord: [number, number]): Place => ({ id: id as PlaceId, name: { en: id, zh: id }, kind: 'city', coord, coordSource: 'GN', role: 'hub' });
const seed: SeedFile = {
  source: { id: '001_x' as SourceId, title: 't', outlet: 'o', date: '2022', language: 'en', articles: [] },
  facts: [{ id: 'f1' as FactId, kind: 'quantity', value: 1, unit: 'count', label: { en: 'a', zh: 'b' }, asOf: '2022', refs: ['c1', 'b'], quote: '1' }],
};
const corridor = (legs: Corridor['legs'], direction: Corridor['direction'] = 'west'): Corridor => ({
  id: 'c1' as CorridorId, name: { en: 'c', zh: 'c' }, short: { en: 'c', zh: 'c' }, direction, status: 'operating',
  summary: { en: 's', zh: 's' }, facts: ['f1' as FactId], legs,
  mainRoute: { from: 'a' as PlaceId, to: 'b' as PlaceId, legs: legs.slice(0, 1).map((l) => l.id) },
});
const straightSea: SeaRouter = (a, b) => [a, [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2 - 1], b];

function inputs(c: Corridor, routeSea: SeaRouter = straightSea): ModelInputs {
  return {
    seeds: [{ file: 's.yaml', seed }],
    places: [place('b', [10, 10]), place('a', [0, 0]), place('z', [179, 0]), place('w', [-179, 0])],
    corridors: [{ file: 'c1.yaml', corridor: c }],
    routeSea,
  };
}

describe('buildModel', () => {
  const rail = corridor([{ id: 'l1' as LegId, name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'trunk', inferred: true, via: ['a' as PlaceId, { at: [5, 6], note: 'cp' }, 'b' as PlaceId] }]);

  it('builds legs through their waypoints and places sorted by id, with corridor membership', () => {
    const issues: Issue[] = [];
    const model = buildModel(inputs(rail), issues);
    expect(issues).toEqual([]);
    const leg = model.features[0] as LegFeature;
    expect(leg.geometry.coordinates).toEqual([[0, 0], [5, 6], [10, 10]]);
    expect(leg.properties).toMatchObject({ id: 'l1', corridor: 'c1', mode: 'rail', inferred: true, places: ['a', 'b'], direction: 'west' });
    expect(leg.properties.drawnKm).toBeGreaterThan(1500);
    const places = model.features.slice(1) as PlaceFeature[];
    expect(places.map((p) => p.properties.id)).toEqual(['a', 'b', 'w', 'z']);
    expect(places[0]?.properties.corridors).toEqual(['c1']);
    expect(places[2]?.properties.corridors).toEqual([]);
    expect(model.corridors[0]).toMatchObject({ keyFacts: ['f1'], facts: ['f1'], modes: ['rail'], legs: ['l1'] });
  });

  it('gives a corridor the length of its main route, not the sum of its legs, and the official km of its fact', () => {
    const legs: Corridor['legs'] = [
      { id: 'm1' as LegId, name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'trunk', inferred: false, via: ['a' as PlaceId, 'b' as PlaceId] },
      { id: 'm2' as LegId, name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'branch', inferred: false, via: ['b' as PlaceId, 'z' as PlaceId] },
    ];
    const c: Corridor = { ...corridor(legs), mainRoute: { from: 'a' as PlaceId, to: 'b' as PlaceId, legs: ['m1' as LegId], officialKm: 'f-km' as FactId } };
    const kmSeed: SeedFile = { ...seed, facts: [...seed.facts, { id: 'f-km' as FactId, kind: 'quantity', value: 1800, unit: 'km', label: { en: 'k', zh: 'k' }, asOf: '2024', refs: [], quote: '1,800 km' }] };
    const model = buildModel({ ...inputs(c), seeds: [{ file: 's.yaml', seed: kmSeed }] }, []);
    const [m1, m2] = model.features as LegFeature[];
    expect(m1?.properties.drawnKm).toBe(1569);
    expect(m2?.properties.drawnKm).toBeGreaterThan(10_000);
    expect(model.corridors[0]).toMatchObject({ drawnKm: 1569, mainRoute: { from: 'a', to: 'b', legs: ['m1'], drawnKm: 1569, officialKm: 1800, officialFact: 'f-km' } });
  });

  it('unwraps a rail line across 180 degrees', () => {
    const c = corridor([{ id: 'l2' as LegId, name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'trunk', inferred: false, via: ['z' as PlaceId, 'w' as PlaceId] }]);
    const model = buildModel(inputs(c), []);
    expect((model.features[0] as LegFeature).geometry.coordinates).toEqual([[179, 0], [181, 0]]);
  });

  it('gives air legs of an all-directions corridor their own bearing', () => {
    const c = corridor([{ id: 'l3' as LegId, name: { en: 'l', zh: 'l' }, mode: 'air', role: 'branch', inferred: false, via: ['b' as PlaceId, 'a' as PlaceId] }], 'all');
    // Initial bearing from [10, 10] to [0, 0] is 225.7 degrees: west (the old flat east/north comparison said south).
    expect((buildModel(inputs(c), []).features[0] as LegFeature).properties.direction).toBe('west');
  });

  it('reports a sea leg whose route misses its port, naming file, leg and field', () => {
    const c = corridor([{ id: 's1' as LegId, name: { en: 's', zh: 's' }, mode: 'sea', role: 'trunk', inferred: false, via: ['a' as PlaceId, 'b' as PlaceId] }]);
    const issues: Issue[] = [];
    buildModel(inputs(c, (a) => [a, [3, 3]]), issues);
    expect(issues).toEqual([{ file: 'c1.yaml', id: 's1', field: 'via[1]', message: 'the line does not end at its last place' }]);
  });

  it('reports an unroutable sea leg', () => {
    const c = corridor([{ id: 's2' as LegId, name: { en: 's', zh: 's' }, mode: 'sea', role: 'trunk', inferred: false, via: ['a' as PlaceId, 'b' as PlaceId] }]);
    const issues: Issue[] = [];
    buildModel(inputs(c, () => ({ error: 'no sea route' })), issues);
    expect(issues).toEqual([{ file: 'c1.yaml', id: 's2', field: 'via', message: 'no sea route' }]);
  });

  it('is deterministic: the same inputs serialise to the same bytes', () => {
    expect(formatModel(buildModel(inputs(rail), []))).toBe(formatModel(buildModel(inputs(rail), [])));
  });
});

describe('buildModel with inputs in another order', () => {
  const leg = (id: string, via: string[]): Corridor['legs'][number] =>
    ({ id: id as LegId, name: { en: id, zh: id }, mode: 'rail', role: 'trunk', inferred: false, via: via as PlaceId[] });
  const fact = (id: string, refs: string[]): SeedFile['facts'][number] =>
    ({ id: id as FactId, kind: 'quantity', value: 1, unit: 'count', label: { en: id, zh: id }, asOf: '2022', refs, quote: '1' });
  const seedFile = (id: string, facts: SeedFile['facts']): { file: string; seed: SeedFile } =>
    ({ file: `${id}.yaml`, seed: { source: { id: id as SourceId, title: id, outlet: 'o', date: '2022', language: 'en', articles: [] }, facts } });
  const corridorFile = (id: string, legs: Corridor['legs'], facts: string[]): { file: string; corridor: Corridor } =>
    ({ file: `${id}.yaml`, corridor: { ...corridor(legs), id: id as CorridorId, facts: facts as FactId[] } });

  // Two seed files, two corridors sharing a place, places listed out of id order.
  const base: ModelInputs = {
    seeds: [seedFile('001_a', [fact('z-fact', ['east']), fact('a-fact', ['west', 'b'])]), seedFile('002_b', [fact('m-fact', ['east'])])],
    places: [place('b', [10, 10]), place('a', [0, 0]), place('c', [20, 5]), place('d', [-5, 5])],
    corridors: [
      corridorFile('west', [leg('w2', ['b', 'a']), leg('w1', ['a', 'd'])], ['a-fact']),
      corridorFile('east', [leg('e1', ['b', 'c'])], ['z-fact', 'm-fact']),
    ],
    routeSea: straightSea,
  };
  const text = (i: ModelInputs): string => formatModel(buildModel(i, []));
  const reversed = <T>(xs: readonly T[]): T[] => [...xs].reverse();
  const rotated = <T>(xs: readonly T[]): T[] => [...xs.slice(1), ...xs.slice(0, 1)];

  it.each([
    ['reversed', reversed],
    ['rotated', rotated],
  ] as const)('gives the same bytes with seed files, places and corridors %s', (_name, reorder) => {
    const other: ModelInputs = { ...base, seeds: reorder(base.seeds), places: reorder(base.places), corridors: reorder(base.corridors) };
    expect(other.corridors[0]?.corridor.id).not.toBe(base.corridors[0]?.corridor.id);
    expect(text(other)).toBe(text(base));
  });

  it('keeps facts and legs in the order their files give (the details panel lists them so)', () => {
    const model = buildModel(base, []);
    expect(model.facts.map((f) => f.id)).toEqual(['z-fact', 'a-fact', 'm-fact']);
    expect(model.corridors.map((c) => [c.id, c.legs])).toEqual([['east', ['e1']], ['west', ['w2', 'w1']]]);
    expect(model.corridors.find((c) => c.id === 'east')?.facts).toEqual(['z-fact', 'm-fact']);
  });

  it('derives the same corridor membership, lengths and facts when facts and legs are listed in another order', () => {
    const other: ModelInputs = {
      ...base,
      seeds: base.seeds.map((s) => ({ ...s, seed: { ...s.seed, facts: reversed(s.seed.facts) } })),
      corridors: base.corridors.map((c) => ({ ...c, corridor: { ...c.corridor, legs: reversed(c.corridor.legs) } })),
    };
    const summary = (i: ModelInputs): unknown => {
      const m = buildModel(i, []);
      return {
        places: m.features.filter((f): f is PlaceFeature => f.properties.kind === 'place').map((f) => [f.properties.id, f.properties.corridors]),
        corridors: m.corridors.map((c) => [c.id, c.drawnKm, c.modes, [...c.facts].sort(), [...c.legs].sort()]),
        facts: [...m.facts].sort((a, b) => a.id.localeCompare(b.id)),
      };
    };
    expect(summary(other)).toEqual(summary(base));
  });
});
