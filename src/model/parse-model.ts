/** Checks the shape and schema version of a loaded model before the app uses it. Pure. */
import { isRecord } from './issues';
import { MODEL_SCHEMA_VERSION, type AtlasModel, type LegFeature, type PlaceFeature } from './schema';

const LISTS = ['sources', 'references', 'contexts', 'facts', 'corridors', 'features'] as const;

/** The checks the app relies on; the build that wrote the model validated the rest. */
function hasModelShape(json: Record<string, unknown>): json is Record<string, unknown> & AtlasModel {
  return json.type === 'FeatureCollection' && json.schemaVersion === MODEL_SCHEMA_VERSION && LISTS.every((k) => Array.isArray(json[k]));
}

export function parseModel(json: unknown): AtlasModel | { error: string } {
  if (!isRecord(json) || json.type !== 'FeatureCollection') return { error: 'the model is not a GeoJSON FeatureCollection' };
  if (json.schemaVersion !== MODEL_SCHEMA_VERSION) {
    return { error: `the model has schema version ${JSON.stringify(json.schemaVersion)}; this app reads version ${MODEL_SCHEMA_VERSION}` };
  }
  const missing = LISTS.find((k) => !Array.isArray(json[k]));
  if (missing) return { error: `the model has no ${missing} list` };
  return hasModelShape(json) ? json : { error: 'the model has an unexpected shape' };
}

export function isLegFeature(f: AtlasModel['features'][number]): f is LegFeature {
  return f.properties.kind === 'leg';
}

export function isPlaceFeature(f: AtlasModel['features'][number]): f is PlaceFeature {
  return f.properties.kind === 'place';
}
