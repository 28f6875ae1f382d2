import { describe, expect, it } from 'vitest';
import type { Issue } from './issues';
import { validateSeedFile } from './validate-seeds';

const DOC = 'On June 23, the 10,000th China-European heavy container train departed Chongqing International Logistics Hub Park.';

function seed(fact: Record<string, unknown>, source: Record<string, unknown> = {}): unknown {
  return {
    source: { id: '001_x', title: 'T', outlet: 'O', date: '2022-07', language: 'en', articles: [{ id: 'a', title: 'T', date: '2022-07', names: [] }], ...source },
    facts: [{
      id: 'cer-10000th-train', kind: 'quantity', value: 10000, unit: 'trains', asOf: '2022-06-23',
      label: { en: 'Trains', zh: '班列' }, refs: ['china-europe-rail'],
      quote: 'On June 23, the 10,000th China-European heavy container train departed', ...fact,
    }],
  };
}

/** `doc: null` validates without the source document. */
function issuesOf(raw: unknown, doc: string | null = DOC): Issue[] {
  const issues: Issue[] = [];
  validateSeedFile('seeds/001_x.yaml', '001_x', raw, issues, doc ?? undefined);
  return issues;
}

describe('validateSeedFile', () => {
  it('accepts a good file and returns typed facts', () => {
    const issues: Issue[] = [];
    const out = validateSeedFile('seeds/001_x.yaml', '001_x', seed({}), issues, DOC);
    expect(issues).toEqual([]);
    expect(out?.facts[0]).toMatchObject({ kind: 'quantity', value: 10000, unit: 'trains' });
  });

  it('names file, record and field when the quote is not in the document', () => {
    expect(issuesOf(seed({ quote: 'On June 24, the 10,000th China-European heavy container train departed' }))).toContainEqual({
      file: 'seeds/001_x.yaml', id: 'cer-10000th-train', field: 'quote', message: 'does not occur in the source document (whitespace-normalised)',
    });
  });

  it('reports a missing quote', () => {
    const raw = seed({});
    delete ((raw as { facts: Array<Record<string, unknown>> }).facts[0] as Record<string, unknown>).quote;
    expect(issuesOf(raw)).toContainEqual(expect.objectContaining({ id: 'cer-10000th-train', field: 'quote', message: 'is missing' }));
  });

  it('reports a quote that does not contain the value', () => {
    expect(issuesOf(seed({ value: 20000 }))).toContainEqual(expect.objectContaining({ field: 'quote', message: "does not contain the fact's value" }));
  });

  it('reports a quote over 30 words', () => {
    const long = Array.from({ length: 31 }, (_, i) => `w${i}`).join(' ');
    expect(issuesOf(seed({ quote: `${long} 10,000` }), null)).toContainEqual(expect.objectContaining({ field: 'quote', message: 'has 32 words; at most 30 allowed' }));
  });

  it('reports a missing Chinese label, a bad unit and a bad date', () => {
    const issues = issuesOf(seed({ label: { en: 'Trains' }, unit: 'wagons', asOf: '2022-6-23' }));
    expect(issues.map((i) => i.field)).toEqual(expect.arrayContaining(['label.zh', 'unit', 'asOf']));
  });

  it('requires the source id to equal the file name', () => {
    expect(issuesOf(seed({}, { id: '002_y' }))).toContainEqual(expect.objectContaining({ id: '(source)', field: 'id' }));
  });

  it('does not check quotes against a document it was not given', () => {
    expect(issuesOf(seed({ quote: 'a 10,000 train quote not in any document' }), null)).toEqual([]);
  });
});
