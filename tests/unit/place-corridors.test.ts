import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../../src/model/schema';
import { buildModelIndex, selectPlaceCorridors } from '../../src/state/selectors';

const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const index = buildModelIndex(model);
const ids = (place: string): string[] => selectPlaceCorridors(index, place).map((c) => c.id);

describe('corridors through a place, over the model', () => {
  it('lists all eight corridors for Chongqing: they set out from its hubs', () => {
    expect(ids('chongqing')).toEqual(model.corridors.map((c) => c.id));
    expect(ids('chongqing')).toHaveLength(8);
  });
  it('gives Chengdu the Land-Sea Corridor of its railway port', () => {
    expect(ids('chengdu')).toEqual(['chengdu-chongqing-circle', 'land-sea-corridor']);
  });
  it('gives Shanghai the Yangtze shipping that ends at its Waigaoqiao port', () => {
    expect(ids('shanghai')).toEqual(['yangtze-shipping']);
  });
  it('lists for every other place exactly the corridors whose legs pass it', () => {
    const cities = new Set(['chongqing', 'chengdu', 'shanghai']);
    for (const p of index.places.filter((x) => !cities.has(x.properties.id))) {
      const passing = model.corridors.filter((c) => (index.legsByCorridor.get(c.id) ?? []).some((l) => l.properties.places.some((x) => x === p.properties.id))).map((c) => c.id);
      expect([p.properties.id, ids(p.properties.id)]).toEqual([p.properties.id, passing]);
    }
  });
  it('lists for Chongqing and Chengdu every corridor whose legs pass them', () => {
    for (const id of ['chongqing', 'chengdu', 'shanghai']) {
      const passing = model.corridors.filter((c) => (index.legsByCorridor.get(c.id) ?? []).some((l) => l.properties.places.some((x) => x === id))).map((c) => c.id);
      expect(ids(id)).toEqual(expect.arrayContaining(passing));
    }
  });
});
