/**
 * Validates one seeds file (the cited facts of one source document). Pure: the caller reads the
 * YAML and, when ../shared/seeds is present, the document text.
 */
import { ID_PATTERN, isRecord, RecordReader, type Issue } from './issues';
import { isQuoteInDocument, MAX_QUOTE_WORDS, parsePartialDate, quoteHasValue } from './quote-match';
import { countWords } from './words';
import {
  DATE_BASIS_KINDS, UNITS, type Article, type ArticleId, type ContextId, type DateBasis, type Fact, type FactId, type SeedFile, type SourceDoc, type SourceId,
} from './types';

const QUALIFIERS = ['more-than', 'about', 'nearly', 'at-least', 'exceeded', 'up-to'] as const;
const FACT_KINDS = ['quantity', 'date', 'list', 'text'] as const;

function readDate(r: RecordReader, field: string, optional = false): string {
  const v = r.raw(field);
  if (v === undefined && optional) return '';
  if (typeof v !== 'string' || parsePartialDate(v) === undefined) {
    r.report(field, `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)}`);
    return '';
  }
  return v;
}

function readBasis(r: RecordReader, field: string): DateBasis | undefined {
  const v = r.raw(field);
  if (v === undefined) return undefined;
  if (!isRecord(v)) {
    r.report(field, 'must be a mapping with kind and note');
    return undefined;
  }
  const issues: Issue[] = [];
  const br = new RecordReader(r.file, r.id, v, issues);
  const basis: DateBasis = { kind: br.oneOf('kind', DATE_BASIS_KINDS), note: br.i18n('note') };
  for (const i of issues) r.report(`${field}.${i.field}`, i.message);
  return basis;
}

function readArticles(r: RecordReader, fallback: { id: string; title: string; date: string }): Article[] {
  const raw = r.raw('articles');
  if (!Array.isArray(raw) || raw.length === 0) {
    r.report('articles', 'must be a non-empty list of {id, title, date, names}');
    return [{ id: fallback.id as ArticleId, title: fallback.title, date: fallback.date, names: [] }];
  }
  return raw.map((a, i) => {
    const issues: Issue[] = [];
    const ar = new RecordReader(r.file, r.id, isRecord(a) ? a : {}, issues);
    const article: Article = {
      id: ar.string('id', { pattern: ID_PATTERN }) as ArticleId,
      title: ar.string('title'),
      date: readDate(ar, 'date'),
      names: ar.stringArray('names'),
    };
    const basis = readBasis(ar, 'dateBasis');
    if (basis) article.dateBasis = basis;
    for (const issue of issues) r.report(`articles[${i}].${issue.field}`, issue.message);
    return article;
  });
}

function readSource(file: string, raw: unknown, expectedId: string, issues: Issue[]): SourceDoc {
  const rec = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) issues.push({ file, id: '(source)', field: 'source', message: 'is missing' });
  const r = new RecordReader(file, '(source)', rec, issues);
  const id = r.string('id');
  if (id !== '' && id !== expectedId) r.report('id', `must equal the file name "${expectedId}", got "${id}"`);
  const source: SourceDoc = {
    id: id as SourceId,
    title: r.string('title'),
    date: readDate(r, 'date'),
    language: r.oneOf('language', ['en', 'zh'] as const),
    articles: [],
  };
  const outlet = r.string('outlet', { optional: true });
  if (outlet) source.outlet = outlet;
  source.articles = readArticles(r, source);
  if (rec.dateInferred === true) source.dateInferred = true;
  const note = r.string('note', { optional: true });
  if (note) source.note = note;
  return source;
}

