/** The build command exits non-zero and names file, record and field for a broken data file. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UNITS } from '../../src/model/types';
import { ROOT } from './helpers/sources';

const temp = mkdtempSync(join(tmpdir(), 'atlas-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function runScript(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build-model.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
  return { status: r.status, stderr: r.stderr };
}

function runBuild(mutate: (root: string) => void): { status: number | null; stderr: string } {
  const root = mkdtempSync(join(temp, 'root-'));
  cpSync(join(ROOT, 'seeds'), join(root, 'seeds'), { recursive: true });
  cpSync(join(ROOT, 'data'), join(root, 'data'), { recursive: true });
  cpSync(join(ROOT, 'references'), join(root, 'references'), { recursive: true });
  mutate(root);
  return runScript(['--root', root, '--out', join(root, 'out.geojson')]);
}

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture text not found in ${file}: ${from}`);
  writeFileSync(path, text.replace(from, to));
}

/**
 * `(at file:line:col)` of the first `needle` after `after` in the edited file, counted here by
 * splitting lines (independently of the yaml parser the build uses).
 */
function at(root: string, file: string, needle: string, after = ''): string {
  const text = readFileSync(join(root, file), 'utf8');
  const offset = text.indexOf(needle, text.indexOf(after));
  if (offset < 0 || text.indexOf(after) < 0) throw new Error(`${needle} not found in ${file}`);
  const lines = text.slice(0, offset).split('\n');
  return `(at ${file}:${lines.length}:${(lines.at(-1) ?? '').length + 1})`;
}

/** Build with one typo; the status and stderr, and the root to compute positions in. */
function buildWithTypo(file: string, from: string, to: string): { status: number | null; stderr: string; root: string } {
  let root = '';
  const r = runBuild((dir) => {
    root = dir;
    edit(dir, file, from, to);
  });
  return { ...r, root };
}

