import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Issue } from './issues';
import { ContextsFileSchema, CorridorSchema, ExternalFileSchema, FactSchema, parseWith, recordOf, SeedFileSchema } from './schemas';
import { FACT_KINDS, UNITS } from './types';

const fact = (extra: Record<string, unknown>): Record<string, unknown> => ({
  id: 'f1', kind: 'quantity', value: 3, unit: 'trains', label: { en: 'a', zh: 'b' }, asOf: '2022', refs: [], quote: '3 trains', ...extra,
});

function issuesOf(schema: Parameters<typeof parseWith>[0], raw: unknown, named: Record<string, string> = {}): Issue[] {
  const issues: Issue[] = [];
  parseWith(schema, 'f.yaml', raw, issues, named);
  return issues;
}

describe('recordOf', () => {
  const raw = { source: { id: 's' }, facts: [{ id: 'f1', label: { en: 'a' } }, { kind: 'text' }] };

  it('names the nearest record with an id and the field inside it', () => {
    expect(recordOf(raw, ['facts', 0, 'label', 'zh'])).toEqual({ id: 'f1', field: 'label.zh' });
    expect(recordOf({ id: 'c', legs: [{ id: 'l', via: ['a', 'b'] }] }, ['legs', 0, 'via', 1])).toEqual({ id: 'l', field: 'via[1]' });
  });

  it('names list items without an id, fixed top-level records and the file', () => {
    expect(recordOf(raw, ['facts', 1, 'text'])).toEqual({ id: 'facts[1]', field: 'text' });
    expect(recordOf(raw, ['source', 'outlet'], { source: '(source)' })).toEqual({ id: '(source)', field: 'outlet' });
    expect(recordOf(raw, ['facts'])).toEqual({ id: '(file)', field: 'facts' });
    expect(recordOf(raw, [])).toEqual({ id: '(file)', field: '(record)' });
  });
});

