/**
 * Validates the external references registry (references/external.yaml: published sources outside
 * the saved seed documents, and the facts that cite them) and the background contexts
 * (data/contexts.yaml): shape by the strict schemas, then the quote rules. Pure; build time only.
 */
import type { Issue } from './issues';
import { isQuoteInDocument, MAX_QUOTE_WORDS, quoteHasValue } from './quote-match';
import { ContextsFileSchema, ExternalFileSchema, parseWith } from './schemas';
import type { ExternalRef, Fact, FactContext } from './types';
import { countWords } from './words';

export interface ExternalFile {
  references: ExternalRef[];
  facts: Array<Fact & { source: string }>;
}

export function validateExternalFile(file: string, raw: unknown, issues: Issue[]): ExternalFile | undefined {
  const parsed = parseWith(ExternalFileSchema, file, raw, issues);
  if (!parsed.ok) return undefined;
  const { references, facts } = parsed.value;
  const byId = new Map(references.map((r) => [r.id as string, r]));
  for (const fact of facts) {
    const report = (field: string, message: string): void => { issues.push({ file, id: fact.id, field, message }); };
    const ref = byId.get(fact.source);
    if (!ref) report('source', `unknown external reference "${fact.source}"`);
    else if (!isQuoteInDocument(fact.quote, ref.quote)) report('quote', `is not in the quote of reference "${fact.source}"`);
    const words = countWords(fact.quote);
    if (words > MAX_QUOTE_WORDS) report('quote', `has ${words} words; at most ${MAX_QUOTE_WORDS} allowed`);
    if (!quoteHasValue(fact)) report('quote', 'does not contain the fact\'s value');
  }
  return { references, facts };
}

export function validateContexts(file: string, raw: unknown, issues: Issue[]): FactContext[] | undefined {
  const parsed = parseWith(ContextsFileSchema, file, raw, issues);
  return parsed.ok ? parsed.value.contexts : undefined;
}
