import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildBasemapStyle } from './basemap-style';
import type { Theme } from './palette';
import { buildWorldGeometry, type CountriesTopology, type WorldGeometry } from '../geo/world';

const require = createRequire(import.meta.url);
/** The real basemap data the app loads (Natural Earth 50m from world-atlas). */
const world: WorldGeometry = buildWorldGeometry(
  JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')) as CountriesTopology,
);
const THEMES: readonly Theme[] = ['dark', 'light'];

/** Style-spec errors as messages ("layers[1].paint.fill-color: color expected, ..."). */
const styleErrors = (style: Parameters<typeof validateStyleMin>[0]): string[] => validateStyleMin(style).map((e) => e.message);

describe('buildBasemapStyle', () => {
  it.each(THEMES)('builds a %s style that MapLibre\'s style specification accepts', (theme) => {
    expect(styleErrors(buildBasemapStyle(theme, world))).toEqual([]);
  });

  it('the validator rejects a broken style (so the check above can fail)', () => {
    const broken = buildBasemapStyle('dark', world);
    const land = broken.layers[1];
    if (land?.type === 'fill') land.paint = { 'fill-color': 'not-a-colour' };
    expect(styleErrors(broken)).toEqual(['layers[1].paint.fill-color: color expected, "not-a-colour" found']);
  });

  it('carries every country of the basemap data in its countries source', () => {
    const style = buildBasemapStyle('light', world);
    const countries = style.sources.countries;
    expect(countries?.type === 'geojson' ? countries.data : undefined).toBe(world.countries);
    expect(world.countries.features.length).toBeGreaterThan(200);
  });

  it.each(THEMES)('builds an offline %s style: inline GeoJSON sources only, no glyphs, sprites or URLs', (theme) => {
    const style = buildBasemapStyle(theme, world);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify({ ...style, sources: {} })).not.toMatch(/https?:|\/\//u);
    expect(Object.values(style.sources).every((s) => s.type === 'geojson' && typeof s.data === 'object')).toBe(true);
  });

  it('draws ocean, land, coast and borders in that order, in the theme colours', () => {
    const dark = buildBasemapStyle('dark', world);
    const light = buildBasemapStyle('light', world);
    expect(dark.layers.map((l) => l.id)).toEqual(['ocean', 'land', 'coast', 'borders']);
    expect(dark.layers[0]).not.toEqual(light.layers[0]);
  });
});
