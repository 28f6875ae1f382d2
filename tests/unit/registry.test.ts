/** The real fact registry and geography: complete, cited, bilingual, and consistent. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isQuoteInDocument } from '../../src/model/quote-match';
import { DOCUMENTS_DIR, HAVE_DOCUMENTS, loadProjectSources } from './helpers/sources';

const { sources, issues } = loadProjectSources();
const facts = sources.seeds.flatMap((s) => s.seed.facts.map((f) => ({ ...f, sourceId: s.seed.source.id })));

const SPEC_CORRIDORS = [
  'china-europe-rail', 'land-sea-corridor', 'yangtze-shipping', 'chongqing-ningbo',
  'chongqing-manzhouli-russia', 'air-routes', 'data-channel', 'chengdu-chongqing-circle',
];

describe('fact registry and geography', () => {
  it('validates with no issues', () => {
    expect(issues).toEqual([]);
  });

  it('checks quotes against the documents when ../shared/seeds is present', () => {
    expect(sources.documentsChecked).toBe(HAVE_DOCUMENTS);
  });

  it('has one seeds file per source document and well over a hundred facts', () => {
    expect(sources.seeds.map((s) => s.seed.source.id)).toEqual([
      '000_cd0198dfc57e77b5', '001_b6676536deae5f0a', '002_9a97afa9772ab447', '003_035b124a291c0f83', '004_fde18f88ad37e318',
    ]);
    expect(facts.length).toBeGreaterThan(120);
  });

  it.runIf(HAVE_DOCUMENTS)('every quote occurs in its document (whitespace-normalised)', () => {
    const missing = facts.filter((f) => !isQuoteInDocument(f.quote, readFileSync(join(DOCUMENTS_DIR, `${f.sourceId}.txt`), 'utf8')));
    expect(missing.map((f) => f.id)).toEqual([]);
  });

  it('carries the headline figures the SPEC names', () => {
    const byId = new Map(facts.map((f) => [f.id as string, f]));
    expect(byId.get('lsc-ports')).toMatchObject({ kind: 'quantity', value: 319 });
    expect(byId.get('lsc-countries')).toMatchObject({ kind: 'quantity', value: 107 });
    expect(byId.get('cer-10000th-train')).toMatchObject({ kind: 'quantity', value: 10000, asOf: '2022-06-23' });
    expect(byId.get('cer-node-cities')).toMatchObject({ kind: 'quantity', value: 72 });
    expect(byId.get('lsc-rail-sea-trains')).toMatchObject({ kind: 'quantity', value: 20000, qualifier: 'exceeded' });
    expect(byId.get('air-intl-routes')).toMatchObject({ kind: 'quantity', value: 108 });
    expect(byId.get('data-channel-enterprises')).toMatchObject({ kind: 'quantity', value: 200 });
    expect(byId.get('circle-railway-corridors')).toMatchObject({ kind: 'quantity', value: 6 });
    expect(byId.get('circle-expressways')).toMatchObject({ kind: 'quantity', value: 21 });
  });

  it('has exactly the eight corridors of the public contract, each with legs and facts', () => {
    expect(sources.corridors.map((c) => c.corridor.id).sort()).toEqual([...SPEC_CORRIDORS].sort());
    for (const { corridor } of sources.corridors) {
      expect(corridor.legs.length, corridor.id).toBeGreaterThan(0);
      expect(corridor.facts.length, corridor.id).toBeGreaterThan(0);
    }
  });

  it('includes the routes the foundation issue asks for', () => {
    const legs = new Map(sources.corridors.flatMap((c) => c.corridor.legs.map((l) => [l.id as string, l])));
    const air = sources.corridors.find((c) => c.corridor.id === 'air-routes')?.corridor.legs ?? [];
    expect(air.length).toBeGreaterThanOrEqual(12);
    const aseanSea = [...legs.values()].filter((l) => l.mode === 'sea' && l.via[0] === 'qinzhou-port' && l.id !== 'lsc-sea-singapore' && l.id !== 'lsc-sea-los-angeles');
    expect(aseanSea.length).toBeGreaterThanOrEqual(6);
    expect(legs.get('cer-alashankou-brest')?.via).toEqual(expect.arrayContaining(['alashankou', 'dostyk']));
    expect(legs.get('cer-brest-duisburg')?.via.at(-1)).toBe('duisburg');
    expect(legs.get('cer-khorgos-tashkent')?.via).toEqual(expect.arrayContaining(['khorgos', 'tashkent']));
    for (const line of ['lsc-middle-line', 'lsc-east-line', 'lsc-west-line']) expect(legs.get(line)?.via.at(-1)).toBe('qinzhou-port');
    expect(legs.get('lsc-sea-europe')?.via).toEqual(['singapore', 'rotterdam']);
    expect(legs.get('lsc-rail-hanoi')?.via).toEqual(expect.arrayContaining(['pingxiang-gx', 'dong-dang', 'hanoi']));
    expect(legs.get('lsc-rail-china-laos')?.via.at(-1)).toBe('vientiane');
    expect(legs.get('lsc-rail-vientiane-bangkok')?.via).toContain('bangkok');
    expect(legs.get('yangtze-guoyuan-waigaoqiao')?.via).toEqual(expect.arrayContaining(['guoyuan-port', 'three-gorges-dam', 'wuhan']));
    expect(legs.get('yangtze-waigaoqiao-yangshan')?.via.at(-1)).toBe('yangshan');
    expect(legs.get('cqnb-chongqing-ningbo')?.via.at(-1)).toBe('ningbo-zhoushan-port');
    expect(legs.get('cmr-manzhouli-moscow')?.via.at(-1)).toBe('moscow');
    expect(legs.get('data-chongqing-singapore')?.via.at(-1)).toBe('singapore');
  });

  it('names every place in English and Chinese, and every Chinese name is Chinese', () => {
    for (const p of sources.places.places) {
      expect(p.name.en, p.id).not.toBe('');
      expect(p.name.zh, p.id).toMatch(/[\u4e00-\u9fff]/u);
    }
    for (const f of facts) expect(f.label.zh, f.id).toMatch(/[\u4e00-\u9fff]/u);
  });
});