export function readFact(file: string, raw: unknown, index: number, issues: Issue[], documentText?: string): Fact | undefined {
  if (!isRecord(raw)) {
    issues.push({ file, id: `facts[${index}]`, field: '(record)', message: 'must be a mapping' });
    return undefined;
  }
  const rawId = typeof raw.id === 'string' ? raw.id : `facts[${index}]`;
  const r = new RecordReader(file, rawId, raw, issues);
  const id = r.string('id', { pattern: ID_PATTERN }) as FactId;
  const kind = r.oneOf('kind', FACT_KINDS);
  const base = {
    id,
    label: r.i18n('label'),
    asOf: readDate(r, 'asOf'),
    refs: r.stringArray('refs'),
    quote: r.string('quote'),
  };
  const qualifier = r.optionalOneOf('qualifier', QUALIFIERS);
  const extra: Partial<Pick<Fact, 'qualifier' | 'article' | 'asOfBasis' | 'context' | 'status' | 'note'>> = {};
  if (qualifier !== undefined) extra.qualifier = qualifier;
  const article = r.string('article', { optional: true });
  if (article) extra.article = article as ArticleId;
  const basis = readBasis(r, 'asOfBasis');
  if (basis) extra.asOfBasis = basis;
  const context = r.string('context', { optional: true });
  if (context) extra.context = context as ContextId;
  const status = r.optionalOneOf('status', ['plan'] as const);
  if (status) extra.status = status;
  if (r.has('note')) extra.note = r.i18n('note');
  const withQualifier = { ...base, ...extra };

  let fact: Fact;
  switch (kind) {
    case 'quantity':
      fact = { ...withQualifier, kind, value: r.number('value'), unit: r.oneOf('unit', UNITS) };
      if (r.has('unitText')) fact.unitText = r.i18n('unitText');
      if (r.raw('ordinal') !== undefined && r.boolean('ordinal')) fact.ordinal = true;
      break;
    case 'date': {
      const until = readDate(r, 'until', true);
      fact = { ...withQualifier, kind, date: readDate(r, 'date'), ...(until ? { until } : {}) };
      break;
    }
    case 'list':
      fact = { ...withQualifier, kind, items: r.stringArray('items', { nonEmpty: true }), itemsZh: r.stringArray('itemsZh', { nonEmpty: true }) };
      if (fact.itemsZh.length !== fact.items.length) r.report('itemsZh', `must have one Chinese rendering per item (${fact.items.length}), got ${fact.itemsZh.length}`);
      break;
    case 'text':
      fact = { ...withQualifier, kind, text: r.string('text'), textZh: r.string('textZh') };
      break;
  }

  if (base.quote !== '') {
    const words = countWords(base.quote);
    if (words > MAX_QUOTE_WORDS) r.report('quote', `has ${words} words; at most ${MAX_QUOTE_WORDS} allowed`);
    if (documentText !== undefined && !isQuoteInDocument(base.quote, documentText)) {
      r.report('quote', 'does not occur in the source document (whitespace-normalised)');
    }
    if (!quoteHasValue(fact)) r.report('quote', 'does not contain the fact\'s value');
  }
  return fact;
}

/**
 * Validate a parsed seeds file. `fileStem` is the file name without extension (it must equal the
 * source id). `documentText` is the full source text when available, to check quotes against it.
 */
export function validateSeedFile(
  file: string,
  fileStem: string,
  raw: unknown,
  issues: Issue[],
  documentText?: string,
): SeedFile {
  const rec = isRecord(raw) ? raw : {};
  if (!isRecord(raw)) issues.push({ file, id: '(file)', field: '(root)', message: 'must be a mapping with source and facts' });
  const source = readSource(file, rec.source, fileStem, issues);
  const rawFacts = Array.isArray(rec.facts) ? rec.facts : [];
  if (!Array.isArray(rec.facts) || rawFacts.length === 0) {
    issues.push({ file, id: '(file)', field: 'facts', message: 'must be a non-empty list' });
  }
  const facts = rawFacts
    .map((f, i) => readFact(file, f, i, issues, documentText))
    .filter((f): f is Fact => f !== undefined);
  return { source, facts };
}
