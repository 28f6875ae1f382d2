/**
 * npm run planner:table -- duisburg singapore los-angeles [--closed suez]: the comparison table from
 * data/model/routes.json and the model, as Markdown (for notes and reviews).
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { AtlasModel } from '../src/model/schema';
import type { RoutesFile } from '../src/model/routes';
import type { FactId } from '../src/model/types';
import { compareRoutes } from '../src/planner/compare';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { closed: { type: 'string', default: '' } } });
const model = JSON.parse(readFileSync(new URL('../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const routes = JSON.parse(readFileSync(new URL('../data/model/routes.json', import.meta.url), 'utf8')) as RoutesFile;
const facts = new Map(model.facts.map((f) => [f.id, f]));
const closed = values.closed ? values.closed.split(',') : [];
for (const to of positionals) {
  const c = compareRoutes(routes, (id: FactId) => facts.get(id), to, closed);
  if ('error' in c) {
    console.error(c.error);
    process.exitCode = 1;
    continue;
  }
  console.log(`\n### ${to}${closed.length ? ` (closed: ${closed.join(', ')})` : ''}\n`);
  console.log('| option | modes | drawn km | cited km | days | basis | transshipments | borders | passages | kg CO2e/TEU |');
  console.log('|---|---|---:|---:|---|---|---:|---:|---|---:|');
  for (const r of c.routes) {
    const days = r.days ? `${r.days.min}-${r.days.max}` : 'blocked';
    console.log(`| ${r.id} | ${r.modes.join(' > ')} | ${r.distanceKm ?? 'blocked'} | ${r.officialKm ?? '-'} | ${days} | ${r.days?.basis ?? '-'} | ${r.transshipments} | ${r.borders} | ${r.passages.join(', ') || '-'} | ${r.co2eKgPerTeu ?? '-'} |`);
  }
}
