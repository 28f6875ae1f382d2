/** The build command exits non-zero and names file, record and field for a broken data file. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
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
  mutate(root);
  return runScript(['--root', root, '--out', join(root, 'out.geojson')]);
}

function edit(root: string, file: string, from: string, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`fixture text not found in ${file}: ${from}`);
  writeFileSync(path, text.replace(from, to));
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
    expect(r.stderr).toMatch(/data\/places\.yaml: record "\(file\)": field "\(yaml\)"/u);
  });
});
