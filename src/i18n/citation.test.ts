import { describe, expect, it } from 'vitest';
import type { ModelFact, SourceDoc } from '../model/schema';
import type { ArticleId, ExternalRef, ExternalRefId, FactId, SourceId } from '../model/types';
import { asOfText, citationLine, citationOf, datedText, planWord } from './citation';

const doc: SourceDoc = {
  id: '004_x' as SourceId, title: 'Page title', date: '2024-08-13', language: 'en',
  articles: [
    { id: 'a1' as ArticleId, title: 'Sichuan, Chongqing embrace', date: '2024-08-13', names: [] },
    { id: 'a2' as ArticleId, title: 'Bilateral trade between China, ASEAN', date: '2024-09-12', names: [] },
  ],
};
const undated: SourceDoc = {
  id: '001_x' as SourceId, title: 'Links', outlet: 'Chongqing Daily', date: '2022-07', language: 'en',
  articles: [{
    id: 'b1' as ArticleId, title: 'Chongqing’s international links increase', date: '2022-07', names: [],
    dateBasis: { kind: 'inferred', note: { en: 'undated page; not before 12 July 2022', zh: '页面未注明日期；不早于2022年7月12日' } },
  }],
};
const ref: ExternalRef = {
  id: 'r1' as ExternalRefId, publisher: 'iChongqing', title: 'Whitles Along the Rhine', date: '2024-03-28',
  url: 'https://www.ichongqing.info/2024/03/28/whitles-along-the-rhine/', quote: 'covering 11,179 kilometers',
};
const sources = { sourceById: new Map([[doc.id as string, doc], [undated.id as string, undated]]), references: [ref] };
const fact = (over: Partial<ModelFact>): ModelFact => ({
  id: 'f' as FactId, kind: 'quantity', value: 1, unit: 'count', label: { en: 'l', zh: 'l' }, asOf: '2024-09-12', refs: [], quote: '1',
  source: doc.id, sourceKind: 'seed', ...over,
} as ModelFact);

describe('citation wording', () => {
  it('cites the fact\'s own article of a two-article page, and says the outlet is not named as a note', () => {
    const c = citationOf(fact({ article: 'a2' as ArticleId }), sources, 'en');
    expect(c.kind).toBe('Seed document');
    expect(c.parts).toEqual([{ text: '“Bilateral trade between China, ASEAN”' }, { text: 'outlet not named', note: true }, { text: '12 September 2024' }]);
    expect(citationLine(c, 'en')).toBe('Seed document: “Bilateral trade between China, ASEAN” · outlet not named · 12 September 2024');
    expect(citationLine(citationOf(fact({ article: 'a2' as ArticleId }), sources, 'zh'), 'zh'))
      .toBe('种子文档：“Bilateral trade between China, ASEAN” · 未注明媒体 · 2024年9月12日');
  });

  it('says an inferred article date in words, never with a bare "?"', () => {
    const c = citationOf(fact({ source: undated.id, asOf: '2022-07' }), sources, 'en');
    expect(c.parts[2]?.text).toBe('July 2022 — date inferred: undated page; not before 12 July 2022');
    expect(citationLine(c, 'en')).not.toContain('?');
    expect(citationOf(fact({ source: undated.id }), sources, 'zh').parts[2]?.text).toBe('2022年7月 — 日期为推断：页面未注明日期；不早于2022年7月12日');
  });

  it('cites an external reference by publisher, title, date and address', () => {
    const c = citationOf(fact({ source: 'r1', sourceKind: 'external' }), sources, 'en');
    expect(citationLine(c, 'en')).toBe('External reference: iChongqing · “Whitles Along the Rhine” · 28 March 2024 · https://www.ichongqing.info/2024/03/28/whitles-along-the-rhine/');
    expect(citationOf(fact({ source: 'r1', sourceKind: 'external' }), sources, 'zh').kind).toBe('外部参考资料');
  });

  it('gives the as-of date with its basis in both languages', () => {
    const basis = { kind: 'year-inferred' as const, note: { en: 'the text prints "On June 23" with no year', zh: '原文仅写“6月23日”' } };
    expect(asOfText({ asOf: '2022-06-23', asOfBasis: basis }, 'en')).toBe('as of 23 June 2022 — year inferred: the text prints "On June 23" with no year');
    expect(asOfText({ asOf: '2022-06-23', asOfBasis: basis }, 'zh')).toBe('截至2022年6月23日 — 年份为推断：原文仅写“6月23日”');
    expect(asOfText({ asOf: '2022-09-21' }, 'en')).toBe('as of 21 September 2022');
    expect(datedText('2022-09-21', { kind: 'by', note: { en: '"not long ago"', zh: '“不久前”' } }, 'en')).toBe('21 September 2022 — no later than this date: "not long ago"');
  });

  it('names plans', () => {
    expect([planWord('en'), planWord('zh')]).toEqual(['plan', '计划']);
  });
});
