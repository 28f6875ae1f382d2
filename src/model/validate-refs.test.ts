/** One broken fixture per rule of SPEC section 3.4; each must name file, record and field. */
import { describe, expect, it } from 'vitest';
import type { Issue } from './issues';
import type { ArticleId, Corridor, CorridorId, FactId, Leg, LegId, Place, PlaceId, SeedFile, SourceId } from './types';
import { mainRouteProblems, validateCorridor, validatePlaces } from './validate-data';
import { validateReferences } from './validate-refs';

const place = (id: string, coord: [number, number]): Place => ({
  id: id as PlaceId, name: { en: id, zh: id }, kind: 'city', coord, coordSource: 'GN', role: 'waypoint',
});

function fixture(): { seeds: Array<{ file: string; seed: SeedFile }>; places: { file: string; places: Place[] }; corridors: Array<{ file: string; corridor: Corridor }> } {
  const seed: SeedFile = {
    source: { id: '001_x' as SourceId, title: 't', outlet: 'o', date: '2022', language: 'en', articles: [{ id: 'a1' as ArticleId, title: 't', date: '2022', names: ['c1', 'a', 'b'] }] },
    facts: [{ id: 'f1' as FactId, kind: 'quantity', value: 1, unit: 'count', label: { en: 'a', zh: 'b' }, asOf: '2022', refs: ['c1', 'a'], quote: '1' }],
  };
  const corridor: Corridor = {
    id: 'c1' as CorridorId, name: { en: 'c', zh: 'c' }, short: { en: 'c', zh: 'c' }, direction: 'west', status: 'operating',
    summary: { en: 's', zh: 's' }, facts: ['f1' as FactId],
    legs: [{ id: 'l1' as LegId, name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'trunk', inferred: false, via: ['a' as PlaceId, { at: [1, 1], note: 'cp' }, 'b' as PlaceId] }],
    mainRoute: { from: 'a' as PlaceId, to: 'b' as PlaceId, legs: ['l1' as LegId] },
  };
  return {
    seeds: [{ file: 'seeds/001_x.yaml', seed }],
    places: { file: 'data/places.yaml', places: [place('a', [0, 0]), place('b', [2, 2])] },
    corridors: [{ file: 'data/corridors/c1.yaml', corridor }],
  };
}

function check(mutate: (f: ReturnType<typeof fixture>) => void): Issue[] {
  const f = fixture();
  mutate(f);
  const issues: Issue[] = [];
  validateReferences(f, issues);
  return issues;
}

