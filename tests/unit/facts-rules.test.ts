/**
 * Rules that keep every figure cited to its real article, scope and date (issue 16, item 5; audit
 * section A), over the registry as written (seeds/*.yaml, references/external.yaml) and the
 * compiled model (data/model/atlas.geojson). Each rule names the facts that break it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { formatFactValue } from '../../src/i18n/format';
import { comparePartialDates, isCountForOrdinal } from '../../src/model/fact-rules';
import { normalizeWhitespace, numberForms } from '../../src/model/quote-match';
import type { AtlasModel, ModelFact } from '../../src/model/schema';
import type { Fact } from '../../src/model/types';
import { HEADLINE_FACTS } from '../../src/ui/headline-panel';
import { ROOT } from './helpers/sources';

interface RawArticle { id: string; title: string; date: string; dateBasis?: { kind: string }; names?: string[] }
interface RawSource { id: string; date: string; dateInferred?: boolean; outlet?: string; articles?: RawArticle[] }
interface RawSeed { source: RawSource; facts: Array<Fact & Record<string, unknown>> }

const seeds: RawSeed[] = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.yaml')).sort()
  .map((f) => parse(readFileSync(join(ROOT, 'seeds', f), 'utf8')) as RawSeed);
const model = JSON.parse(readFileSync(join(ROOT, 'data/model/atlas.geojson'), 'utf8')) as AtlasModel;
const seedFacts = seeds.flatMap((s) => s.facts.map((fact) => ({ fact, source: s.source })));

/** The article a fact cites, or (on a registry without articles) the whole document as one. */
function articleOf(fact: Fact, source: RawSource): RawArticle | undefined {
  const articles = source.articles ?? [];
  if (fact.article !== undefined) return articles.find((a) => a.id === fact.article);
  if (articles.length === 1) return articles[0];
  return articles.length === 0 ? { id: '(document)', title: '', date: source.date, ...(source.dateInferred ? { dateBasis: { kind: 'inferred' } } : {}) } : undefined;
}

const isInferredArticle = (a: RawArticle | undefined): boolean => a?.dateBasis?.kind === 'inferred';

describe('every fact cites its article', () => {
  it('every seed document lists its articles (004 has two)', () => {
    expect(seeds.filter((s) => !s.source.articles?.length).map((s) => s.source.id)).toEqual([]);
    expect(seeds.find((s) => s.source.id.startsWith('004'))?.source.articles?.map((a) => [a.title, a.date])).toEqual([
      ['Sichuan, Chongqing embrace coordinated high-quality development as reform deepens', '2024-08-13'],
      ['Bilateral trade between China, ASEAN continues to strengthen: authorities', '2024-09-12'],
    ]);
  });

  it('every fact names an article that exists (required where the document has several)', () => {
    const bad = seedFacts.filter(({ fact, source }) => (source.articles ?? []).length === 0 || articleOf(fact, source) === undefined);
    expect(bad.map(({ fact }) => fact.id)).toEqual([]);
  });

  it('no fact is as of a date after its article was published', () => {
    const bad = seedFacts.filter(({ fact, source }) => {
      const a = articleOf(fact, source);
      return a !== undefined && comparePartialDates(fact.asOf, a.date) > 0;
    });
    expect(bad.map(({ fact, source }) => `${fact.id} ${fact.asOf} > ${articleOf(fact, source)?.date}`)).toEqual([]);
  });

  it('the 26 China-ASEAN facts of 004 cite the second article, none the first', () => {
    const s = seeds.find((x) => x.source.id.startsWith('004'));
    const ids = s?.facts.map((f) => f.id) ?? [];
    const second = ids.slice(ids.indexOf('asean-members' as Fact['id']));
    expect(second).toHaveLength(26);
    expect(s?.facts.filter((f) => second.includes(f.id) && f.article !== 'china-asean-trade-2024-09').map((f) => f.id)).toEqual([]);
  });
});

