import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AtlasModel } from '../model/schema';
import { buildSearchEntries, makeEntry, search } from './search';
import { buildModelIndex } from './selectors';

const model = JSON.parse(readFileSync(new URL('../../data/model/atlas.geojson', import.meta.url), 'utf8')) as AtlasModel;
const entries = buildSearchEntries(buildModelIndex(model));

/** Query, expected first result (kind:id). Each row is run with the UI in English and in Chinese. */
const TABLE: ReadonlyArray<readonly [string, string]> = [
  // diacritics and letters NFKD does not decompose
  ['Malaszewicze', 'place:malaszewicze'],
  ['małaszewicze', 'place:malaszewicze'],
  ['MAŁASZEWICZE', 'place:malaszewicze'],
  ['poznan', 'place:poznan'],
  ['xian', 'place:xian'],
  // spaces, hyphens and punctuation; every term must match
  ['land sea', 'corridor:land-sea-corridor'],
  ['land-sea', 'corridor:land-sea-corridor'],
  ['Land–Sea corridor', 'corridor:land-sea-corridor'],
  ['chongqing ningbo', 'corridor:chongqing-ningbo'],
  ['china rail', 'corridor:china-europe-rail'],
  ['ho chi minh', 'place:ho-chi-minh-city'],
  ['  Duisburg  ', 'place:duisburg'],
  // aliases and abbreviations
  ['CIIE', 'place:ciie-venue'],
  ['Laos', 'place:vientiane'],
  ['Lao', 'place:vientiane'],
  ['Yuxinou', 'corridor:china-europe-rail'],
  ['yu-xin-ou', 'corridor:china-europe-rail'],
  ['CAEXPO', 'place:caexpo-venue'],
  ['CKG', 'place:jiangbei-airport'],
  ['saigon', 'place:ho-chi-minh-city'],
  ['rangoon', 'place:yangon'],
  ['Nur-Sultan', 'place:astana'],
  ['Horgos', 'place:khorgos'],
  // one typo on terms of four letters or more
  ['Duisberg', 'place:duisburg'],
  ['dusiburg', 'place:duisburg'],
  ['singapur', 'place:singapore'],
  ['yangtse', 'corridor:yangtze-shipping'],
  ['tashknet', 'place:tashkent'],
  // ranking: an exact name before names that start with it
  ['chongqing', 'place:chongqing'],
  ['duis', 'place:duisburg'],
  // Chinese
  ['杜伊斯堡', 'place:duisburg'],
  ['陆海', 'corridor:land-sea-corridor'],
  ['老挝', 'place:vientiane'],
  ['进博会', 'place:ciie-venue'],
  ['渝新欧', 'corridor:china-europe-rail'],
  ['中欧 班列', 'corridor:china-europe-rail'],
  ['新加坡', 'place:singapore'],
  ['重庆', 'place:chongqing'],
  ['长江', 'corridor:yangtze-shipping'],
  ['江北机场', 'place:jiangbei-airport'],
  ['东博会', 'place:caexpo-venue'],
  ['智博会', 'place:cq-expo-center'],
];

describe('search: a table of queries in both languages', () => {
  for (const [query, expected] of TABLE) {
    for (const lang of ['en', 'zh'] as const) {
      it(`"${query}" (${lang} UI) finds ${expected} first`, () => {
        const first = search(entries, query, lang)[0];
        expect(first ? `${first.kind}:${first.id}` : 'nothing').toBe(expected);
      });
    }
  }
});

describe('search: what it does not find', () => {
  it('finds nothing for blank or unknown queries', () => {
    expect(search(entries, '   ', 'en')).toEqual([]);
    expect(search(entries, '-', 'en')).toEqual([]);
    expect(search(entries, 'zzzz', 'en')).toEqual([]);
    expect(search(entries, 'qqqqqqqq', 'zh')).toEqual([]);
  });
  it('needs every term to match', () => {
    expect(search(entries, 'land zzzz', 'en')).toEqual([]);
    expect(search(entries, 'chongqing zzzzz', 'en')).toEqual([]);
  });
  it('forgives no typo in terms shorter than four letters, and no second typo', () => {
    expect(search(entries, 'dui', 'en').map((e) => e.id)).toContain('duisburg');
    expect(search(entries, 'dub', 'en').map((e) => e.id)).not.toContain('duisburg');
    expect(search(entries, 'duesberg', 'en').map((e) => e.id)).not.toContain('duisburg');
  });
});

describe('search: ranking', () => {
  it('puts the exact name first, then names starting with it (corridors and hubs first), then the rest', () => {
    const ids = search(entries, 'chongqing', 'en', 20).map((e) => `${e.kind}:${e.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('place:chongqing');
    // Corridors whose name starts with "Chongqing" before the airport (a hub) and places that only contain it.
    expect(ids.indexOf('corridor:chongqing-ningbo')).toBeLessThan(ids.indexOf('place:jiangbei-airport'));
    expect(ids.indexOf('place:jiangbei-airport')).toBeLessThan(ids.indexOf('place:gaozhu'));
  });
  it('ranks a typo below a real match', () => {
    // "singapore" as typed: the place (exact) before the data channel (a word of its name).
    expect(search(entries, 'singapore', 'en').slice(0, 2).map((e) => e.id)).toEqual(['singapore', 'data-channel']);
  });
  it('says which alias matched, in the language it is written in', () => {
    expect(search(entries, 'laos', 'en')[0]).toMatchObject({ id: 'vientiane', alias: 'Laos' });
    // A typo is only a fallback: Los Angeles is one letter from "laos" but not offered beside Laos.
    expect(search(entries, 'laos', 'en').map((h) => h.id)).not.toContain('los-angeles');
    expect(search(entries, '老挝', 'zh')[0]).toMatchObject({ id: 'vientiane', alias: '老挝' });
    expect(search(entries, 'vientiane', 'en')[0]?.alias).toBeUndefined();
  });
});

describe('search: match levels on made-up names', () => {
  const made = [
    makeEntry({ kind: 'place', id: 'typo' }, [{ en: 'Kasan', zh: '甲' }], undefined, 4),
    makeEntry({ kind: 'place', id: 'contains' }, [{ en: 'Bigkazanville', zh: '乙' }], undefined, 3),
    makeEntry({ kind: 'place', id: 'word' }, [{ en: 'Old Kazanka', zh: '丙' }], undefined, 2),
    makeEntry({ kind: 'place', id: 'prefix' }, [{ en: 'Kazan-Ost', zh: '丁' }], undefined, 1),
    makeEntry({ kind: 'place', id: 'exact' }, [{ en: 'Waypoint', zh: '戊' }], { en: ['KAZAN'] }, 0),
  ];
  it('ranks exact > prefix > word prefix > contains, whatever the weights; a typo only when nothing matches as written', () => {
    expect(search(made, 'kazan', 'en').map((h) => h.id)).toEqual(['exact', 'prefix', 'word', 'contains']);
    expect(search(made.slice(0, 1), 'kazan', 'en').map((h) => h.id)).toEqual(['typo']);
  });
  it('orders matches of one level by weight', () => {
    const twins = [makeEntry({ kind: 'place', id: 'a' }, [{ en: 'Port A', zh: '甲' }], undefined, 0), makeEntry({ kind: 'corridor', id: 'b' }, [{ en: 'Port B', zh: '乙' }], undefined, 4)];
    expect(search(twins, 'port', 'en').map((h) => h.id)).toEqual(['b', 'a']);
  });
});
