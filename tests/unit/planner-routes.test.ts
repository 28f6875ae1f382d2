/**
 * The planner's compiled network (data/model/routes.json) against the model and the issue's
 * questions: it is what the build makes now, every option is a connected path from Chongqing to its
 * destination, Duisburg has options with different first modes, closing Suez sends the sea options
 * round Africa while the railway stays as it is, and the cited figures are the registry's.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/model/issues';
import type { AtlasModel } from '../../src/model/schema';
import type { RoutesFile } from '../../src/model/routes';
import type { FactId } from '../../src/model/types';
import { buildRoutes, formatRoutes, originPlaces } from '../../src/pipeline/build-routes';
import { createClosedRouter } from '../../src/pipeline/sea-closure';
import { compareRoutes, type Comparison } from '../../src/planner/compare';
import { loadCountryLookup, loadPlannerFile, loadSeaNetwork, readCommittedModel } from '../../scripts/lib/load-sources';
import { loadProjectSources } from './helpers/sources';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROUTES_PATH = fileURLToPath(new URL('../../data/model/routes.json', import.meta.url));
const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const routes = JSON.parse(readFileSync(ROUTES_PATH, 'utf8')) as RoutesFile;
const facts = new Map(model.facts.map((f) => [f.id, f]));
const fact = (id: FactId) => facts.get(id);

function compare(to: string, closed: string[] = []): Comparison {
  const c = compareRoutes(routes, fact, to, closed);
  if ('error' in c) throw new Error(c.error);
  return c;
}

describe('the planner network', () => {
  it('is what npm run build:model produces now (run it and commit data/model/routes.json if this fails)', () => {
    const issues: Issue[] = [];
    const planner = loadPlannerFile(ROOT, issues);
    const { sources } = loadProjectSources();
    expect(planner).toBeDefined();
    if (!planner) return;
    const fresh = buildRoutes({
      model,
      corridors: sources.corridors.map((c) => c.corridor),
      places: sources.places.places,
      planner,
      routeClosed: createClosedRouter(loadSeaNetwork(), planner.passages),
      countryAt: loadCountryLookup(),
    }, issues);
    expect(issues).toEqual([]);
    expect(formatRoutes(fresh) === readCommittedModel(ROUTES_PATH)).toBe(true);
  });

  it('has options that are connected paths from one of Chongqing\'s hubs to their destination', () => {
    const places = model.features.filter((f) => f.properties.kind === 'place') as Parameters<typeof originPlaces>[0];
    const origins = new Set<string>(originPlaces(places));
    expect([...origins]).toEqual(expect.arrayContaining(['chongqing', 'tuanjiecun', 'guoyuan-port', 'jiangbei-airport']));
    for (const d of routes.destinations) {
      for (const o of d.options) {
        expect(origins.has(o.steps[0]?.from ?? ''), `${d.place} ${o.id} starts at ${o.steps[0]?.from}`).toBe(true);
        expect(o.steps[o.steps.length - 1]?.to).toBe(d.place);
        o.steps.slice(1).forEach((s, i) => expect(s.from, `${d.place} ${o.id} step ${i + 1}`).toBe(o.steps[i]?.to));
      }
    }
  });

  it('offers Duisburg at least three options with different first modes, the railway with cited days and km', () => {
    const c = compare('duisburg');
    expect(new Set(c.routes.map((r) => r.modes[0])).size).toBeGreaterThanOrEqual(3);
    const rail = c.routes.find((r) => r.id === 'china-europe-rail:rail');
    expect(rail?.days).toEqual({ min: 13, max: 16, basis: 'cited' });
    expect(rail?.officialKm).toBe(11179);
    expect(rail?.officialFacts).toEqual(['ext-cer-chongqing-duisburg-km']);
    expect(c.routes.map((r) => r.id)).toEqual(expect.arrayContaining(['land-sea-corridor:rail-sea-river', 'yangtze-shipping:river-sea-river', 'air-routes:air-road']));
  });

  it('sends the sea options round Africa when Suez closes, by thousands of km, and leaves the railway as it is', () => {
    const open = compare('duisburg');
    const shut = compare('duisburg', ['suez']);
    const km = (c: Comparison, id: string) => c.routes.find((r) => r.id === id)?.distanceKm ?? NaN;
    expect(km(shut, 'china-europe-rail:rail')).toBe(km(open, 'china-europe-rail:rail'));
    const grown = km(shut, 'land-sea-corridor:rail-sea-river') - km(open, 'land-sea-corridor:rail-sea-river');
    expect(grown).toBeGreaterThan(5000);
    expect(grown).toBeLessThan(8000);
    expect(shut.routes.find((r) => r.id === 'land-sea-corridor:rail-sea-river')?.passages).not.toContain('suez');
  });

  it('uses the cited Land-Sea Corridor figures to Singapore: 4,080 km, 2 + 6 days', () => {
    const lsc = compare('singapore').routes.find((r) => r.id === 'land-sea-corridor:rail-sea');
    expect(lsc?.officialKm).toBe(4080);
    expect(lsc?.daysParts.filter((p) => p.basis === 'cited').map((p) => [p.min, p.facts])).toEqual([[2, ['ext-lsc-cq-qinzhou-days']], [6, ['ext-lsc-qinzhou-singapore-days']]]);
  });

  it('says which routes cannot avoid a closed passage', () => {
    // Port Klang lies in the Strait of Malacca: no lane reaches it with the strait closed.
    const klang = compare('port-klang', ['malacca']);
    expect(klang.routes.some((r) => r.blocked)).toBe(true);
  });

  it('has a comparison for Los Angeles', () => {
    expect(compare('los-angeles').routes.length).toBeGreaterThanOrEqual(3);
  });
});
