/** Loads Natural Earth 50m countries from world-atlas (an asset) and converts it for MapLibre. */
import countriesUrl from 'world-atlas/countries-50m.json?url';
import { buildWorldGeometry, type CountriesTopology, type WorldGeometry } from '../geo/world';
import { loadJson } from './load-json';

export async function loadWorld(url: string = countriesUrl): Promise<WorldGeometry> {
  const topo = await loadJson(url, 'basemap');
  return buildWorldGeometry(topo as CountriesTopology);
}
