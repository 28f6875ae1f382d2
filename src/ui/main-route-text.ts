/** A corridor's main route as one line of text, with its ends' names in the UI language. */
import { formatMainRoute } from '../i18n/format';
import type { ModelCorridor } from '../model/schema';
import type { Lang } from '../model/types';
import type { ModelIndex } from '../state/selectors';

/** The place whose name stands for every one of Chongqing's own hubs (stations, ports, airport). */
const CITY = 'chongqing';

/** How close (degrees of latitude and longitude) a hub must be to the city point to go by its name. */
const CITY_SPAN_DEG = 0.5;

/**
 * "Chongqing – Duisburg · 9,359 km drawn": an end that is one of Chongqing's own hubs (role `hub`
 * within half a degree of the city point, e.g. Tuanjiecun station or Guoyuan port) is named by the
 * city; any other end by its own name.
 */
export function mainRouteText(index: ModelIndex, c: ModelCorridor, lang: Lang): string {
  const name = (id: string): string => {
    const p = index.placeById.get(id);
    const city = index.placeById.get(CITY);
    const [lon = 0, lat = 0] = p?.geometry.coordinates ?? [];
    const [cityLon = 0, cityLat = 0] = city?.geometry.coordinates ?? [];
    const inCity = p?.properties.role === 'hub' && Math.abs(lon - cityLon) < CITY_SPAN_DEG && Math.abs(lat - cityLat) < CITY_SPAN_DEG;
    const shown = inCity ? city ?? p : p;
    return shown?.properties.name[lang] ?? id;
  };
  return formatMainRoute(c.mainRoute, name(c.mainRoute.from), name(c.mainRoute.to), lang);
}
