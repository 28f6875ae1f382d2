/**
 * Validates the external references registry (references/external.yaml: published sources outside
 * the saved seed documents, and the facts that cite them) and the background contexts
 * (data/contexts.yaml). Pure: the caller reads the YAML.
 */
import { ID_PATTERN, isRecord, RecordReader, type Issue } from './issues';
import { isQuoteInDocument, parsePartialDate } from './quote-match';
import type { ContextId, ExternalRef, ExternalRefId, Fact, FactContext } from './types';
import { readFact } from './validate-seeds';

export interface ExternalFile {
  references: ExternalRef[];
  facts: Array<Fact & { source: string }>;
}

function readReference(file: string, raw: unknown, index: number, issues: Issue[]): ExternalRef {
  const rec = isRecord(raw) ? raw : {};
  const r = new RecordReader(file, typeof rec.id === 'string' ? rec.id : `references[${index}]`, rec, issues);
  const ref: ExternalRef = {
    id: r.string('id', { pattern: ID_PATTERN }) as ExternalRefId,
    publisher: r.string('publisher'),
    title: r.string('title'),
    date: r.string('date'),
    url: r.string('url', { pattern: /^https?:\/\/\S+$/u }),
    quote: r.string('quote'),
  };
  if (ref.date !== '' && parsePartialDate(ref.date) === undefined) r.report('date', `must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "${ref.date}"`);
  const quoteFrom = r.string('quoteFrom', { optional: true });
  if (quoteFrom) ref.quoteFrom = quoteFrom;
  return ref;
}

export function validateExternalFile(file: string, raw: unknown, issues: Issue[]): ExternalFile {
  const rec = isRecord(raw) ? raw : {};
  const references = (Array.isArray(rec.references) ? rec.references : []).map((x, i) => readReference(file, x, i, issues));
  const byId = new Map(references.map((x) => [x.id as string, x]));
  const facts = (Array.isArray(rec.facts) ? rec.facts : []).flatMap((raw, i) => {
    const source = isRecord(raw) && typeof raw.source === 'string' ? raw.source : '';
    const ref = byId.get(source);
    const id = isRecord(raw) && typeof raw.id === 'string' ? raw.id : `facts[${i}]`;
    if (!ref) {
      issues.push({ file, id, field: 'source', message: `unknown external reference "${source}"` });
      return [];
    }
    const { source: _s, ...rest } = raw as Record<string, unknown>;
    const fact = readFact(file, rest, i, issues, ref.quote);
    if (fact && !isQuoteInDocument(fact.quote, ref.quote)) issues.push({ file, id, field: 'quote', message: `is not in the quote of reference "${source}"` });
    return fact ? [{ ...fact, source }] : [];
  });
  return { references, facts };
}

export function validateContexts(file: string, raw: unknown, issues: Issue[]): FactContext[] {
  const list = isRecord(raw) && Array.isArray(raw.contexts) ? raw.contexts : [];
  if (list.length === 0) issues.push({ file, id: '(file)', field: 'contexts', message: 'must be a non-empty list' });
  return list.map((x, i) => {
    const rec = isRecord(x) ? x : {};
    const r = new RecordReader(file, typeof rec.id === 'string' ? rec.id : `contexts[${i}]`, rec, issues);
    const ctx: FactContext = { id: r.string('id', { pattern: ID_PATTERN }) as ContextId, title: r.i18n('title') };
    const shownWith = r.string('shownWith', { optional: true });
    if (shownWith) ctx.shownWith = shownWith;
    return ctx;
  });
}
