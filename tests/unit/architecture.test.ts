/**
 * ARCHITECTURE.md is a contract: the real import graph keeps every rule of config/boundaries.js,
 * and the table in ARCHITECTURE.md says exactly what those rules say.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOUNDARIES, type Boundary } from '../../config/boundaries.js';
import { boundaryViolations, singleImporterViolations } from './helpers/boundary-check';
import { importsOf, listSources, type ImportEdge } from './helpers/import-graph';

const ROOT = join(import.meta.dirname, '../..');
const edgesIn = (dir: string): ImportEdge[] => listSources(ROOT, dir).flatMap((f) => importsOf(ROOT, f));
const srcEdges = edgesIn('src');

describe('the import graph keeps the one-way rules', () => {
  it('finds the imports it checks (a graph reader that reads nothing would pass everything)', () => {
    expect(srcEdges.length).toBeGreaterThan(300);
    expect(srcEdges).toContainEqual(expect.objectContaining({ from: 'src/map/map-controller.ts', spec: 'maplibre-gl', typeOnly: false }));
  });

  it('no folder imports what its row does not allow', () => {
    expect(boundaryViolations(srcEdges)).toEqual([]);
  });

  it('playwright-core is set up in one file', () => {
    const all = ['src', 'scripts', 'tests', 'bench'].flatMap(edgesIn);
    expect(singleImporterViolations(all)).toEqual([]);
  });

  it('flags a crossing with the file, line and rule (the check can fail)', () => {
    const bad: ImportEdge[] = [
      { from: 'src/model/types.ts', spec: '../map/palette', target: 'src/map/palette', typeOnly: false, line: 3 },
      { from: 'src/ui/toolbar.ts', spec: '../map/map-controller', target: 'src/map/map-controller', typeOnly: true, line: 7 },
      { from: 'src/state/store.ts', spec: 'maplibre-gl', typeOnly: false, line: 2 },
      { from: 'src/map/scene.ts', spec: 'maplibre-gl', typeOnly: false, line: 4 },
      { from: 'src/embed/sdk.ts', spec: './protocol', target: 'src/embed/protocol', typeOnly: false, line: 1 },
      { from: 'src/pipeline/geo-x.ts', spec: '../ui/dom', target: 'src/ui/dom', typeOnly: false, line: 9 },
    ];
    const found = boundaryViolations(bad);
    expect(found).toHaveLength(bad.length);
    expect(found[0]).toBe("src/model/types.ts:3 imports '../map/palette': src/model may import only nothing of ours");
    expect(found[3]).toContain('src/map/scene.ts:4 imports \'maplibre-gl\'');
    // Allowed: a type from maplibre-gl in the map folder, the palette in the UI.
    expect(boundaryViolations([
      { from: 'src/map/scene.ts', spec: 'maplibre-gl', typeOnly: true, line: 1 },
      { from: 'src/ui/filter-legend.ts', spec: '../map/palette', target: 'src/map/palette', typeOnly: false, line: 1 },
    ])).toEqual([]);
    expect(singleImporterViolations([{ from: 'scripts/bench.ts', spec: 'playwright-core', typeOnly: false, line: 1 }])).toHaveLength(1);
  });
});

/** The "Who owns what" table: `folder` | owns | may import | packages. */
function tableRules(markdown: string): Boundary[] {
  const section = markdown.split('## Who owns what')[1]?.split('\n## ')[0] ?? '';
  const ticks = (cell: string): string[] => [...cell.matchAll(/`([^`]+)`/gu)].map((m) => (m[1] ?? '').replace(/\/$/u, ''));
  return section.split('\n')
    .filter((l) => /^\| `/u.test(l))
    .map((line) => {
      const cells = line.split(' | ').map((c) => c.replace(/^\|\s*|\s*\|$/gu, ''));
      const [path = '', , imports = '', packages = ''] = cells;
      const [runtime = '', types = ''] = packages.split('types:');
      return { path: ticks(path)[0] ?? '', imports: ticks(imports), packages: ticks(runtime), typePackages: ticks(types) };
    });
}

describe('ARCHITECTURE.md', () => {
  const table = tableRules(readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8'));
  it('has one row per rule, in the same order, saying the same', () => {
    expect(table.map((r) => r.path)).toEqual(BOUNDARIES.map((b) => b.path));
    for (const b of BOUNDARIES) {
      const row = table.find((r) => r.path === b.path);
      expect({ path: b.path, imports: row?.imports, packages: row?.packages, typePackages: row?.typePackages })
        .toEqual({ path: b.path, imports: b.imports, packages: b.packages, typePackages: b.typePackages ?? [] });
    }
  });
});
