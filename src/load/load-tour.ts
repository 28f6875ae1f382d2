/** Loads a tour (an asset beside the app, precached for offline use) and validates it against the model. */
import { formatIssue } from '../model/issues';
import type { Tour, TourRefs } from '../tour/tour-schema';
import { validateTour } from '../tour/validate-tour';
import { loadJson } from './load-json';

const TOUR_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(import.meta.glob<string>('../../data/tours/*.json', { query: '?url', import: 'default', eager: true }))
    .map(([path, url]) => [path.replace(/^.*\/([^/]+)\.json$/u, '$1'), url]),
);

export function tourIds(): string[] {
  return Object.keys(TOUR_URLS).sort();
}

export async function loadTour(id: string, refs: TourRefs): Promise<Tour> {
  const url = TOUR_URLS[id];
  if (!url) throw new Error(`There is no tour "${id}" (tours: ${tourIds().join(', ')})`);
  const result = validateTour(await loadJson(url, `tour "${id}"`), refs, `tours/${id}.json`);
  if (!result.tour) throw new Error(`The tour "${id}" cannot be used: ${result.issues.map(formatIssue).join('; ')}`);
  return result.tour;
}
