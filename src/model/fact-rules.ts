/**
 * Rules that tie a fact to its article, scope and date (pure): the article exists, the fact's
 * as-of date is not after the article's publication, the fact refers only to what the article
 * names, and a figure the text gives as an ordinal ("the third round") is not shown as a count.
 */
import { normalizeWhitespace, numberForms, parsePartialDate } from './quote-match';
import type { Article, Fact, SourceDoc } from './types';

const ORDINAL_WORDS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth',
];

/** Units that are ordinals by nature (shown as "No. 3", "19th"). */
const ORDINAL_UNITS: ReadonlySet<string> = new Set(['rank', 'edition']);

/** True when the quote gives `value` as an ordinal: "third", "13th", "10,000th". */
export function quoteHasOrdinal(quote: string, value: number): boolean {
  const q = normalizeWhitespace(quote);
  const word = Number.isInteger(value) ? ORDINAL_WORDS[value] : undefined;
  if (word && new RegExp(`\\b${word}\\b`, 'iu').test(q)) return true;
  return numberForms(value).some((form) => new RegExp(`(?<![\\d.,])${form.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?:st|nd|rd|th)\\b`, 'u').test(q));
}

/** A fact shown as a plain count although its quote gives the number as an ordinal. */
export function isCountForOrdinal(fact: Fact): boolean {
  return fact.kind === 'quantity' && !fact.ordinal && !ORDINAL_UNITS.has(fact.unit) && quoteHasOrdinal(fact.quote, fact.value);
}

/** -1, 0 or 1 comparing two partial dates at the precision they share (2024-08 vs 2024-08-13 → 0). */
export function comparePartialDates(a: string, b: string): number {
  const x = parsePartialDate(a);
  const y = parsePartialDate(b);
  if (!x || !y) return 0;
  const pairs: Array<[number | undefined, number | undefined]> = [[x.year, y.year], [x.month, y.month], [x.day, y.day]];
  for (const [p, q] of pairs) {
    if (p === undefined || q === undefined) return 0;
    if (p !== q) return p < q ? -1 : 1;
  }
  return 0;
}

/** The article a fact cites: its `article`, or the document's only article. */
export function articleOf(fact: Pick<Fact, 'article'>, source: Pick<SourceDoc, 'articles'>): Article | undefined {
  if (fact.article !== undefined) return source.articles.find((a) => a.id === fact.article);
  return source.articles.length === 1 ? source.articles[0] : undefined;
}

/** Problems with a seed fact's article, date and scope; each message names the field. */
export function factArticleProblems(fact: Fact, source: SourceDoc): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const article = articleOf(fact, source);
  if (!article) {
    out.push({
      field: 'article',
      message: fact.article === undefined
        ? `the document has ${source.articles.length} articles (${source.articles.map((a) => a.id).join(', ')}): name the one the fact comes from`
        : `unknown article "${fact.article}" (the document has ${source.articles.map((a) => a.id).join(', ')})`,
    });
    return out;
  }
  if (comparePartialDates(fact.asOf, article.date) > 0) {
    out.push({ field: 'asOf', message: `${fact.asOf} is after the date of its article "${article.id}" (${article.date})` });
  }
  const names = new Set(article.names);
  fact.refs.forEach((ref, i) => {
    if (!names.has(ref)) out.push({ field: `refs[${i}]`, message: `article "${article.id}" does not name "${ref}" (it names: ${article.names.join(', ') || 'nothing on the map'})` });
  });
  if (fact.context !== undefined && !names.has(fact.context)) {
    out.push({ field: 'context', message: `article "${article.id}" is not listed under context "${fact.context}"` });
  }
  if (isCountForOrdinal(fact)) {
    out.push({ field: 'ordinal', message: 'the quote gives the number as an ordinal ("the third round"): set ordinal: true' });
  }
  return out;
}