describe('the schemas', () => {
  it('accept a good fact and keep its qualifier', () => {
    const issues: Issue[] = [];
    const out = parseWith(FactSchema, 'f.yaml', fact({ qualifier: 'nearly' }), issues);
    expect(issues).toEqual([]);
    expect(out).toEqual({ ok: true, value: fact({ qualifier: 'nearly' }) });
  });

  it('refuse an unknown key, naming the allowed ones', () => {
    expect(issuesOf(FactSchema, fact({ qualifer: 'nearly' }))).toEqual([{
      file: 'f.yaml', id: 'f1', field: 'qualifer',
      message: 'unknown key "qualifer"; allowed keys: id, label, asOf, refs, quote, qualifier, article, asOfBasis, context, status, note, kind, value, unit, unitText, ordinal',
    }]);
  });

  it('refuse typos in the citation keys: a date basis, an ordinal, a missing Chinese rendering', () => {
    expect(issuesOf(FactSchema, fact({ asOfBasis: { kind: 'guessed', note: { en: 'a', zh: 'b' } } }))[0]).toMatchObject({
      field: 'asOfBasis.kind', message: 'must be one of inferred, year-inferred, by, got "guessed"',
    });
    expect(issuesOf(FactSchema, fact({ asOfBasis: { kind: 'inferred', notes: 'x' } })).map((i) => i.field)).toEqual(['asOfBasis.note', 'asOfBasis.notes']);
    expect(issuesOf(FactSchema, fact({ ordinal: 'yes' }))[0]?.message).toBe('must be true or false');
    expect(issuesOf(FactSchema, fact({ status: 'planned' }))[0]?.message).toBe('must be one of plan, got "planned"');
    const { value: _v, unit: _u, ...textFact } = fact({ kind: 'text', text: '3 trains' });
    expect(issuesOf(FactSchema, textFact).map((i) => `${i.field}: ${i.message}`)).toEqual(['textZh: is missing']);
  });

  it('refuse an unknown key in an article, an external reference and a context', () => {
    const source = { id: 's', title: 'T', date: '2022', language: 'en', articles: [{ id: 'a', title: 'T', date: '2022', name: [] }] };
    expect(issuesOf(SeedFileSchema, { source, facts: [fact({})] }, { source: '(source)' }).map((i) => `${i.id} ${i.field}`))
      .toEqual(['a names', 'a name']);
    const ref = { id: 'r', publisher: 'P', title: 'T', date: '2024', url: 'https://x.org/a', quote: '3 trains', quoteFrom: 'notes' };
    expect(issuesOf(ExternalFileSchema, { references: [{ ...ref, publsher: 'P' }], facts: [] }).map((i) => `${i.id} ${i.field}`)).toEqual(['r publsher']);
    expect(issuesOf(ExternalFileSchema, { references: [ref], facts: [fact({ source: 'r' })] })).toEqual([]);
    expect(issuesOf(ExternalFileSchema, { references: [ref], facts: [fact({})] }).map((i) => `${i.id} ${i.field}: ${i.message}`)).toEqual(['f1 source: is missing']);
    expect(issuesOf(ContextsFileSchema, { contexts: [{ id: 'c', title: { en: 'a', zh: 'b' }, shownwith: 'x' }] }).map((i) => i.field)).toEqual(['shownwith']);
  });

  it('refuse a wrong kind and a wrong qualifier, listing the allowed values', () => {
    expect(issuesOf(FactSchema, fact({ kind: 'amount' }))).toEqual([
      { file: 'f.yaml', id: 'f1', field: 'kind', message: `must be one of ${FACT_KINDS.join(', ')}, got "amount"` },
    ]);
    expect(issuesOf(FactSchema, fact({ qualifier: 'almost' }))[0]?.message).toBe(
      'must be one of more-than, about, nearly, at-least, exceeded, up-to, as-fast-as, got "almost"',
    );
  });

  it('report every problem of a file at once, with missing fields as "is missing"', () => {
    const raw = { source: { id: 's', title: 'T', outlet: 'O', articles: [{ id: 'a', title: 'T', date: '2022', names: [] }], date: '2022-13', language: 'fr' }, facts: [fact({ quote: undefined, unit: 'wagons' })] };
    expect(issuesOf(SeedFileSchema, raw, { source: '(source)' }).map((i) => `${i.id} ${i.field}: ${i.message}`)).toEqual([
      '(source) date: must be a date YYYY, YYYY-MM or YYYY-MM-DD, got "2022-13"',
      '(source) language: must be one of en, zh, got "fr"',
      'f1 quote: is missing',
      `f1 unit: must be one of ${UNITS.join(', ')}, got "wagons"`,
    ]);
  });

  it('name a control point without a note inside the leg', () => {
    const corridor = {
      id: 'c', name: { en: 'c', zh: 'c' }, short: { en: 'c', zh: 'c' }, direction: 'west', status: 'operating',
      summary: { en: 's', zh: 's' }, facts: [],
      legs: [{ id: 'l', name: { en: 'l', zh: 'l' }, mode: 'rail', role: 'trunk', inferred: false, via: ['a', { at: [1, 2] }, 'b'] }],
      mainRoute: { from: 'a', to: 'b', legs: ['l'] },
    };
    expect(issuesOf(CorridorSchema, corridor)).toEqual([
      { file: 'f.yaml', id: 'l', field: 'via[1].note', message: 'is missing' },
    ]);
  });
});

describe('schemas.ts stays out of the browser', () => {
  /** Every non-test .ts file under `dir`, with forward slashes. */
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = `${dir}/${e.name}`;
      if (e.isDirectory()) return sources(path);
      return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
    });
  }

  it('is value-imported only by the build-time validators (browser code imports its types only)', () => {
    const valueImport = /^import\s+(?!type\b)[^;]*?from\s+'[^']*\/schemas'/mu;
    const importers = sources('src').filter((f) => valueImport.test(readFileSync(join(f), 'utf8')));
    expect(importers.sort()).toEqual(['src/model/validate-data.ts', 'src/model/validate-external.ts', 'src/model/validate-seeds.ts']);
    // and the type-only importer exists, so the check reads real files
    expect(readFileSync('src/model/types.ts', 'utf8')).toMatch(/^import type \{[^}]*\} from '\.\/schemas';/mu);
  });
});
