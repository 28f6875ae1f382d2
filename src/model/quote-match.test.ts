import { describe, expect, it } from 'vitest';
import {
  isQuoteInDocument, normalizeWhitespace, numberForms, parsePartialDate, quoteHasDate, quoteHasNumber, quoteHasValue,
} from './quote-match';
import type { Fact, FactId } from './types';

const base = { id: 'x' as FactId, label: { en: 'x', zh: 'x' }, asOf: '2022', refs: [] };

describe('normalizeWhitespace', () => {
  it('collapses runs of whitespace, newlines included', () => {
    expect(normalizeWhitespace('  a\n\n b\t c ')).toBe('a b c');
  });
});

describe('isQuoteInDocument', () => {
  const doc = 'On June 23, the 10,000th China-European\nheavy container train departed.';
  it('finds a quote across a line break', () => {
    expect(isQuoteInDocument('the 10,000th China-European heavy container train', doc)).toBe(true);
  });
  it('rejects an altered quote and an empty quote', () => {
    expect(isQuoteInDocument('the 10,001th China-European heavy container train', doc)).toBe(false);
    expect(isQuoteInDocument('', doc)).toBe(false);
  });
});

describe('numberForms / quoteHasNumber', () => {
  it('writes large values with a scale word and with separators', () => {
    expect(numberForms(343.83e9)).toContain('343.83 billion');
    expect(numberForms(4.5e12)).toContain('4.5 trillion');
    expect(numberForms(10000)).toEqual(['10,000', '10000']);
  });
  it('accepts ordinals, percent signs, currency prefixes and number words', () => {
    expect(quoteHasNumber('the 10,000th train', 10000)).toBe(true);
    expect(quoteHasNumber('an increase of 5.2%.', 5.2)).toBe(true);
    expect(quoteHasNumber('exceeds US$5.5 billion.', 5.5e9)).toBe(true);
    expect(quoteHasNumber('Six railway corridors', 6)).toBe(true);
    expect(quoteHasNumber('the third round', 3)).toBe(true);
    expect(quoteHasNumber('the six-day 2nd expo', 2)).toBe(true);
  });
  it('does not match inside a longer number', () => {
    expect(quoteHasNumber('319 ports', 19)).toBe(false);
    expect(quoteHasNumber('10,000 trains', 10)).toBe(false);
    expect(quoteHasNumber('5.25 billion', 5.2e9)).toBe(false);
    expect(quoteHasNumber('12.9%', 12)).toBe(false);
  });
});

describe('parsePartialDate / quoteHasDate', () => {
  it('parses year, month and day precision and rejects impossible dates', () => {
    expect(parsePartialDate('2022')).toEqual({ year: 2022 });
    expect(parsePartialDate('2022-06-23')).toEqual({ year: 2022, month: 6, day: 23 });
    expect(parsePartialDate('2022-02-30')).toBeUndefined();
    expect(parsePartialDate('2022-13')).toBeUndefined();
    expect(parsePartialDate('June 2022')).toBeUndefined();
  });
  it('finds dates written the ways the documents write them', () => {
    expect(quoteHasDate('On June 23, the train', '2022-06-23')).toBe(true);
    expect(quoteHasDate('From September 16th to 19th', '2022-09-16')).toBe(true);
    expect(quoteHasDate('came into effect on Jan 1, 2010', '2010-01-01')).toBe(true);
    expect(quoteHasDate('from Sept 24 to 28.', '2024-09-24')).toBe(true);
    expect(quoteHasDate('launched in Nov 2022', '2022-11')).toBe(true);
    expect(quoteHasDate('established in 2020', '2020')).toBe(true);
  });
  it('rejects a wrong day, month or year', () => {
    expect(quoteHasDate('On June 23, the train', '2022-06-24')).toBe(false);
    expect(quoteHasDate('On June 23, the train', '2022-07-23')).toBe(false);
    expect(quoteHasDate('established in 2020', '2021')).toBe(false);
  });
});

describe('quoteHasValue', () => {
  it('checks each kind of fact', () => {
    const q: Fact = { ...base, kind: 'quantity', value: 319, unit: 'ports', quote: 'links with 319 ports' };
    expect(quoteHasValue(q)).toBe(true);
    expect(quoteHasValue({ ...q, value: 320 })).toBe(false);
    const d: Fact = { ...base, kind: 'date', date: '2022-09-16', until: '2022-09-19', quote: 'From September 16th to 19th' };
    expect(quoteHasValue(d)).toBe(true);
    expect(quoteHasValue({ ...d, until: '2022-09-20' })).toBe(false);
    const l: Fact = { ...base, kind: 'list', items: ['Vietnam', 'Malaysia'], itemsZh: ['越南', '马来西亚'], quote: 'such as Vietnam, Malaysia and Singapore' };
    expect(quoteHasValue(l)).toBe(true);
    expect(quoteHasValue({ ...l, items: ['Vietnam', 'Japan'] })).toBe(false);
    const t: Fact = { ...base, kind: 'text', text: 'largest rail head', textZh: '最大铁路枢纽', quote: 'the largest rail head linking with the EU' };
    expect(quoteHasValue(t)).toBe(true);
    expect(quoteHasValue({ ...t, text: 'smallest rail head' })).toBe(false);
  });
});
