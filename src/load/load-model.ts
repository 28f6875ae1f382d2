/** Loads the compiled model (an asset beside the app, never inlined into the bundle). */
import modelUrl from '../../data/model/atlas.geojson?url';
import { parseModel } from '../model/parse-model';
import type { AtlasModel } from '../model/schema';
import { loadJson } from './load-json';

export async function loadModel(url: string = modelUrl): Promise<AtlasModel> {
  const parsed = parseModel(await loadJson(url, 'corridor model'));
  if ('error' in parsed) throw new Error(`The corridor model cannot be used: ${parsed.error}`);
  return parsed;
}
