/** Checks import edges against config/boundaries.js; returns one readable line per violation. */
import { boundaryOf, packageName, SINGLE_IMPORTERS, SOURCE_ROOTS, within } from '../../../config/boundaries.js';
import type { ImportEdge } from './import-graph';

const isTest = (file: string): boolean => /\.test\.ts$/u.test(file);
const rootOf = (file: string): string | undefined => SOURCE_ROOTS.find((r) => within(file, r));

function describeEdge(e: ImportEdge): string {
  return `${e.from}:${e.line} imports '${e.spec}'`;
}

/** Violations of the folder rules by edges that start in src/. */
export function boundaryViolations(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const rule = boundaryOf(e.from);
    if (!e.from.startsWith('src/')) continue;
    if (!rule) {
      out.push(`${e.from} is in no row of ARCHITECTURE.md's table (config/boundaries.js)`);
      continue;
    }
    if (e.target !== undefined) {
      if (/\.css$/u.test(e.target)) continue;
      const ownRoot = rule.path.endsWith('.ts') ? undefined : rootOf(e.from);
      const ok = (ownRoot !== undefined && within(e.target, ownRoot)) || rule.imports.some((a) => within(e.target ?? '', a));
      if (!ok) out.push(`${describeEdge(e)}: ${rule.path} may import only ${rule.imports.join(', ') || 'nothing of ours'}`);
      continue;
    }
    const pkg = packageName(e.spec);
    if (isTest(e.from) || pkg.endsWith('.css')) continue;
    if (rule.packages.includes(pkg)) continue;
    if (e.typeOnly && (rule.typePackages ?? []).includes(pkg)) continue;
    const allowed = [...rule.packages, ...(rule.typePackages ?? []).map((p) => `${p} (types)`)];
    out.push(`${describeEdge(e)}: ${rule.path} may import the packages ${allowed.join(', ') || 'none'}`);
  }
  return out;
}

/** Packages that exactly one file may import, anywhere in the repository. */
export function singleImporterViolations(edges: readonly ImportEdge[]): string[] {
  return edges.flatMap((e) => {
    if (e.target !== undefined) return [];
    const owner = (SINGLE_IMPORTERS as Record<string, string>)[packageName(e.spec)];
    return owner !== undefined && owner !== e.from ? [`${describeEdge(e)}: only ${owner} may import ${packageName(e.spec)}`] : [];
  });
}
