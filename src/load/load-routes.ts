/** Loads the planner's compiled network (an asset beside the model, fetched when the planner opens). */
import routesUrl from '../../data/model/routes.json?url';
import { ROUTES_SCHEMA_VERSION, type RoutesFile } from '../model/routes';
import { loadJson } from './load-json';

export async function loadRoutes(url: string = routesUrl): Promise<RoutesFile> {
  const raw = await loadJson(url, 'route network');
  const version = typeof raw === 'object' && raw !== null ? (raw as { schemaVersion?: unknown }).schemaVersion : undefined;
  if (version !== ROUTES_SCHEMA_VERSION) throw new Error(`The route network has schema version ${String(version)}; this app reads version ${ROUTES_SCHEMA_VERSION}`);
  return raw as RoutesFile;
}
