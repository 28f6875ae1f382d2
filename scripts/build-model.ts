/**
 * npm run build:model: seeds/ + data/ -> data/model/atlas.geojson, and the planner's network
 * (data/planner.yaml + the model -> data/model/routes.json, beside the model).
 *   --check        rebuild in memory and fail if the committed model differs (writes *-changed)
 *   --root DIR     project root (default: this repository); seeds/ and data/ are read from it
 *   --out FILE     output path (default: <root>/data/model/atlas.geojson)
 * Exits 1 and names file, record and field for every validation problem; exits 2 on an unknown
 * or incomplete option. Every file read is in lib/load-sources.ts; this file only writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatIssue, type Issue } from '../src/model/issues';
import { parseWith, TourFileSchema } from '../src/model/schemas';
import { buildModel, formatModel } from '../src/pipeline/build-model';
import { buildRoutes, formatRoutes } from '../src/pipeline/build-routes';
import { createClosedRouter } from '../src/pipeline/sea-closure';
import { createSeaRouter } from '../src/pipeline/sea-route';
import { diffLines, formatLineDifferences } from '../src/pipeline/text-diff';
import { tourRefsOf } from '../src/tour/tour-refs';
import { validateTour } from '../src/tour/validate-tour';
import { loadCountryLookup, loadPlannerFile, loadSeaNetwork, loadSources, loadTourFiles, readCommittedModel } from './lib/load-sources';
import { SourcePositions } from './lib/positions';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function options(): { root: string; out: string; check: boolean } {
  try {
    const { values } = parseArgs({
      strict: true,
      allowPositionals: false,
      options: { check: { type: 'boolean', default: false }, root: { type: 'string' }, out: { type: 'string' } },
    });
    const root = resolve(values.root ?? repoRoot);
    return { root, out: resolve(values.out ?? join(root, 'data/model/atlas.geojson')), check: values.check };
  } catch (err) {
    console.error(`build:model: ${err instanceof Error ? err.message : String(err)}`);
    console.error('usage: tsx scripts/build-model.ts [--check] [--root DIR] [--out FILE]');
    process.exit(2);
  }
}

const positions = new SourcePositions();

function fail(issues: Issue[]): never {
  positions.attach(issues);
  console.error(`build:model failed with ${issues.length} problem(s):`);
  for (const issue of issues) console.error(`  ${formatIssue(issue)}`);
  process.exit(1);
}

const { root, out, check } = options();

const issues: Issue[] = [];
const sources = loadSources(
  { root, seedsDir: join(root, 'seeds'), dataDir: join(root, 'data'), documentsDir: resolve(root, '../shared/seeds') },
  issues,
  positions,
);
if (issues.length) fail(issues);

const seaNetwork = loadSeaNetwork();
const model = buildModel({ ...sources, places: sources.places.places, routeSea: createSeaRouter(seaNetwork) }, issues);
if (issues.length) fail(issues);

const planner = loadPlannerFile(root, issues, positions);
if (!planner) fail(issues);
const routes = buildRoutes({
  model,
  corridors: sources.corridors.map((c) => c.corridor),
  places: sources.places.places,
  planner,
  routeClosed: createClosedRouter(seaNetwork, planner.passages),
  countryAt: loadCountryLookup(),
}, issues);
if (issues.length) fail(issues);
const routesOut = join(dirname(out), 'routes.json');

// Tours name facts, corridors and places of this model: check them against it.
const refs = tourRefsOf(model);
const tours = loadTourFiles(root, join(root, 'data/tours'), issues, positions);
for (const { name, file, raw } of tours) {
  // The strict shape first (unknown keys, types); then the rules and references of the player's own check.
  if (!parseWith(TourFileSchema, file, raw, issues).ok) continue;
  const result = validateTour(raw, refs, file);
  issues.push(...result.issues);
  if (result.tour && `${result.tour.id}.json` !== name) issues.push({ file, id: result.tour.id, field: 'id', message: `must match the file name (${name})` });
}
if (issues.length) fail(issues);

const text = formatModel(model);
const routesText = formatRoutes(routes);
const routeSummary = `${routes.destinations.length} destinations, ${routes.destinations.reduce((n, d) => n + d.options.length, 0)} route options, ${routes.seaLegs.length} sea legs with closures`;
const legs = model.features.filter((f) => f.properties.kind === 'leg').length;
const summary = `${model.facts.length} facts from ${model.sources.length} sources, ${model.features.length - legs} places, ${model.corridors.length} corridors, ${legs} legs; ${tours.length} tour(s) checked`;
if (!sources.documentsChecked) console.warn('note: ../shared/seeds not found; quotes were not checked against the documents');

if (check) {
  const committed = readCommittedModel(out) ?? '';
  if (committed !== text) {
    writeFileSync(`${out}-changed`, text);
    console.error(`${out} is stale: run npm run build:model (the fresh build is in ${out}-changed)`);
    console.error(formatLineDifferences(diffLines(committed, text), { expected: 'committed', actual: 'fresh' }));
    process.exit(1);
  }
  if ((readCommittedModel(routesOut) ?? '') !== routesText) {
    writeFileSync(`${routesOut}-changed`, routesText);
    console.error(`${routesOut} is stale: run npm run build:model (the fresh build is in ${routesOut}-changed)`);
    process.exit(1);
  }
  console.log(`model is up to date: ${summary}; ${routeSummary}`);
} else {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  writeFileSync(routesOut, routesText);
  console.log(`wrote ${out}: ${summary}, ${(text.length / 1024).toFixed(0)} KB`);
  console.log(`wrote ${routesOut}: ${routeSummary}, ${(routesText.length / 1024).toFixed(0)} KB`);
}
