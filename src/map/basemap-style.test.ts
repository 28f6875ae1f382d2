import { describe, expect, it } from 'vitest';
import { buildBasemapStyle } from './basemap-style';
import type { WorldGeometry } from '../geo/world';

const world: WorldGeometry = {
  countries: { type: 'FeatureCollection', features: [] },
  borders: { type: 'Feature', properties: {}, geometry: { type: 'MultiLineString', coordinates: [] } },
};

describe('buildBasemapStyle', () => {
  it('builds an offline style: inline GeoJSON sources only, no glyphs, sprites or URLs', () => {
    const style = buildBasemapStyle('dark', world);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:|\/\//u);
    expect(Object.values(style.sources).every((s) => s.type === 'geojson' && typeof s.data === 'object')).toBe(true);
  });

  it('draws ocean, land, coast and borders in that order, in the theme colours', () => {
    const dark = buildBasemapStyle('dark', world);
    const light = buildBasemapStyle('light', world);
    expect(dark.layers.map((l) => l.id)).toEqual(['ocean', 'land', 'coast', 'borders']);
    expect(dark.layers[0]).not.toEqual(light.layers[0]);
  });
});