describe('validateReferences', () => {
  it('accepts a consistent fixture', () => {
    expect(check(() => undefined)).toEqual([]);
  });

  it('reports an unknown place id in a leg', () => {
    expect(check((f) => { (f.corridors[0] as { corridor: Corridor }).corridor.legs[0]!.via[2] = 'bb' as PlaceId; })).toContainEqual({
      file: 'data/corridors/c1.yaml', id: 'l1', field: 'via[2]', message: 'unknown place id "bb"',
    });
  });

  it('reports a duplicate place id', () => {
    expect(check((f) => { f.places.places.push(place('a', [3, 3])); })).toContainEqual(
      expect.objectContaining({ file: 'data/places.yaml', id: 'a', field: 'id' }),
    );
  });

  it('reports a duplicate fact id across seeds files', () => {
    expect(check((f) => { f.seeds.push({ file: 'seeds/002_y.yaml', seed: f.seeds[0]!.seed }); })).toContainEqual(
      expect.objectContaining({ file: 'seeds/002_y.yaml', id: 'f1', field: 'id', message: 'duplicate fact id (first defined in seeds/001_x.yaml)' }),
    );
  });

  it('reports a fact id referenced by a corridor but not defined', () => {
    expect(check((f) => { f.corridors[0]!.corridor.facts.push('f9' as FactId); })).toContainEqual({
      file: 'data/corridors/c1.yaml', id: 'c1', field: 'facts[1]', message: 'fact id "f9" is not defined in seeds/',
    });
  });

  it('reports a corridor with no fact', () => {
    expect(check((f) => { f.corridors[0]!.corridor.facts = []; })).toContainEqual({
      file: 'data/corridors/c1.yaml', id: 'c1', field: 'facts', message: 'every corridor needs at least one fact',
    });
  });

  it('reports a fact that refers to an unknown corridor or place', () => {
    expect(check((f) => { f.seeds[0]!.seed.facts[0]!.refs.push('nowhere'); })).toContainEqual({
      file: 'seeds/001_x.yaml', id: 'f1', field: 'refs[2]', message: 'unknown corridor or place id "nowhere"',
    });
  });

  it('accepts a main route whose official length is a km quantity, and refuses one that is not', () => {
    const km = (f: ReturnType<typeof fixture>, unit: 'km' | 'count'): void => {
      f.seeds[0]!.seed.facts.push({ id: 'ext-km' as FactId, kind: 'quantity', value: 11179, unit, label: { en: 'k', zh: 'k' }, asOf: '2022', refs: [], quote: '11,179' });
      f.corridors[0]!.corridor.mainRoute.officialKm = 'ext-km' as FactId;
    };
    expect(check((f) => km(f, 'km'))).toEqual([]);
    expect(check((f) => km(f, 'count'))).toEqual([{
      file: 'data/corridors/c1.yaml', id: 'c1', field: 'mainRoute.officialKm', message: 'fact "ext-km" must be a quantity in km (it is in count)',
    }]);
    expect(check((f) => { f.corridors[0]!.corridor.mainRoute.officialKm = 'nope' as FactId; })).toEqual([{
      file: 'data/corridors/c1.yaml', id: 'c1', field: 'mainRoute.officialKm', message: 'fact id "nope" is not defined in seeds/ or references/external.yaml',
    }]);
  });

  it('accepts an official length cited from an external reference', () => {
    const f = fixture();
    const fact = { id: 'ext-km' as FactId, kind: 'quantity' as const, value: 11179, unit: 'km' as const, label: { en: 'k', zh: 'k' }, asOf: '2024', refs: [], quote: '11,179', source: 'r1' };
    f.corridors[0]!.corridor.mainRoute.officialKm = 'ext-km' as FactId;
    const issues: Issue[] = [];
    validateReferences({ ...f, external: { file: 'references/external.yaml', facts: [fact] } }, issues);
    expect(issues).toEqual([]);
  });

  it('reports a main route end that is not a place', () => {
    expect(check((f) => { f.corridors[0]!.corridor.mainRoute.to = 'zz' as PlaceId; })).toContainEqual({
      file: 'data/corridors/c1.yaml', id: 'c1', field: 'mainRoute.to', message: 'unknown place id "zz"',
    });
  });

  it('reports a leg that ends at a control point instead of a place', () => {
    expect(check((f) => { f.corridors[0]!.corridor.legs[0]!.via.pop(); })).toContainEqual(
      expect.objectContaining({ id: 'l1', field: 'via[1]', message: 'a leg must end at a place, not a control point' }),
    );
  });
});

describe('validatePlaces', () => {
  it('reports coordinates out of range with file, id and field', () => {
    const issues: Issue[] = [];
    validatePlaces('data/places.yaml', { places: [{ id: 'x', name: { en: 'x', zh: 'x' }, kind: 'city', coord: [190, 95], coordSource: 'GN', role: 'hub' }] }, issues);
    expect(issues).toEqual([
      { file: 'data/places.yaml', id: 'x', field: 'coord', message: 'longitude 190 is out of range -180..180' },
      { file: 'data/places.yaml', id: 'x', field: 'coord', message: 'latitude 95 is out of range -90..90' },
    ]);
  });

  it('reports a swapped or malformed coordinate pair and an unknown kind', () => {
    const issues: Issue[] = [];
    validatePlaces('data/places.yaml', { places: [{ id: 'y', name: { en: 'y', zh: 'y' }, kind: 'castle', coord: ['29', 106], coordSource: 'GN', role: 'hub' }] }, issues);
    expect(issues.map((i) => i.field)).toEqual(['coord', 'kind']);
  });
});

