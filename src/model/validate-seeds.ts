/**
 * Validates one seeds file (the cited facts of one source document): its shape by the strict
 * schema (schemas.ts), then the domain rules the schema cannot state. Pure: the caller reads the
 * YAML and, when ../shared/seeds is present, the document text. Build time only.
 */
import type { Issue } from './issues';
import { isQuoteInDocument, MAX_QUOTE_WORDS, quoteHasValue } from './quote-match';
import { parseWith, SeedFileSchema } from './schemas';
import type { SeedFile } from './types';
import { countWords } from './words';

/**
 * Validate a parsed seeds file. `fileStem` is the file name without extension (it must equal the
 * source id). `documentText` is the full source text when available, to check quotes against it.
 * Returns undefined when the file does not have the registry's shape (every problem is an issue).
 */
export function validateSeedFile(
  file: string,
  fileStem: string,
  raw: unknown,
  issues: Issue[],
  documentText?: string,
): SeedFile | undefined {
  const parsed = parseWith(SeedFileSchema, file, raw, issues, { source: '(source)' });
  if (!parsed.ok) return undefined;
  const seed = parsed.value;
  if (seed.source.id !== fileStem) {
    issues.push({ file, id: '(source)', field: 'id', message: `must equal the file name "${fileStem}", got "${seed.source.id}"` });
  }
  for (const fact of seed.facts) {
    const report = (message: string): void => { issues.push({ file, id: fact.id, field: 'quote', message }); };
    const words = countWords(fact.quote);
    if (words > MAX_QUOTE_WORDS) report(`has ${words} words; at most ${MAX_QUOTE_WORDS} allowed`);
    if (documentText !== undefined && !isQuoteInDocument(fact.quote, documentText)) {
      report('does not occur in the source document (whitespace-normalised)');
    }
    if (!quoteHasValue(fact)) report('does not contain the fact\'s value');
    if (fact.kind === 'list' && fact.itemsZh.length !== fact.items.length) {
      issues.push({ file, id: fact.id, field: 'itemsZh', message: `must have one Chinese rendering per item (${fact.items.length}), got ${fact.itemsZh.length}` });
    }
  }
  return seed;
}