describe('facts attach only to what their article names', () => {
  const known = new Set<string>([...model.corridors.map((c) => c.id), ...model.features.map((f) => f.properties.id), ...(model.contexts ?? []).map((c) => c.id)]);

  it('every article lists the corridors, places and contexts it names, all real ids', () => {
    const articles = seeds.flatMap((s) => (s.source.articles ?? []).map((a) => ({ a, s })));
    expect(articles.filter(({ a }) => !Array.isArray(a.names)).map(({ a }) => a.id)).toEqual([]);
    expect(articles.flatMap(({ a }) => (a.names ?? []).filter((n) => !known.has(n)))).toEqual([]);
  });

  it('no fact refers to a corridor or place its article does not name', () => {
    const bad = seedFacts.flatMap(({ fact, source }) => {
      const names = new Set(articleOf(fact, source)?.names ?? []);
      return [...fact.refs, ...(fact.context ? [fact.context] : [])].filter((r) => !names.has(r)).map((r) => `${fact.id} → ${r}`);
    });
    expect(bad).toEqual([]);
  });

  it('the Land-Sea Corridor lists none of the China-ASEAN/Guangxi figures; they are a titled background context', () => {
    const lsc = model.corridors.find((c) => c.id === 'land-sea-corridor');
    const byId = new Map(model.facts.map((f) => [f.id as string, f]));
    const chinaWide = (lsc?.facts ?? []).filter((id) => /^(china-asean|asean-|cafta|rcep|guangxi|gba)/u.test(id) && !id.startsWith('asean-cq'));
    expect(chinaWide).toEqual([]);
    expect(lsc?.contexts).toEqual(['china-asean-trade']);
    expect(model.facts.filter((f) => f.context === 'china-asean-trade')).toHaveLength(24);
    expect(byId.get('china-asean-trade-2023')?.refs).toEqual([]);
  });
});

