/**
 * Golden output: rebuilding the model from seeds/ and data/ gives the committed file byte for
 * byte, whatever order the loaders hand over seed files, places and corridors in. On a mismatch
 * the fresh build is written next to the committed file (`atlas.geojson-changed`, gitignored) and
 * the test fails with the first differing lines.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/issues';
import { buildModel, formatModel, type ModelInputs } from '../../src/pipeline/build-model';
import { createSeaRouter } from '../../src/pipeline/sea-route';
import { diffLines, formatLineDifferences } from '../../src/pipeline/text-diff';
import { loadSeaNetwork, readCommittedModel } from '../../scripts/lib/load-sources';
import { loadProjectSources } from './helpers/sources';
import { shuffled } from './helpers/shuffle';

const MODEL_PATH = fileURLToPath(new URL('../../data/model/atlas.geojson', import.meta.url));
const CHANGED_PATH = `${MODEL_PATH}-changed`;

const { sources, issues } = loadProjectSources();
const inputs: ModelInputs = { ...sources, places: sources.places.places, routeSea: createSeaRouter(loadSeaNetwork()) };

function build(from: ModelInputs): string {
  const buildIssues: Issue[] = [];
  const text = formatModel(buildModel(from, buildIssues));
  expect(buildIssues).toEqual([]);
  return text;
}

describe('committed model', () => {
  it('loads without problems', () => {
    expect(issues).toEqual([]);
  });

  it('is what npm run build:model produces now (run it and commit data/model/atlas.geojson if this fails)', () => {
    const committed = readCommittedModel(MODEL_PATH) ?? '';
    const fresh = build(inputs);
    if (fresh === committed) {
      if (existsSync(CHANGED_PATH)) rmSync(CHANGED_PATH);
      return;
    }
    writeFileSync(CHANGED_PATH, fresh);
    const diff = formatLineDifferences(diffLines(committed, fresh), { expected: 'committed', actual: 'fresh' });
    expect.fail(`data/model/atlas.geojson is stale (the fresh build is in data/model/atlas.geojson-changed):\n${diff}`);
  });

  it.each([1, 2, 3])('is the same bytes when seed files, places and corridors arrive shuffled (seed %i)', (seed) => {
    const reordered: ModelInputs = {
      ...inputs,
      seeds: shuffled(inputs.seeds, seed),
      places: shuffled(inputs.places, seed + 100),
      corridors: shuffled(inputs.corridors, seed + 200),
    };
    expect(reordered.corridors.map((c) => c.file)).not.toEqual(inputs.corridors.map((c) => c.file));
    const diff = diffLines(build(inputs), build(reordered));
    expect(diff.total, formatLineDifferences(diff, { expected: 'in order', actual: 'shuffled' })).toBe(0);
  });
});
