// @ts-check
/**
 * The one-way rules of ARCHITECTURE.md ("Who owns what"), in one place. Read by eslint.config.js
 * (no-restricted-imports, so an editor flags a crossing at once) and by
 * tests/unit/architecture.test.ts (which resolves every import of the real graph, and checks that
 * ARCHITECTURE.md's table says exactly this). Change a rule here, in the table, and in the code in
 * the same commit.
 *
 * A rule applies to a folder (every .ts file under it) or to one file; the most specific path wins.
 * `imports`: our folders or files it may import (its own folder always). `packages`: npm packages
 * it may import; `typePackages`: packages it may import with `import type` only. Test files
 * (`*.test.ts`) follow the folder rules but may import any package.
 */

/** @typedef {{ path: string, imports: string[], packages: string[], typePackages?: string[] }} Boundary */

/** @type {Boundary[]} */
export const BOUNDARIES = [
  { path: 'src/model', imports: [], packages: [], typePackages: ['geojson'] },
  { path: 'src/model/schemas.ts', imports: ['src/model'], packages: ['valibot'] },
  { path: 'src/model/planner-schema.ts', imports: ['src/model'], packages: ['valibot'] },
  { path: 'src/geo', imports: [], packages: ['topojson-client'], typePackages: ['geojson', 'topojson-specification'] },
  { path: 'src/pipeline', imports: ['src/model', 'src/geo'], packages: ['@turf/great-circle', '@turf/helpers', 'geojson-path-finder', 'node:module'], typePackages: ['geojson'] },
  { path: 'src/state', imports: ['src/model', 'src/geo'], packages: ['zustand'] },
  { path: 'src/i18n', imports: ['src/model'], packages: [] },
  { path: 'src/tour', imports: ['src/model', 'src/geo', 'src/state'], packages: [] },
  { path: 'src/load', imports: ['src/model', 'src/geo', 'src/tour', 'data'], packages: ['world-atlas'] },
  { path: 'src/map', imports: ['src/model', 'src/geo', 'src/state', 'src/i18n'], packages: ['@deck.gl/core', '@deck.gl/layers', '@deck.gl/geo-layers', '@deck.gl/extensions'], typePackages: ['maplibre-gl', 'geojson'] },
  { path: 'src/map/map-controller.ts', imports: ['src/map', 'src/model', 'src/geo', 'src/state'], packages: ['maplibre-gl', '@deck.gl/core'], typePackages: ['geojson'] },
  { path: 'src/map/deck-canvases.ts', imports: [], packages: ['@deck.gl/maplibre'], typePackages: ['@deck.gl/core', 'maplibre-gl'] },
  { path: 'src/ui', imports: ['src/model', 'src/state', 'src/i18n', 'src/tour', 'src/embed/snippet.ts', 'src/map/palette.ts'], packages: [] },
  { path: 'src/data-io', imports: ['src/model', 'src/geo', 'src/state', 'src/i18n', 'src/map', 'src/ui/dom.ts'], packages: ['@deck.gl/layers', 'papaparse', 'idb-keyval', 'valibot'], typePackages: ['@deck.gl/core', 'geojson'] },
  { path: 'src/planner', imports: ['src/model', 'src/geo', 'src/state', 'src/i18n', 'src/ui'], packages: [] },
  { path: 'src/embed', imports: ['src/model', 'src/geo', 'src/state', 'src/tour'], packages: [] },
  { path: 'src/embed/sdk.ts', imports: [], packages: [] },
  { path: 'src/present-mode', imports: ['src/model', 'src/state', 'src/i18n', 'src/tour', 'src/ui'], packages: [] },
  { path: 'src/speaker-view', imports: ['src/model', 'src/i18n', 'src/tour', 'src/ui', 'src/present-mode/presenter-channel.ts'], packages: [] },
  { path: 'src/measure', imports: ['src/model', 'src/geo'], packages: [] },
  { path: 'src/video', imports: ['src/model', 'src/geo', 'src/state', 'src/i18n', 'src/tour', 'src/load', 'src/map', 'src/ui'], packages: ['mediabunny'] },
  { path: 'src/reliability', imports: [], packages: [] },
  { path: 'src/offline', imports: [], packages: ['virtual:pwa-register'] },
  { path: 'src/app', imports: ['src'], packages: ['@deck.gl/core'] },
  { path: 'src/main.ts', imports: ['src'], packages: [] },
];

/** Our top-level source folders and entry files: what a rule's `imports` can name. */
export const SOURCE_ROOTS = ['src/model', 'src/geo', 'src/pipeline', 'src/state', 'src/i18n', 'src/tour', 'src/load', 'src/map', 'src/ui', 'src/planner', 'src/data-io', 'src/embed', 'src/present-mode', 'src/speaker-view', 'src/measure', 'src/video', 'src/reliability', 'src/offline', 'src/app', 'src/main.ts', 'data'];

/** Packages that only one file may import (besides type imports allowed by a rule). */
export const SINGLE_IMPORTERS = {
  'playwright-core': 'tests/e2e/helpers/browser.ts',
};

/**
 * The rule for a repository-relative path (forward slashes), or undefined outside src/.
 * @param {string} file
 * @returns {Boundary | undefined}
 */
export function boundaryOf(file) {
  let best;
  for (const b of BOUNDARIES) {
    if ((file === b.path || file.startsWith(`${b.path}/`)) && (!best || b.path.length > best.path.length)) best = b;
  }
  return best;
}

/**
 * True if `target` (a repository-relative path) lies inside `allowed` (a folder or a file),
 * ignoring the extension of a file.
 * @param {string} target
 * @param {string} allowed
 */
export function within(target, allowed) {
  const bare = target.replace(/\.(ts|js|json|geojson|css)(\?.*)?$/u, '');
  const allowedBare = allowed.replace(/\.ts$/u, '');
  return bare === allowedBare || target.startsWith(`${allowed}/`);
}

/**
 * The package name of a bare import specifier ('@deck.gl/layers', 'maplibre-gl/dist/x?url' -> 'maplibre-gl').
 * @param {string} spec
 */
export function packageName(spec) {
  const clean = spec.replace(/\?.*$/u, '');
  if (clean.startsWith('virtual:')) return clean;
  const parts = clean.split('/');
  return clean.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? clean);
}
