import { describe, expect, it } from 'vitest';
import { comparePartialDates, factArticleProblems, isCountForOrdinal, quoteHasOrdinal } from './fact-rules';
import type { ArticleId, Fact, FactId, SourceDoc, SourceId } from './types';

const doc: SourceDoc = {
  id: '004_x' as SourceId, title: 'Page', date: '2024-08-13', language: 'en',
  articles: [
    { id: 'a1' as ArticleId, title: 'First', date: '2024-08-13', names: ['chengdu-chongqing-circle'] },
    { id: 'a2' as ArticleId, title: 'Second', date: '2024-09-12', names: ['nanning', 'china-asean-trade'] },
  ],
};
const fact = (over: Partial<Fact>): Fact => ({
  id: 'f' as FactId, kind: 'quantity', value: 3, unit: 'rounds', label: { en: 'l', zh: 'l' }, asOf: '2024-09-12', refs: [], quote: 'the third round', ...over,
} as Fact);

describe('fact rules', () => {
  it('compares partial dates at the precision they share', () => {
    expect(comparePartialDates('2024-09-12', '2024-08-13')).toBe(1);
    expect(comparePartialDates('2024-08', '2024-08-13')).toBe(0);
    expect(comparePartialDates('2023', '2024-09-12')).toBe(-1);
    expect(comparePartialDates('2024-09', '2024-08-13')).toBe(1);
  });

  it('finds ordinals in words and digits, not counts', () => {
    expect(quoteHasOrdinal('in the third round of', 3)).toBe(true);
    expect(quoteHasOrdinal('the 10,000th China-European heavy container train', 10000)).toBe(true);
    expect(quoteHasOrdinal('the 13th foreign consulate general', 13)).toBe(true);
    expect(quoteHasOrdinal('three consecutive years', 3)).toBe(false);
    expect(quoteHasOrdinal('for 19 consecutive years', 19)).toBe(false);
    expect(isCountForOrdinal(fact({}))).toBe(true);
    expect(isCountForOrdinal(fact({ ordinal: true }))).toBe(false);
    expect(isCountForOrdinal(fact({ unit: 'edition', quote: 'the 21st China-ASEAN Expo', value: 21 }))).toBe(false);
  });

  it('requires the article on a two-article page and checks date and scope against it', () => {
    expect(factArticleProblems(fact({ ordinal: true }), doc).map((p) => p.field)).toEqual(['article']);
    expect(factArticleProblems(fact({ ordinal: true, article: 'a3' as ArticleId }), doc)[0]?.message).toBe('unknown article "a3" (the document has a1, a2)');
    expect(factArticleProblems(fact({ ordinal: true, article: 'a1' as ArticleId, refs: ['land-sea-corridor'] }), doc)).toEqual([
      { field: 'asOf', message: '2024-09-12 is after the date of its article "a1" (2024-08-13)' },
      { field: 'refs[0]', message: 'article "a1" does not name "land-sea-corridor" (it names: chengdu-chongqing-circle)' },
    ]);
    expect(factArticleProblems(fact({ article: 'a2' as ArticleId, refs: ['nanning'], context: 'china-asean-trade' as Fact['context'] }), doc)).toEqual([
      { field: 'ordinal', message: 'the quote gives the number as an ordinal ("the third round"): set ordinal: true' },
    ]);
  });
});
