import { describe, expect, it } from 'vitest';
import { parseModel } from './parse-model';
import { MODEL_SCHEMA_VERSION } from './schema';

describe('parseModel', () => {
  const ok = { type: 'FeatureCollection', schemaVersion: MODEL_SCHEMA_VERSION, sources: [], references: [], contexts: [], facts: [], corridors: [], features: [] };
  it('accepts a model of the current schema version', () => {
    expect(parseModel(ok)).toBe(ok);
  });
  it('rejects other versions, other shapes and non-objects with a clear message', () => {
    expect(parseModel({ ...ok, schemaVersion: 99 })).toEqual({ error: `the model has schema version 99; this app reads version ${MODEL_SCHEMA_VERSION}` });
    expect(parseModel({ ...ok, facts: {} })).toEqual({ error: 'the model has no facts list' });
    const { references: _r, ...noReferences } = ok;
    expect(parseModel(noReferences)).toEqual({ error: 'the model has no references list' });
    expect(parseModel('<html>')).toEqual({ error: 'the model is not a GeoJSON FeatureCollection' });
    expect(parseModel(null)).toEqual({ error: 'the model is not a GeoJSON FeatureCollection' });
  });
});
