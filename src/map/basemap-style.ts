/**
 * The offline basemap as one MapLibre style, built by a pure function of the theme and the world
 * geometry (the protomaps pattern: the whole style from one function). No glyphs, sprites, tiles or
 * fonts: nothing is fetched.
 */
import type { MapOptions } from 'maplibre-gl';
import { BASEMAP_COLORS, type Theme } from './palette';
import type { WorldGeometry } from '../geo/world';

export type StyleSpecification = Exclude<MapOptions['style'], string | undefined>;

export const BASEMAP_SOURCE_COUNTRIES = 'countries';
export const BASEMAP_SOURCE_BORDERS = 'borders';

export function buildBasemapStyle(theme: Theme, world: WorldGeometry): StyleSpecification {
  const c = BASEMAP_COLORS[theme];
  return {
    version: 8,
    name: `Corridor Atlas ${theme}`,
    sources: {
      [BASEMAP_SOURCE_COUNTRIES]: { type: 'geojson', data: world.countries, tolerance: 0.5 },
      [BASEMAP_SOURCE_BORDERS]: { type: 'geojson', data: world.borders, tolerance: 0.5 },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': c.ocean } },
      { id: 'land', type: 'fill', source: BASEMAP_SOURCE_COUNTRIES, paint: { 'fill-color': c.land, 'fill-antialias': false } },
      { id: 'coast', type: 'line', source: BASEMAP_SOURCE_COUNTRIES, paint: { 'line-color': c.coast, 'line-width': 0.6 } },
      {
        id: 'borders',
        type: 'line',
        source: BASEMAP_SOURCE_BORDERS,
        paint: { 'line-color': c.border, 'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 6, 1.2] },
      },
    ],
  };
}