describe('validateCorridor', () => {
  it('reports a bad mode, a leg with one waypoint and routing on a rail leg', () => {
    const issues: Issue[] = [];
    validateCorridor('data/corridors/c.yaml', {
      id: 'c', name: { en: 'c', zh: 'c' }, short: { en: 'c', zh: 'c' }, direction: 'west', status: 'operating',
      summary: { en: 's', zh: 's' }, facts: ['f1'],
      legs: [{ id: 'l', name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'trunk', inferred: false, routing: 'charted', via: ['a'] },
        { id: 'm', name: { en: 'm', zh: 'm' }, mode: 'hyperloop', role: 'trunk', inferred: false, via: ['a', 'b'] }],
      mainRoute: { from: 'a', to: 'b', legs: ['m'] },
    }, issues);
    expect(issues).toEqual([
      { file: 'data/corridors/c.yaml', id: 'l', field: 'via', message: 'needs at least two waypoints' },
      { file: 'data/corridors/c.yaml', id: 'l', field: 'routing', message: 'only sea legs take a routing' },
      expect.objectContaining({ id: 'm', field: 'mode' }),
    ]);
  });
});

describe('mainRouteProblems', () => {
  const leg = (id: string, ...via: string[]): Leg => ({ id: id as LegId, name: { en: id, zh: id }, mode: 'rail', role: 'trunk', inferred: false, via: via as PlaceId[] });
  const legs = [leg('ab', 'a', 'b'), leg('bc', 'b', 'c'), leg('bd', 'b', 'd')];
  const route = (from: string, to: string, ...ids: string[]): Pick<Corridor, 'legs' | 'mainRoute'> => ({ legs, mainRoute: { from: from as PlaceId, to: to as PlaceId, legs: ids as LegId[] } });

  it('accepts a chain of the corridor\'s legs from one end to the other', () => {
    expect(mainRouteProblems(route('a', 'c', 'ab', 'bc'))).toEqual([]);
  });

  it('refuses a leg of another corridor, a gap in the chain and a wrong end', () => {
    expect(mainRouteProblems(route('a', 'c', 'ab', 'xy'))).toEqual([{ field: 'mainRoute.legs[1]', message: '"xy" is not a leg of this corridor' }]);
    expect(mainRouteProblems(route('a', 'd', 'bc', 'bd'))).toEqual([
      { field: 'mainRoute.legs[0]', message: '"bc" starts at "b", not at "a" where the route has got to' },
      { field: 'mainRoute.legs[1]', message: '"bd" starts at "b", not at "c" where the route has got to' },
    ]);
    expect(mainRouteProblems(route('a', 'd', 'ab', 'bc'))).toEqual([{ field: 'mainRoute.to', message: 'the last leg ends at "c", not at "d"' }]);
  });

  it('is checked when a corridor file is read, and a missing main route is reported', () => {
    const base = {
      id: 'c', name: { en: 'c', zh: 'c' }, short: { en: 'c', zh: 'c' }, direction: 'west', status: 'operating',
      summary: { en: 's', zh: 's' }, facts: ['f1'],
      legs: [{ id: 'ab', name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'trunk', inferred: false, via: ['a', 'b'] }],
    };
    const issues: Issue[] = [];
    validateCorridor('c.yaml', { ...base, mainRoute: { from: 'b', to: 'a', legs: ['ab'] } }, issues);
    validateCorridor('d.yaml', base, issues);
    validateCorridor('e.yaml', { ...base, mainRoute: { from: 'a', to: 'b', legs: ['ab'], km: 3 } }, issues);
    expect(issues).toEqual([
      { file: 'c.yaml', id: 'c', field: 'mainRoute.legs[0]', message: '"ab" starts at "a", not at "b" where the route has got to' },
      { file: 'c.yaml', id: 'c', field: 'mainRoute.to', message: 'the last leg ends at "b", not at "a"' },
      { file: 'd.yaml', id: 'c', field: 'mainRoute', message: 'is missing' },
      expect.objectContaining({ file: 'e.yaml', field: 'mainRoute.km' }),
    ]);
  });
});
