import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../model/schema';
import { buildSearchEntries, search } from './search';
import { buildModelIndex, resolveSelection, selectFacts, selectVisibleLegs } from './selectors';
import { createAtlasStore, selectTheme } from './store';

const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const index = buildModelIndex(model);

describe('store', () => {
  it('toggles filters, never leaving an empty set', () => {
    const store = createAtlasStore();
    store.getState().toggleDirection('west');
    expect(store.getState().directions).toEqual(['east', 'south', 'north', 'regional']);
    store.getState().setFilters({ directions: ['west'] });
    store.getState().toggleDirection('west');
    expect(store.getState().directions).toEqual(['east', 'west', 'south', 'north', 'regional']);
  });
  it('numbers camera requests so the same request twice is seen twice', () => {
    const store = createAtlasStore();
    store.getState().requestCamera({ kind: 'reset' });
    store.getState().requestCamera({ kind: 'reset' });
    expect(store.getState().cameraRequest).toEqual({ kind: 'reset', seq: 2 });
  });
  it('resolves theme=auto from the system preference', () => {
    expect(selectTheme({ themeSetting: 'auto', systemDark: false })).toBe('light');
    expect(selectTheme({ themeSetting: 'dark', systemDark: false })).toBe('dark');
  });
});

describe('selectors', () => {
  it('filters legs by direction and mode, and returns the same array for the same inputs', () => {
    const dirs = ['west' as const];
    const modes = ['rail' as const, 'air' as const];
    const a = selectVisibleLegs(index.legs, dirs, modes);
    expect(a.length).toBeGreaterThan(5);
    expect(a.every((l) => l.properties.direction === 'west' && ['rail', 'air'].includes(l.properties.mode))).toBe(true);
    // London is north of Chongqing by initial bearing (322 degrees); Dubai (280 degrees) is west.
    expect(a.some((l) => l.properties.id === 'air-dubai')).toBe(true);
    expect(a.some((l) => l.properties.id === 'air-london')).toBe(false);
    expect(selectVisibleLegs(index.legs, dirs, modes)).toBe(a);
  });
  it('resolves corridor and place ids and rejects unknown ones', () => {
    expect(resolveSelection(index, 'land-sea-corridor')).toEqual({ kind: 'corridor', id: 'land-sea-corridor' });
    expect(resolveSelection(index, 'duisburg')).toEqual({ kind: 'place', id: 'duisburg' });
    expect(resolveSelection(index, 'atlantis')).toBeNull();
  });
  it('corridor and place ids never collide (sel= resolves unambiguously)', () => {
    expect(model.corridors.filter((c) => index.placeById.has(c.id))).toEqual([]);
  });
  it('lists a corridor\'s key facts first, with the 319-ports fact for the Land-Sea Corridor', () => {
    const facts = selectFacts(index, { kind: 'corridor', id: 'land-sea-corridor' });
    // The dated (21 September 2022) version of the figure leads; the China-ASEAN background facts are not the corridor's.
    expect(facts[0]?.id).toBe('lsc-ports-2022-09');
    // 11 seed facts, 2 external lengths and 8 external transit times and service dates (issue 18).
    expect(facts.length).toBe(21);
    expect(facts.filter((f) => f.sourceKind === 'external').map((f) => f.id).sort()).toEqual([
      'ext-china-laos-railway-km', 'ext-lsc-china-laos-service-date', 'ext-lsc-chongqing-singapore-km', 'ext-lsc-cq-qinzhou-days', 'ext-lsc-hanoi-days-max', 'ext-lsc-hanoi-days-min',
      'ext-lsc-qinzhou-singapore-days', 'ext-lsc-regular-service-date', 'ext-lsc-vientiane-days', 'ext-yangtze-singapore-days',
    ]);
    expect(facts.filter((f) => f.context !== undefined)).toEqual([]);
    expect(selectFacts(index, { kind: 'place', id: 'caexpo-venue' }).map((f) => f.id)).toContain('caexpo-2022-dates');
  });
});

describe('search', () => {
  const entries = buildSearchEntries(index);
  it('finds places and corridors in English and Chinese from either UI language', () => {
    expect(search(entries, 'duis', 'en')[0]).toMatchObject({ kind: 'place', id: 'duisburg' });
    expect(search(entries, '新加坡', 'en')[0]).toMatchObject({ id: 'singapore' });
    expect(search(entries, 'yangtze', 'zh')[0]).toMatchObject({ kind: 'corridor', id: 'yangtze-shipping' });
    expect(search(entries, '陆海', 'zh')[0]).toMatchObject({ kind: 'corridor', id: 'land-sea-corridor' });
  });
  it('ignores case and accents, returns one result per id and nothing for blank or unknown queries', () => {
    expect(search(entries, 'POZNAN', 'en')[0]).toMatchObject({ id: 'poznan' });
    const ids = search(entries, 'chongqing', 'en', 20).map((e) => `${e.kind}:${e.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(search(entries, '   ', 'en')).toEqual([]);
    expect(search(entries, 'zzzz', 'en')).toEqual([]);
  });
});