describe('npm run build:model options', () => {
  it('exits 2 on a misspelled option instead of ignoring it', () => {
    const r = runScript(['--chek']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Unknown option '--chek'");
  });

  it('exits 2 when --out has no value', () => {
    const r = runScript(['--out']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Option '--out <value>' argument missing");
  });
});

describe('npm run build:model --check', () => {
  it('exits 1 on a stale model, writes the fresh build beside it and prints the first differing line', () => {
    const out = join(mkdtempSync(join(temp, 'check-')), 'atlas.geojson');
    const committed = readFileSync(join(ROOT, 'data/model/atlas.geojson'), 'utf8');
    writeFileSync(out, committed.replace('"schemaVersion":1,', '"schemaVersion":0,'));
    const r = runScript(['--check', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('line 1, column 45:\n  committed: {"type":"FeatureCollection","schemaVersion":0,');
    expect(readFileSync(`${out}-changed`, 'utf8')).toBe(committed);
  });
});

describe('npm run build:model on broken data', () => {
  it('exits 1 and names the tour, the chapter and the field for an unknown fact id in a tour', () => {
    const r = runBuild((root) => edit(root, 'data/tours/chongqing-four-directions.json', '"cer-node-cities", "cer-countries"', '"cer-node-cities", "cer-countrys"'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/tours/chongqing-four-directions.json: record "west": field "facts[3]": unknown fact "cer-countrys"');
  });

  it('exits 1 and names the file, the leg and the field for a misspelled place id', () => {
    const r = runBuild((root) => edit(root, 'data/corridors/china-europe-rail.yaml', 'hanover, duisburg]', 'hanover, duisberg]'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('data/corridors/china-europe-rail.yaml: record "cer-brest-duisburg": field "via[6]": unknown place id "duisberg"');
  });

  it('exits 1 for a fact id referenced but not defined', () => {
    const r = runBuild((root) => edit(root, 'data/corridors/data-channel.yaml', 'facts: [data-channel-enterprises]', 'facts: [data-channel-enterprises, data-channel-latency]'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('record "data-channel": field "facts[1]": fact id "data-channel-latency" is not defined in seeds/');
  });

  it('exits 1 for malformed YAML, naming the file', () => {
    const r = runBuild((root) => writeFileSync(join(root, 'data/places.yaml'), 'places: [unclosed'));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/data\/places\.yaml: record "\(file\)": field "\(yaml\)": .* \(at data\/places\.yaml:1:\d+\)/u);
  });
});

describe('npm run build:model refuses what it does not understand (one test per kind of typo, with line:col)', () => {
  const SEED = 'seeds/000_cd0198dfc57e77b5.yaml';
  const LSC = 'data/corridors/land-sea-corridor.yaml';
  const TOUR = 'data/tours/chongqing-four-directions.json';

  it('an unknown key on a fact (qualifer: nearly) fails instead of dropping "nearly"', () => {
    const r = buildWithTypo(SEED, '  - id: caexpo-2022-edition\n', '  - id: caexpo-2022-edition\n    qualifer: nearly\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${SEED}: record "caexpo-2022-edition": field "qualifer": unknown key "qualifer"; allowed keys: id, label, asOf, refs, quote, qualifier, article, asOfBasis, context, status, note, kind, value, unit, unitText, ordinal ${at(r.root, SEED, 'qualifer:')}`,
    );
  });

  it('an unknown key on a leg (routng: charted) fails instead of routing the leg on lanes', () => {
    const r = buildWithTypo(LSC, '    mode: sea\n    role: trunk\n    inferred: false\n    note: "Lane computed on the MARNET network."\n    via: [qinzhou-port, singapore]',
      '    mode: sea\n    role: trunk\n    inferred: false\n    routng: charted\n    note: "Lane computed on the MARNET network."\n    via: [qinzhou-port, singapore]');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      `${LSC}: record "lsc-sea-singapore": field "routng": unknown key "routng"; allowed keys: id, name, mode, role, via, inferred, routing, onward, note, facts ${at(r.root, LSC, 'routng:')}`,
    );
  });

  it('unknown keys on tour chapters (higlight, dwel, note) fail instead of being dropped', () => {
    let root = '';
    const r = runBuild((dir) => {
      root = dir;
      edit(dir, TOUR, '"id": "west",', '"id": "west", "higlight": { "corridors": ["china-europe-rail"] },');
      edit(dir, TOUR, '"id": "south",', '"id": "south", "dwel": 12,');
      edit(dir, TOUR, '"id": "east",', '"id": "east", "note": { "en": "Say it slowly.", "zh": "慢慢说。" },');
    });
    expect(r.status).toBe(1);
    const keys = 'id, title, text, camera, highlight, filters, facts, dwell, notes';
    expect(r.stderr).toContain(`${TOUR}: record "west": field "higlight": unknown key "higlight"; allowed keys: ${keys} ${at(root, TOUR, '"higlight"')}`);
    expect(r.stderr).toContain(`${TOUR}: record "south": field "dwel": unknown key "dwel"; allowed keys: ${keys} ${at(root, TOUR, '"dwel"')}`);
    expect(r.stderr).toContain(`${TOUR}: record "east": field "note": unknown key "note"; allowed keys: ${keys} ${at(root, TOUR, '"note"')}`);
  });

  it('a wrong unit fails with the allowed units', () => {
    const r = buildWithTypo(SEED, '    unit: edition\n', '    unit: editions\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${SEED}: record "caexpo-2022-edition": field "unit": must be one of ${UNITS.join(', ')}, got "editions" ${at(r.root, SEED, 'unit: editions')}`);
    expect(UNITS).toContain('edition');
  });

  it('a wrong mode fails with the allowed modes', () => {
    const r = buildWithTypo(LSC, '    mode: sea\n    role: trunk\n    inferred: false\n    note: "Lane computed on the MARNET network."', '    mode: ship\n    role: trunk\n    inferred: false\n    note: "Lane computed on the MARNET network."');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${LSC}: record "lsc-sea-singapore": field "mode": must be one of rail, river, sea, road, air, data, got "ship" ${at(r.root, LSC, 'mode: ship')}`);
  });

  it('an unknown key on a place fails', () => {
    const PLACES = 'data/places.yaml';
    const r = buildWithTypo(PLACES, '{id: chongqing, name: {en: Chongqing, zh: 重庆},', '{id: chongqing, population: 32000000, name: {en: Chongqing, zh: 重庆},');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${PLACES}: record "chongqing": field "population": unknown key "population"; allowed keys: id, name, coord, kind, coordSource, coordNote, role, aliases ${at(r.root, PLACES, 'population:')}`);
  });

  it('an unknown key on a source fails', () => {
    const SOURCE = 'seeds/001_b6676536deae5f0a.yaml';
    const r = buildWithTypo(SOURCE, '  outlet: Chongqing Daily\n', '  outlet: Chongqing Daily\n  publisher: Chongqing Daily\n');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${SOURCE}: record "(source)": field "publisher": unknown key "publisher"; allowed keys: id, title, outlet, articles, date, language, dateInferred, note ${at(r.root, SOURCE, 'publisher:')}`);
  });

  it('a domain check (unknown place id) also ends with its line:col', () => {
    const file = 'data/corridors/china-europe-rail.yaml';
    const r = buildWithTypo(file, 'hanover, duisburg]', 'hanover, duisberg]');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`field "via[6]": unknown place id "duisberg" ${at(r.root, file, 'duisberg]')}`);
  });
});
