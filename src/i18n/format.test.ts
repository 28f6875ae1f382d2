import { describe, expect, it } from 'vitest';
import type { Fact, FactId } from '../model/types';
import { formatAmount, formatDate, formatFactValue, formatMainRoute, pluralCategory, t } from './format';
import { EN, ZH } from './strings';

const base = { id: 'x' as FactId, label: { en: 'x', zh: 'x' }, asOf: '2022', refs: [], quote: '' };
const q = (value: number, unit: Extract<Fact, { kind: 'quantity' }>['unit'], qualifier?: Fact['qualifier']): Fact =>
  ({ ...base, kind: 'quantity', value, unit, ...(qualifier ? { qualifier } : {}) });

describe('strings', () => {
  it('have the same keys and placeholders in both languages, and Chinese text in zh', () => {
    expect(Object.keys(ZH).sort()).toEqual(Object.keys(EN).sort());
    for (const key of Object.keys(EN) as Array<keyof typeof EN>) {
      const holes = (s: string): string[] => [...s.matchAll(/\{(\w+)[,}]/gu)].map((m) => m[1] ?? '').sort();
      expect(holes(ZH[key]), key).toEqual(holes(EN[key]));
    }
    expect(ZH.corridorsTitle).toMatch(/[\u4e00-\u9fff]/u);
  });
  it('fills placeholders', () => {
    expect(t('en', 'selected', { name: 'Yangtze' })).toBe('Selected: Yangtze');
    expect(t('zh', 'selected', { name: '长江' })).toBe('已选择：长江');
  });
});

describe('formatFactValue', () => {
  it.each([
    [q(319, 'ports'), '319 ports', '319个港口'],
    [q(343.83e9, 'CNY'), '343.83 billion yuan', '3438.3亿元'],
    [q(25.25e9, 'USD'), 'US$25.25 billion', '252.5亿美元'],
    [q(4.5e12, 'CNY'), '4.5 trillion yuan', '4.5万亿元'],
    [q(12.9, 'percent'), '12.9%', '12.9%'],
    [q(10000, 'trains'), '10,000 trains', '1万列'],
    [q(200, 'enterprises', 'more-than'), 'more than 200 enterprises', '超过200家企业'],
    [q(19, 'edition'), '19th', '第19届'],
    [q(3, 'rank'), 'No. 3', '第3'],
    [q(1, 'rounds'), '1 round', '1轮'],
    [q(0.0804, 'kg-co2e-per-teu-km'), '0.0804 kg CO2e per TEU-km', '0.0804千克二氧化碳当量/标准箱·公里'],
    [q(608, 'g-co2e-per-tkm'), '608 g CO2e per tonne-km', '608克二氧化碳当量/吨·公里'],
    [q(90.3, 'g-co2-per-tkm'), '90.3 g CO2 per tonne-km', '90.3克二氧化碳/吨·公里'],
    [q(1035, 'km'), '1,035 km', '1,035公里'],
    [q(8, 'days', 'as-fast-as'), 'as fast as 8 days', '最快8天'],
    [q(23, 'days', 'about'), 'about 23 days', '约23天'],
  ])('%o → %s / %s', (fact, en, zh) => {
    expect(formatFactValue(fact, 'en')).toBe(en);
    expect(formatFactValue(fact, 'zh')).toBe(zh);
  });

  it('formats dates, ranges, lists and text', () => {
    expect(formatFactValue({ ...base, kind: 'date', date: '2022-06-23' }, 'en')).toBe('23 June 2022');
    expect(formatFactValue({ ...base, kind: 'date', date: '2022-09-16', until: '2022-09-19' }, 'zh')).toBe('2022年9月16日 – 2022年9月19日');
    expect(formatFactValue({ ...base, kind: 'list', items: ['Vietnam', 'Laos'], itemsZh: ['越南', '老挝'] }, 'zh')).toBe('越南、老挝');
    expect(formatFactValue({ ...base, kind: 'text', text: 'the largest rail head', textZh: '最大铁路枢纽' }, 'en')).toBe('the largest rail head');
  });
});

describe('plurals through Intl.PluralRules', () => {
  it.each([
    [1, 'Showing 1 leg.', '当前显示1个路段。'],
    [52, 'Showing 52 legs.', '当前显示52个路段。'],
    [0, 'Showing 0 legs.', '当前显示0个路段。'],
  ])('%i visible legs', (visible, en, zh) => {
    const params = { corridors: 8, legs: 52, places: 90, facts: 300, visible };
    expect(t('en', 'mapCaption', params)).toBe(`8 corridors from Chongqing: 52 legs, 90 places, 300 cited facts. ${en}`);
    expect(t('zh', 'mapCaption', params).endsWith(zh)).toBe(true);
  });
  it('says "of 1 leg" and "of 52 legs" in the filter announcement', () => {
    expect(t('en', 'filterAnnounce', { n: 1, total: 1 })).toBe('Showing 1 of 1 leg');
    expect(t('en', 'filterAnnounce', { n: 3, total: 52 })).toBe('Showing 3 of 52 legs');
  });
  it('picks the category by CLDR rules', () => {
    expect(pluralCategory(1, 'en')).toBe('one');
    expect(pluralCategory(2, 'en')).toBe('other');
    expect(pluralCategory(1, 'zh')).toBe('other');
  });
});

describe('formatDate / formatAmount', () => {
  it.each([
    ['2022-06-23', '23 June 2022', '2022年6月23日'],
    ['2022-06', 'June 2022', '2022年6月'],
    ['2022-01-01', '1 January 2022', '2022年1月1日'],
    ['2021-12-31', '31 December 2021', '2021年12月31日'],
    ['2022', '2022', '2022年'],
  ])('%s → %s / %s through Intl.DateTimeFormat in UTC', (date, en, zh) => {
    expect(formatDate(date, 'en')).toBe(en);
    expect(formatDate(date, 'zh')).toBe(zh);
  });
  it('has no hand-written month table', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(new URL('./format.ts', import.meta.url), 'utf8')).not.toMatch(/'January'/u);
  });
  it('keeps the precision of the date', () => {
    expect(formatDate('2022', 'en')).toBe('2022');
    expect(formatDate('2022-07', 'en')).toBe('July 2022');
    expect(formatDate('2022-07', 'zh')).toBe('2022年7月');
    expect(formatDate('garbage', 'en')).toBe('garbage');
  });
  it('uses 亿 and 万 in Chinese', () => {
    expect(formatAmount(66.29e9, 'zh')).toBe('662.9亿');
    expect(formatAmount(28500, 'zh')).toBe('2.85万');
    expect(formatAmount(1600, 'zh')).toBe('1,600');
    expect(formatAmount(130000, 'zh')).toBe('13万');
  });
});

describe('formatMainRoute', () => {
  it('names the ends, says "drawn", and adds the official length only where one is cited', () => {
    expect(formatMainRoute({ drawnKm: 9359 }, 'Chongqing', 'Duisburg', 'en')).toBe('Chongqing – Duisburg · 9,359 km drawn');
    expect(formatMainRoute({ drawnKm: 9359, officialKm: 11179 }, 'Chongqing', 'Duisburg', 'en'))
      .toBe('Chongqing – Duisburg · 9,359 km drawn · 11,179 km official (external reference)');
    expect(formatMainRoute({ drawnKm: 9359, officialKm: 11179 }, '重庆', '杜伊斯堡', 'zh'))
      .toBe('重庆—杜伊斯堡 · 绘制长度9,359公里 · 官方里程11,179公里（外部资料）');
  });
});