describe('dates are as firm as the text', () => {
  it('facts dated only by an undated page carry a basis in words', () => {
    const bad = seedFacts.filter(({ fact, source }) => {
      const a = articleOf(fact, source);
      return isInferredArticle(a) && fact.asOf === a?.date && fact.asOfBasis === undefined;
    });
    expect(bad.map(({ fact }) => fact.id)).toEqual([]);
  });

  it('a day with no year printed ("On June 23") on an undated page marks its year as inferred', () => {
    const bad = seedFacts.filter(({ fact, source }) => isInferredArticle(articleOf(fact, source))
      && /\bOn (January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/u.test(fact.quote)
      && !/\b(19|20)\d\d\b/u.test(fact.quote) && fact.asOfBasis === undefined);
    expect(bad.map(({ fact }) => fact.id)).toEqual([]);
  });

  it('the headline figures and corridor key facts use the dated version where one exists', () => {
    const undated = (f: ModelFact): boolean => {
      const s = seeds.find((x) => x.source.id === f.source);
      return f.asOfBasis?.kind === 'inferred' || (s !== undefined && isInferredArticle(articleOf(f, s.source)));
    };
    const byId = new Map(model.facts.map((f) => [f.id as string, f]));
    const shown = [...HEADLINE_FACTS, ...model.corridors.flatMap((c) => c.keyFacts)].map((id) => byId.get(id)).filter((f) => f !== undefined);
    const bad = shown.filter((f) => undated(f) && model.facts.some((g) => g.id !== f.id && g.kind === 'quantity' && f.kind === 'quantity'
      && g.value === f.value && g.unit === f.unit && !undated(g)));
    expect(bad.map((f) => f.id)).toEqual([]);
    expect(HEADLINE_FACTS.slice(0, 2)).toEqual(['lsc-ports-2022-09', 'lsc-countries-2022-09']);
  });
});

describe('labels keep the scope and unit of the claim', () => {
  it('no plain count where the quote gives an ordinal ("the third round")', () => {
    expect(seedFacts.filter(({ fact }) => isCountForOrdinal(fact)).map(({ fact }) => fact.id)).toEqual([]);
  });

  it('the shown value keeps the quote\'s scope after the number ("countries and regions")', () => {
    const bad = seedFacts.flatMap(({ fact }) => {
      if (fact.kind !== 'quantity') return [];
      const q = normalizeWhitespace(fact.quote);
      for (const form of numberForms(fact.value)) {
        const m = new RegExp(`(?<![\\d.,])${form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')} ([a-z]+(?:, [a-z]+)*,? (?:and|or) [a-z]+)`, 'u').exec(q);
        const shown = formatFactValue(fact, 'en');
        if (m?.[1] && !shown.includes(m[1])) return [`${fact.id}: "${shown}" for "${m[1]}"`];
      }
      return [];
    });
    expect(bad).toEqual([]);
  });

  it('CAEXPO deal figures are scoped to Chongqing\'s "City of Charm" matchmaking conference', () => {
    const ids = ['caexpo-2022-signing-parties', 'caexpo-2022-agreements', 'caexpo-2022-deal-volume'];
    const labels = model.facts.filter((f) => ids.includes(f.id)).map((f) => f.label.en);
    expect(labels).toHaveLength(3);
    expect(labels.filter((l) => !l.includes('"City of Charm" matchmaking conference'))).toEqual([]);
  });

  it('text values are not cut at a curly apostrophe', () => {
    const f = model.facts.find((x) => x.id === 'caexpo-cq-first-city-of-charm');
    expect(f?.kind === 'text' ? f.text : '').toBe('For the first time, Chongqing participated in the exhibition as China‘s “City of Charm” (province of honor)');
  });

  it('forward-looking statements are marked as plans', () => {
    const plans = model.facts.filter((f) => f.status === 'plan').map((f) => f.id);
    expect(plans).toEqual(expect.arrayContaining(['cq-exchanges-per-year', 'yuzhong-transport-hubs']));
  });

  it('an outlet the page does not name is not given as an outlet', () => {
    expect(seeds.filter((s) => /not named/iu.test(s.source.outlet ?? '')).map((s) => s.source.id)).toEqual([]);
  });
});

describe('Chinese renderings and the two kinds of source', () => {
  const cjk = /[\u4e00-\u9fff]/u;
  it('every text and list fact has a Chinese rendering beside its verbatim English', () => {
    const bad = model.facts.filter((f) => (f.kind === 'text' && !cjk.test(f.textZh ?? ''))
      || (f.kind === 'list' && (f.itemsZh?.length !== f.items.length || !f.itemsZh.every((x) => cjk.test(x)))));
    expect(bad.map((f) => f.id)).toEqual([]);
  });

  it('every fact says which kind of source it comes from, and that source exists', () => {
    const docs = new Set(model.sources.map((s) => s.id as string));
    const refs = new Set((model.references ?? []).map((r) => r.id as string));
    const bad = model.facts.filter((f) => !(f.sourceKind === 'seed' ? docs.has(f.source) : f.sourceKind === 'external' && refs.has(f.source)));
    expect(bad.map((f) => f.id)).toEqual([]);
  });

  it('the published lengths, transit times, service dates and emission factors are external-reference facts with their quotes', () => {
    const ext = Object.fromEntries(model.facts.filter((f) => f.sourceKind === 'external').map((f) => [f.id,
      f.kind === 'quantity' ? [f.value, f.unit, f.qualifier ?? ''] : f.kind === 'date' ? [f.date] : f.kind === 'text' ? [f.text] : []]));
    expect(ext).toEqual({
      'ext-cer-chongqing-duisburg-km': [11179, 'km', ''],
      'ext-lsc-chongqing-singapore-km': [4080, 'km', ''],
      'ext-yangtze-chongqing-sea-km': [2400, 'km', ''],
      'ext-china-laos-railway-km': [1035, 'km', ''],
      // Transit times (issue 18): a printed range is two facts, -min and -max.
      'ext-cer-duisburg-days': [16, 'days', ''],
      'ext-cer-duisburg-days-min': [13, 'days', ''],
      'ext-lsc-cq-qinzhou-days': [2, 'days', ''],
      'ext-lsc-qinzhou-singapore-days': [6, 'days', ''],
      'ext-yangtze-singapore-days': [23, 'days', 'about'],
      'ext-yangtze-sea-days': [14, 'days', 'more-than'],
      'ext-lsc-hanoi-days-min': [4, 'days', ''],
      'ext-lsc-hanoi-days-max': [5, 'days', ''],
      'ext-lsc-vientiane-days': [5, 'days', 'about'],
      'ext-cmr-russia-days': [8, 'days', 'as-fast-as'],
      'ext-cer-tashkent-days': [12, 'days', 'about'],
      'ext-cer-tashkent-km': [4700, 'km', 'about'],
      'ext-cer-first-train-date': ['2011-03-19'],
      'ext-lsc-regular-service-date': ['2017-09'],
      'ext-yangtze-direct-express-date': ['2019-05-29'],
      'ext-cer-tashkent-service-date': ['2025-04-20'],
      'ext-lsc-china-laos-service-date': ['2021-12-04'],
      // Emission factors: the version, then one factor per mode (road, rail and inland waterway in CO2 only).
      'ext-ef-version': ['Global Logistics Emissions Council Framework for Logistics Emissions Accounting and Reporting v3.1 edition revised and updated (2024)'],
      'ext-ef-sea-container-teu-km': [0.0804, 'kg-co2e-per-teu-km', ''],
      'ext-ef-air-belly-tkm': [608, 'g-co2e-per-tkm', ''],
      'ext-ef-air-freighter-tkm': [880, 'g-co2e-per-tkm', ''],
      'ext-ef-road-truck-tkm': [90.3, 'g-co2-per-tkm', ''],
      'ext-ef-rail-tkm': [11.3, 'g-co2-per-tkm', ''],
      'ext-ef-iww-tkm': [38.6, 'g-co2-per-tkm', ''],
    });
    for (const f of model.facts.filter((x) => x.sourceKind === 'external')) {
      const ref = model.references.find((r) => r.id === f.source);
      expect(normalizeWhitespace(ref?.quote ?? '')).toContain(normalizeWhitespace(f.quote));
    }
  });

  it('transit times refer to their corridors and places, the planner reads them by these refs', () => {
    const refs = (id: string): string[] | undefined => model.facts.find((f) => f.id === id)?.refs;
    expect(refs('ext-cer-duisburg-days')).toEqual(['china-europe-rail', 'tuanjiecun', 'duisburg']);
    expect(refs('ext-cer-duisburg-days-min')).toEqual(['china-europe-rail', 'tuanjiecun', 'duisburg']);
    expect(refs('ext-lsc-cq-qinzhou-days')).toEqual(['land-sea-corridor', 'tuanjiecun', 'qinzhou-port']);
    expect(refs('ext-lsc-qinzhou-singapore-days')).toEqual(['land-sea-corridor', 'qinzhou-port', 'singapore']);
    expect(refs('ext-yangtze-singapore-days')).toEqual(['yangtze-shipping', 'land-sea-corridor', 'singapore']);
    expect(refs('ext-yangtze-sea-days')).toEqual(['yangtze-shipping']);
    expect(refs('ext-lsc-hanoi-days-min')).toEqual(['land-sea-corridor', 'hanoi']);
    expect(refs('ext-lsc-vientiane-days')).toEqual(['land-sea-corridor', 'vientiane']);
    expect(refs('ext-cmr-russia-days')).toEqual(['chongqing-manzhouli-russia']);
    expect(refs('ext-cer-tashkent-km')).toEqual(['china-europe-rail', 'tashkent']);
    // "As fast as 8 days ... between Chongqing and Russia": the note says no city is named.
    expect(model.facts.find((f) => f.id === 'ext-cmr-russia-days')?.note?.en).toMatch(/does not name the Russian city/u);
  });
});
